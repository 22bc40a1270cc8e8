import Foundation
import Testing
import TimelineCore
import TimelineDocuments
import TimelineEval

/// The extractor's output on TBAQ, scored by `TimexScorer` and by `te3score.py` from a JSONL file,
/// gives the same figures: counts exactly, ratios to 1e-6, warnings and the full error list.
@Test func scoresEqualTe3scoreOnTBAQ() throws {
    let (corpus, files) = try SharedCorpus.tbaqFiles()
    let tool = try SharedCorpus.sharedFolder().appendingPathComponent("tools/te3score.py")
    let extractor = Extractor()
    var lines: [String] = []
    var documents: [ScoringDocument] = []
    for file in files {
        let bytes = Array(try Data(contentsOf: file))
        let name = file.lastPathComponent
        let document = try DocumentReader.read(
            bytes: bytes, name: name, modificationDate: CalendarDate(year: 2000, month: 1, day: 1))
        let timexes = extractor.extract(document.body, publicationDate: document.publicationDate).timexes
        let system = timexes.map {
            ScoredTimex(start: $0.start, end: $0.end, type: $0.type.rawValue, value: $0.value, text: $0.text)
        }
        let json = ScoreJSON.object([
            ("doc", .string(name)),
            (
                "timexes",
                .array(
                    system.map {
                        .object([
                            ("start", .int($0.start)), ("end", .int($0.end)), ("type", .string($0.type ?? "")),
                            ("value", .string($0.value ?? "")), ("text", .string($0.text ?? "")),
                        ])
                    })
            ),
        ])
        lines.append(json.compact)
        let gold = try TimeMLAnnotations.read(bytes: bytes)
        documents.append(ScoringDocument(name: DocumentKey.of(name), annotations: gold, system: system))
    }
    documents.sort { DocumentKey.precedes($0.name, $1.name) }
    let jsonl = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: jsonl) }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: jsonl)

    let errorLimit = 1_000_000
    let output = try SharedCorpus.python([tool.path, corpus.path, jsonl.path, "--json", "--errors", "\(errorLimit)"])
    let theirs = try JSONSerialization.jsonObject(with: output)
    let ours = TimexScorer.evaluate(documents).json(errorLimit: errorLimit)
    let differences = JSONComparison.differences(ours, theirs, ignoring: ["system_format", "offset_unit"])
    #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
    #expect(ours["counts"]?["gold"] != .int(0))
}
