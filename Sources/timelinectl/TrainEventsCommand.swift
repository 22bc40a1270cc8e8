import ArgumentParser
import Foundation
import TimelineCore
import TimelineDocuments

/// `timelinectl train-events`: trains the event-trigger model from TimeML gold files.
struct TrainEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-events",
        abstract: "Train the event-trigger model from the gold EVENTs of TimeML files (no daemon).",
        discussion: """
            Every .tml file under GOLD_DIR (recursive, in the order `eval` scores them) is read; the model is an \
            averaged perceptron trained with fixed passes and no randomness, so the same files give the same \
            bytes. `make model` writes Sources/TimelineCore/Events/EventModel+Weights.swift from ../shared/corpora/tbaq; \
            `eval --event-model FILE` scores another model.
            """)

    @Option(
        help: ArgumentHelp(
            "Where to write the model (default: stdout); a .swift file gets the source of the built-in model.",
            valueName: "file"))
    var output: String?

    @Option(help: "Passes over the training tokens (the built-in model uses the default).")
    var passes = EventTrainer.passes

    @Argument(help: ArgumentHelp("Folder of gold TimeML files.", valueName: "gold-dir"))
    var goldFolder: String

    func run() throws {
        var documents: [EventTrainer.Document] = []
        for (key, path) in try EvalCommand.goldFiles(goldFolder) {
            let gold: TimeMLAnnotations
            do {
                gold = try TimeMLAnnotations.read(bytes: try LocalFiles.read(path))
            } catch {
                throw ToolError(.input, "\(path): \(error)")
            }
            documents.append(
                EventTrainer.Document(name: key, body: gold.body, events: gold.events.map { $0.start..<$0.end }))
        }
        var text = EventTrainer.train(documents, passes: passes)
        if output?.hasSuffix(".swift") == true { text = EventModel.swiftSource(text) }
        guard let output else {
            print(text, terminator: "")
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
            throw ToolError(.input, "cannot write \(output)")
        }
    }
}
