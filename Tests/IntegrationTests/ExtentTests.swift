import Foundation
import Testing
import TimelineWire

/// A duration tied to its event, end to end: extracted by the daemon, stored, served on the event and shown by
/// every view.
@Suite(.serialized)
struct ExtentTests {
    static let withdrawal = "The United States withdrew its troops from Afghanistan in August 2021 after 20 years.\n"

    /// A daemon holding the withdrawal report (published 2021-09-01, from its file name) as document 1.
    static func daemonWithWithdrawal(_ scratch: Scratch) throws -> DaemonProcess {
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        try daemon.drop(Data(withdrawal.utf8), as: "withdrawal-2021-09-01.txt")
        #expect(
            try eventually { try daemon.client(["events", "--format", "ndjson"]).stdout.contains("withdrew") },
            "log:\n\(daemon.log)")
        return daemon
    }

    @Test func theWithdrawalCarriesItsTwentyYearsThroughTheDaemon() throws {
        let scratch = try Scratch()
        let daemon = try Self.daemonWithWithdrawal(scratch)

        let json = try daemon.client(["events", "--format", "json"])
        let events = try JSONDecoder().decode([EventRecord].self, from: Data(json.stdout.utf8))
        #expect(events.count == 1, "a duration puts no event of its own on the timeline: \(json.stdout)")
        let withdrew = try #require(events.first)
        #expect(withdrew.trigger.text == "withdrew" && withdrew.time.value == "2021-08")
        #expect(withdrew.start == "2021-08-01" && withdrew.end == "2021-09-01")
        #expect(
            withdrew.extent
                == EventExtentRecord(
                    expression: "20 years", value: "P20Y", type: "DURATION", relation: "AFTER", start: 76, end: 84,
                    timex: "t2"), "\(json.stdout)")
        #expect(json.stdout.contains(#""extent" : {"#), "the wire key is `extent`")

        // The document lists it too, and its table view shows it.
        let detail = try JSONDecoder().decode(
            DocumentDetail.self, from: Data(daemon.client(["doc", "1", "--format", "json"]).stdout.utf8))
        #expect(detail.extents?.map(\.extent.value) == ["P20Y"] && detail.events.first?.extent == withdrew.extent)
        let doc = try daemon.client(["doc", "1"])
        #expect(doc.stdout.contains("Extents (1):") && doc.stdout.contains("after 20 years"), "\(doc.stdout)")

        // The table: the extent closes the summary, and stays whole when the summary is cut.
        for (columns, summary) in [
            ("140", "The United States withdrew its troops from Afghanistan (after 20 years)"),
            ("100", "The United Sta… (after 20 years)"),
        ] {
            let table = try runCommand(
                Paths.timelinectl, ["events", "--socket", daemon.socket], environment: ["COLUMNS": columns])
            let lines = table.stdout.split(separator: "\n")
            #expect(lines.count == 2 && lines[1].contains("  \(summary)  "), "\(table.stdout)")
            #expect(lines.allSatisfy { $0.count <= Int(columns)! }, "\(table.stdout)")
        }

        // The terminal timeline, on 80 columns.
        let timeline = try runCommand(
            Paths.timelinectl, ["events", "--format", "timeline", "--socket", daemon.socket],
            environment: ["COLUMNS": "80", "PAGER": "false"])
        #expect(
            timeline.stdout.split(separator: "\n").map(String.init) == [
                "2021", "  August",
                "    Aug 2021 (1–31 Aug)  The United States… (after 20 years)  — withdrawal-2021…",
            ], "\(timeline.stdout)")

        // CSV: four extent columns, read back by an RFC 4180 reader.
        let records = try CSVReader.records(try daemon.client(["export", "--format", "csv"]).stdout)
        let header = try #require(records.first)
        let columns = ["extent", "extent_value", "extent_type", "extent_relation"].compactMap(header.firstIndex)
        #expect(records.count == 2 && columns.map { records[1][$0] } == ["20 years", "P20Y", "DURATION", "AFTER"])

        // NDJSON decodes to the same record.
        let ndjson = try daemon.client(["export", "--format", "ndjson"])
        let line = try JSONDecoder().decode(EventRecord.self, from: Data(ndjson.stdout.utf8))
        #expect(line.extent == withdrew.extent)

        // iCalendar: in the summary and the description.
        let ics = try daemon.client(["export", "--format", "ics"]).stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("(after 20 years)") && ics.contains("Extent: after 20 years (\"20 years\"\\, P20Y)"))

        // TimeML: a link from the event to the duration, and the file scores as gold against `extract`.
        let tml = try daemon.client(["export", "--format", "timeml", "--doc", "1"]).stdout
        #expect(tml.contains(#"relType="AFTER" eventInstanceID="ei2" relatedToTime="t2""#), "\(tml)")
        let folder = scratch.path("tml")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try tml.write(toFile: folder + "/withdrawal-2021-09-01.tml", atomically: true, encoding: .utf8)
        let source = scratch.path("withdrawal-2021-09-01.txt")
        try Self.withdrawal.write(toFile: source, atomically: true, encoding: .utf8)
        let jsonl = scratch.path("system.jsonl")
        let extract = try runCommand(
            Paths.timelinectl, ["extract", "--format", "jsonl", "--dct", "2021-09-01", source])
        try extract.stdout.write(toFile: jsonl, atomically: true, encoding: .utf8)
        let tools = Paths.shared.appendingPathComponent("tools").path
        let anchors = try runCommand("/usr/bin/env", ["python3", tools + "/anchorscore.py", folder, jsonl, "--json"])
        let score = try JSONSerialization.jsonObject(with: Data(anchors.stdout.utf8)) as? [String: Any]
        #expect(score?["gold_anchors"] as? Int == 2, "\(anchors.stdout)\(anchors.stderr)")
        #expect(score?["recall"] as? Double == 1.0 && score?["relation_accuracy"] as? Double == 1.0)

        #expect(daemon.terminate() == 0)
    }

    /// A follower gets the event with its extent as it is stored, and `add` (a `POST`) is answered with it too.
    @Test func followAndPostCarryTheExtent() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let follower = try ChildProcess(
            Paths.timelinectl, ["follow", "--format", "ndjson", "--socket", daemon.socket],
            environment: ProcessInfo.processInfo.environment)
        #expect(
            eventually {
                let status = try? daemon.client(["status", "--format", "json"])
                let health = status.flatMap { try? JSONDecoder().decode(Health.self, from: Data($0.stdout.utf8)) }
                return health?.followers == 1
            })
        let path = scratch.path("withdrawal.txt")
        try Self.withdrawal.write(toFile: path, atomically: true, encoding: .utf8)
        let added = try daemon.client(["add", "--date", "2021-09-01", path])
        #expect(added.status == 0 && added.stdout.contains("document 1, 1 event"), "\(added.stdout)\(added.stderr)")
        var followed = ""
        #expect(
            eventually {
                followed = String(decoding: follower.stdout?.current ?? Data(), as: UTF8.self)
                return followed.contains("\n")
            }, "nothing followed")
        let event = try JSONDecoder().decode(EventRecord.self, from: Data(followed.prefix { $0 != "\n" }.utf8))
        #expect(event.trigger.text == "withdrew" && event.extent?.value == "P20Y" && event.extent?.relation == "AFTER")
        #expect(daemon.terminate() == 0)
        _ = follower.wait(timeout: 10)
    }

    /// The web page names the extent with the event and marks it in the document.
    @Test func theWebPageShowsTheExtent() throws {
        let scratch = try Scratch()
        let daemon = try Self.daemonWithWithdrawal(scratch)
        let (server, url) = try WebPageTests.serve(daemon)
        let dom = try HeadlessChromium.dumpDOM(url + "#event=1", scratch: scratch)
        #expect(dom.contains("withdrew its troops from Afghanistan (after 20 years)"), "\(dom.suffix(3000))")
        #expect(dom.contains("<mark class=\"extent\">20 years</mark>"), "\(dom.suffix(3000))")
        #expect(dom.contains("after 20 years (P20Y)"))
        server.signal(SIGINT)
        #expect(server.wait(timeout: 15) == 0)
        #expect(daemon.terminate() == 0)
    }
}
