import Foundation
import Testing
import TimelineCore
import TimelineDocuments
import TimelineEval

/// The extractor's dated events on TBAQ, scored by `AnchorScorer` and by `anchorscore.py`, give the
/// same figures.
@Test func anchorScoresEqualAnchorscoreOnTBAQ() throws {
    let (corpus, files) = try SharedCorpus.tbaqFiles()
    let tool = try SharedCorpus.sharedFolder().appendingPathComponent("tools/anchorscore.py")
    let extractor = Extractor()
    var lines: [String] = []
    var documents: [(gold: TimeMLAnnotations, system: [AnchorScorer.Link]?)] = []
    for file in files {
        let bytes = Array(try Data(contentsOf: file))
        let document = try DocumentReader.read(
            bytes: bytes, name: file.lastPathComponent, modificationDate: CalendarDate(year: 2000, month: 1, day: 1))
        let extraction = extractor.extract(document.body, publicationDate: document.publicationDate)
        let spans = Dictionary(extraction.timexes.map { ($0.id, ($0.start, $0.end)) }, uniquingKeysWith: { $1 })
        let links = extraction.events.compactMap { event in
            spans[event.timexID].map {
                AnchorScorer.Link(
                    trigger: (event.trigger.start, event.trigger.end), timex: $0, relation: event.relation.rawValue)
            }
        }
        documents.append((try TimeMLAnnotations.read(bytes: bytes), links))
        let json = ScoreJSON.object([
            ("doc", .string(file.lastPathComponent)),
            (
                "timexes",
                .array(
                    extraction.timexes.map {
                        .object([("id", .string($0.id)), ("start", .int($0.start)), ("end", .int($0.end))])
                    })
            ),
            (
                "events",
                .array(
                    extraction.events.map {
                        .object([
                            ("timex", .string($0.timexID)),
                            ("trigger", .object([("start", .int($0.trigger.start)), ("end", .int($0.trigger.end))])),
                            ("relation", .string($0.relation.rawValue)),
                        ])
                    })
            ),
        ])
        lines.append(json.compact)
    }
    let jsonl = FileManager.default.temporaryDirectory.appendingPathComponent("anchors-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: jsonl) }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: jsonl)
    let theirs = try JSONSerialization.jsonObject(
        with: try SharedCorpus.python([tool.path, corpus.path, jsonl.path, "--json"]))
    let ours = AnchorScorer.evaluate(documents)
    let differences = JSONComparison.differences(ours.json, theirs)
    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    #expect(ours.goldAnchors > 0)
}
