import Foundation
import Testing
import TimelineCore
import TimelineDocuments

/// `make model` (`timelinectl train-events ../shared/corpora/tbaq`) regenerates the built-in model byte
/// for byte: training is deterministic and the file is up to date.
@Test func eventModelRegeneratesIdentically() throws {
    let (_, files) = try SharedCorpus.tbaqFiles()
    var documents: [EventTrainer.Document] = []
    for file in files {
        let gold = try TimeMLAnnotations.read(bytes: Array(try Data(contentsOf: file)))
        documents.append(
            EventTrainer.Document(
                name: file.deletingPathExtension().lastPathComponent, body: gold.body,
                events: gold.events.map { $0.start..<$0.end }))
    }
    let trained = EventTrainer.train(documents)
    #expect(trained == EventModel.builtInText, "run `make model` and commit EventModel+Weights.swift")
    #expect(try EventModel(bytes: Array(trained.utf8)).count > 1000)
}
