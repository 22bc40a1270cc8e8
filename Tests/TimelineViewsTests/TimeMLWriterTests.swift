import Foundation
import Testing
import TimelineCore
import TimelineViews
import TimelineWire

/// TimeML output read back by the shared scorers: written as gold, it must score perfectly against the same
/// expressions and links given as a system JSONL file.
struct TimeMLWriterTests {
    /// A body with what breaks naive writers: markup characters, CRLF, a lone CR, an emoji before the spans.
    static let body = "Reports & \"claims\" <b>🙂\r\nLast year, talks failed.\rIn August the Taliban seized control."

    /// Offsets of `text` in `body`, in Unicode scalars.
    static func span(_ text: String, after: Int = 0) -> (Int, Int) {
        let scalars = Array(body.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        for start in after...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle
        {
            return (start, start + needle.count)
        }
        fatalError("\(text) not in body")
    }

    static func detail() -> DocumentDetail {
        let lastYear = span("Last year")
        let august = span("August")
        let failed = span("failed")
        let seized = span("seized")
        let timexes = [
            TimexRecord(
                id: "t1", text: "Last year", start: lastYear.0, end: lastYear.1, type: "DATE", value: "2021",
                mod: nil, spanStart: "2021-01-01", spanEnd: "2022-01-01", granularity: "year", anchor: "DCT"),
            TimexRecord(
                id: "t2", text: "August", start: august.0, end: august.1, type: "DATE", value: "2021-08", mod: nil,
                spanStart: "2021-08-01", spanEnd: "2021-09-01", granularity: "month"),
        ]
        func event(
            _ id: Int64, _ trigger: (Int, Int), _ word: String, _ timex: TimexRecord, _ relation: String
        )
            -> EventRecord
        {
            EventRecord(
                id: id,
                time: EventTime(
                    value: timex.value, type: timex.type, start: timex.spanStart ?? "", end: timex.spanEnd ?? "",
                    granularity: timex.granularity ?? "", text: timex.text,
                    offsets: Offsets(start: timex.start, end: timex.end)),
                relation: relation, start: timex.spanStart, end: timex.spanEnd,
                trigger: TextSpan(text: word, start: trigger.0, end: trigger.1), summary: word,
                sentence: TextSpan(text: "", start: 0, end: 0), document: SampleEvents.article)
        }
        let document = DocumentRecord(
            id: 1, name: "report & co.txt", title: "A <title>", source: nil, url: nil, published: "2022-03-31",
            dctSource: "header", sha256: "", ingestedAt: "", timexCount: 2, eventCount: 3)
        return DocumentDetail(
            document: document, timexes: timexes,
            events: [
                event(1, failed, "failed", timexes[0], "ON"), event(2, seized, "seized", timexes[1], "ON"),
                event(3, seized, "seized", timexes[0], "AFTER"),
            ],
            body: body)
    }

    @Test func scoresPerfectlyAsGoldInTe3scoreAndAnchorscore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let detail = Self.detail()
        try TimeMLWriter.render(detail).write(
            to: folder.appendingPathComponent("report.tml"), atomically: true, encoding: .utf8)
        // The same expressions and links as a system file, in the scorers' JSONL format.
        let system: [String: Any] = [
            "doc": "report.tml",
            "timexes": detail.timexes.map {
                ["id": $0.id, "start": $0.start, "end": $0.end, "type": $0.type, "value": $0.value, "text": $0.text]
            },
            "events": detail.events.map { event in
                [
                    "timex": detail.timexes.first { $0.start == event.time.offsets.start }!.id,
                    "trigger": ["start": event.trigger.start, "end": event.trigger.end], "relation": event.relation,
                ] as [String: Any]
            },
        ]
        let jsonl = folder.appendingPathComponent("system.jsonl")
        try JSONSerialization.data(withJSONObject: system).write(to: jsonl)
        let tools = try SharedTools.folder()

        let timex = try SharedTools.pythonJSON([tools + "/te3score.py", folder.path, jsonl.path, "--json"])
        let counts = try #require(timex["counts"] as? [String: Any])
        #expect(counts["gold"] as? Int == 2 && counts["strict_match"] as? Int == 2, "\(timex)")
        #expect((timex["value"] as? [String: Any])?["f1"] as? Double == 1.0, "\(timex)")
        #expect((timex["warnings"] as? [Any])?.isEmpty ?? true, "\(timex)")

        let anchors = try SharedTools.pythonJSON([tools + "/anchorscore.py", folder.path, jsonl.path, "--json"])
        #expect(anchors["gold_anchors"] as? Int == 3, "\(anchors)")
        #expect(anchors["recall"] as? Double == 1.0 && anchors["precision"] as? Double == 1.0, "\(anchors)")
        #expect(anchors["relation_accuracy"] as? Double == 1.0, "\(anchors)")
    }

    @Test func markupIsEscapedAndTheTextKeepsItsCarriageReturns() {
        let xml = TimeMLWriter.render(Self.detail())
        #expect(xml.contains("<DOCID>report &amp; co.txt</DOCID>"))
        #expect(xml.contains("<TITLE>A &lt;title&gt;</TITLE>"))
        #expect(xml.contains("Reports &amp; &quot;claims&quot; &lt;b&gt;🙂&#13;\n<TIMEX3 tid=\"t1\""))
        #expect(xml.contains(#"anchorTimeID="t0""#))
        #expect(!xml.contains("\r"))
        // One EVENT for the trigger linked twice; two instances of it.
        #expect(xml.components(separatedBy: "<EVENT ").count == 3)
        #expect(xml.contains(#"relType="AFTER" eventInstanceID="ei3" relatedToTime="t1""#))
    }
}

/// `../shared/tools` and running its Python scripts.
enum SharedTools {
    static func folder(filePath: String = #filePath) throws -> String {
        let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let tools = repository.deletingLastPathComponent().appendingPathComponent("shared/tools")
        try #require(FileManager.default.fileExists(atPath: tools.appendingPathComponent("te3score.py").path))
        return tools.path
    }

    /// Runs `python3 ARGUMENTS…` and decodes its stdout as one JSON object.
    static func pythonJSON(_ arguments: [String]) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")) failed")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
