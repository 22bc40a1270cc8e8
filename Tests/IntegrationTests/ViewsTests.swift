import Foundation
import Testing
import TimelineWire

/// The views of the timeline over the real daemon with the worked example: the terminal timeline, the files
/// other tools read, and the web page in headless Chromium.
@Suite(.serialized)
struct ViewsTests {
    /// A daemon holding the worked example (document 1), with its five events stored.
    static func daemonWithExample(_ scratch: Scratch) throws -> DaemonProcess {
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        try daemon.drop(Data(contentsOf: EndToEndTests.article), as: "lavrov-2022-03-31.txt")
        #expect(
            try eventually {
                let result = try daemon.client(["events", "--format", "ndjson"])
                return result.stdout.split(separator: "\n").count >= 5
            }, "log:\n\(daemon.log)")
        return daemon
    }

    @Test func terminalTimelineAndFilesOtherToolsRead() throws {
        let scratch = try Scratch()
        let daemon = try Self.daemonWithExample(scratch)

        // The timeline, not a terminal: no colour, no pager, exactly these lines.
        let timeline = try runCommand(
            Paths.timelinectl,
            ["events", "--format", "timeline", "--from", "2021", "--to", "2023", "--socket", daemon.socket],
            environment: ["COLUMNS": "100", "PAGER": "false"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(
            timeline.stdout.split(separator: "\n").map(String.init) == [
                "2021",
                "    2021 (Jan–Dec)        Russia organized an international conference on Afgha…  — Russia accredit…",
                "    2021 (Jan–Dec)        the Taliban took power  — Russia accredits Taliban envoy, warns of extrem…",
                "    since 2021 (Jan–Dec)  Moscow has staged military manoeuvres in Tajikistan a…  — Russia accredit…",
                "  August",
                "    Aug 2021 (1–31 Aug)   the Taliban seized control  — Russia accredits Taliban envoy, warns of ex…",
                "2022",
                "  February",
                "    Feb 2022 (1–28 Feb)   the first Afghan diplomat arrived in Moscow  — Russia accredits Taliban e…",
            ], "\n\(timeline.stdout)")

        // On a terminal (script(1) gives a pseudo-terminal): coloured, and paged when longer than the screen.
        let base = [Paths.timelinectl, "events", "--format", "timeline", "--socket", daemon.socket]
            .map(Self.shellQuoted).joined(separator: " ")
        let paged = try runCommand(
            "/usr/bin/script", ["-qec", base, "/dev/null"],
            environment: [
                "COLUMNS": "100", "LINES": "5", "PAGER": "sed s/^/PAGED:/", "TERM": "xterm", "NO_COLOR": "",
            ])
        #expect(paged.stdout.contains("PAGED:\u{1B}[1m2021\u{1B}[0m"), "\(paged.stdout)")
        #expect(paged.stdout.contains("PAGED:    \u{1B}[33mAug 2021 (1–31 Aug) "), "\(paged.stdout)")
        let noColor = try runCommand(
            "/usr/bin/script", ["-qec", base, "/dev/null"],
            environment: ["COLUMNS": "100", "LINES": "50", "PAGER": "sed s/^/PAGED:/", "NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}[") && !noColor.stdout.contains("PAGED:"), "\(noColor.stdout)")
        #expect(noColor.stdout.contains("    Aug 2021 (1–31 Aug)   the Taliban seized control"))

        // CSV, read back by an RFC 4180 reader.
        let csv = try daemon.client(["export", "--format", "csv"])
        #expect(csv.status == 0)
        let records = try CSVReader.records(csv.stdout)
        #expect(records.first?.first == "id" && records.count == 6)
        #expect(records.allSatisfy { $0.count == records[0].count })
        let title = try #require(records[0].firstIndex(of: "document_title"))
        #expect(records[1][title] == "Russia accredits Taliban envoy, warns of extremists crossing Central Asia")

        // NDJSON: one event a line.
        let ndjson = try daemon.client(["export", "--format", "ndjson"])
        let decoded = try ndjson.stdout.split(separator: "\n").map {
            try JSONDecoder().decode(EventRecord.self, from: Data($0.utf8))
        }
        #expect(decoded.map(\.trigger.text).sorted() == ["arrived", "organized", "seized", "staged", "took"])

        // iCalendar: all-day spans for the imprecise dates.
        let ics = try daemon.client(["export", "--format", "ics"])
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT\r\n").count == 6)
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20210801\r\nDTEND;VALUE=DATE:20210901\r\n"))
        let viaEvents = try daemon.client(["events", "--format", "ics"])
        #expect(viaEvents.stdout.components(separatedBy: "BEGIN:VEVENT").count == 6)

        // TimeML of document 1, scored as gold against `extract` of the same file: perfect agreement.
        let tml = scratch.path("tml")
        try FileManager.default.createDirectory(atPath: tml, withIntermediateDirectories: true)
        let exported = try daemon.client(["export", "--format", "timeml", "--output", tml])
        #expect(exported.status == 0 && exported.stderr.contains("1 document written"), "\(exported.stderr)")
        let tmlFile = tml + "/lavrov-2022-03-31.tml"
        #expect(FileManager.default.fileExists(atPath: tmlFile))
        let jsonl = scratch.path("system.jsonl")
        let extract = try runCommand(Paths.timelinectl, ["extract", "--format", "jsonl", EndToEndTests.article.path])
        try extract.stdout.write(toFile: jsonl, atomically: true, encoding: .utf8)
        let tools = Paths.shared.appendingPathComponent("tools").path
        let te3 = try runCommand("/usr/bin/env", ["python3", tools + "/te3score.py", tml, jsonl, "--json"])
        let timexScore = try JSONSerialization.jsonObject(with: Data(te3.stdout.utf8)) as? [String: Any]
        let counts = try #require(timexScore?["counts"] as? [String: Any], "\(te3.stderr)")
        #expect(counts["gold"] as? Int == 5 && counts["strict_match"] as? Int == 5, "\(te3.stdout)")
        #expect((timexScore?["value"] as? [String: Any])?["f1"] as? Double == 1.0)
        let anchors = try runCommand("/usr/bin/env", ["python3", tools + "/anchorscore.py", tml, jsonl, "--json"])
        let anchorScore = try JSONSerialization.jsonObject(with: Data(anchors.stdout.utf8)) as? [String: Any]
        // Five dates and the extent "withdrew … after 20 years".
        #expect(anchorScore?["gold_anchors"] as? Int == 6, "\(anchors.stdout)\(anchors.stderr)")
        #expect(anchorScore?["recall"] as? Double == 1.0 && anchorScore?["relation_accuracy"] as? Double == 1.0)
        let single = try daemon.client(["export", "--format", "timeml", "--doc", "1"])
        #expect(single.stdout == (try String(contentsOfFile: tmlFile, encoding: .utf8)))

        #expect(daemon.terminate() == 0)
    }

    @Test func followPrintsReadableLinesAndAddShowsProgressOnATerminal() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let follower = try ChildProcess(
            Paths.timelinectl, ["follow", "--socket", daemon.socket],
            environment: ProcessInfo.processInfo.environment.merging(["COLUMNS": "120"]) { $1 })
        #expect(
            eventually {
                let status = try? daemon.client(["status", "--format", "json"])
                let health = status.flatMap { try? JSONDecoder().decode(Health.self, from: Data($0.stdout.utf8)) }
                return health?.followers == 1
            })
        // Three files through a pseudo-terminal (script(1)): the bar is drawn, results print above it.
        let files = try (1...3).map { index in
            let path = scratch.path("article-\(index).txt")
            let text = try String(contentsOf: EndToEndTests.article, encoding: .utf8)
            try (text + "\nCopy \(index).\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let command = ([Paths.timelinectl, "add", "--socket", daemon.socket] + files).map(Self.shellQuoted)
            .joined(separator: " ")
        let terminal = try runCommand(
            "/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["COLUMNS": "120", "TERM": "xterm"])
        #expect(terminal.status == 0, "\(terminal.stdout)\(terminal.stderr)")
        #expect(terminal.stdout.contains("files  "), "no progress bar:\n\(terminal.stdout)")
        #expect(terminal.stdout.contains("3/3 files"), "\(terminal.stdout)")
        #expect(terminal.stdout.contains("3 files ("), "no summary:\n\(terminal.stdout)")
        #expect(terminal.stdout.contains("article-2.txt: document 2, 5 events"))
        // Not a terminal: plain lines only.
        let plain = try daemon.client(["add"] + files)
        #expect(plain.status == 0)
        #expect(
            plain.stdout == files.enumerated().map { "\($1): duplicate of document \($0 + 1)\n" }.joined(),
            "\(plain.stdout)")
        #expect(plain.stderr.isEmpty, "\(plain.stderr)")

        #expect(daemon.terminate() == 0)
        #expect(follower.wait(timeout: 10) != nil)
        let followed = String(decoding: follower.stdout?.finish() ?? Data(), as: UTF8.self)
        #expect(
            followed.contains("    Aug 2021 (1–31 Aug)       the Taliban seized control  — Russia accredits"),
            "\(followed)")
        #expect(followed.split(separator: "\n").count == 15, "\(followed)")
    }

    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// An RFC 4180 reader, independent of the writer: quoted fields may hold commas, quotes and line breaks.
enum CSVReader {
    struct Malformed: Error {}

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" {
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                guard scalar != "\n" else { throw Malformed() }  // a line end is CRLF
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { throw Malformed() }
        return records
    }
}

/// The web page, served and exported, loaded in real headless Chromium.
@Suite(.serialized)
struct WebPageTests {
    /// Starts `serve` on a free port; returns it with the base URL it printed.
    static func serve(_ daemon: DaemonProcess) throws -> (ChildProcess, String) {
        let server = try ChildProcess(
            Paths.timelinectl, ["serve", "--listen", "127.0.0.1:0", "--socket", daemon.socket],
            environment: ProcessInfo.processInfo.environment)
        var url = ""
        let started = eventually {
            let text = String(decoding: server.stderr?.current ?? Data(), as: UTF8.self)
            guard let range = text.range(of: "http://127.0.0.1:") else { return false }
            url = String(text[range.lowerBound...].prefix { !$0.isWhitespace })
            return true
        }
        #expect(started, "serve printed no address")
        return (server, url)
    }

    /// The three 2021–2022 events of the worked example, drawn left to right in time order.
    static func expectDrawnInOrder(_ dom: String) {
        let drawn = HeadlessChromium.drawnEvents(dom)
        #expect(Set(drawn.map(\.trigger)) == ["organized", "took", "staged", "seized", "arrived"], "\(drawn)")
        let left = Dictionary(drawn.map { ($0.trigger, $0.left) }, uniquingKeysWith: { first, _ in first })
        if let organized = left["organized"], let seized = left["seized"], let arrived = left["arrived"] {
            #expect(organized < seized && seized < arrived, "\(drawn)")
        }
        // The list under the timeline reads in the same order.
        let list = dom.components(separatedBy: "<ol id=\"list\"").last ?? ""
        let positions = ["organized an international conference", "seized control", "diplomat arrived"].compactMap {
            list.range(of: $0)?.lowerBound
        }
        #expect(positions.count == 3 && positions == positions.sorted(), "list out of order")
    }

    @Test func servedPageDrawsTheEventsInOrderAndShowsOneInItsDocument() throws {
        let scratch = try Scratch()
        let daemon = try ViewsTests.daemonWithExample(scratch)
        let (server, url) = try Self.serve(daemon)
        let seized = try #require(
            try JSONDecoder().decode(
                [EventRecord].self, from: Data(daemon.client(["events", "--format", "json"]).stdout.utf8)
            ).first { $0.trigger.text == "seized" })

        let dom = try HeadlessChromium.dumpDOM(url + "#event=\(seized.id)", scratch: scratch)
        Self.expectDrawnInOrder(dom)
        #expect(dom.contains("5 events"), "status line")
        // The axis fitted to the events in a 1280-pixel window: years, and months between them.
        for year in ["2021", "2022"] {
            #expect(
                dom.range(
                    of: #"<div class="tick( major)?" style="left: [0-9.]+px;">\#(year)</div>"#,
                    options: .regularExpression
                ) != nil)
        }
        #expect(dom.contains(">Aug</div>"))
        // Dates read as in the terminal timeline.
        #expect(dom.contains("<span class=\"when\">Aug 2021 (1–31 Aug)</span>"))
        #expect(dom.contains("<span class=\"when\">since 2021 (Jan–Dec)</span>"))
        // The event opened in its document: the sentence marked, the time and the trigger inside it.
        #expect(dom.contains("<mark class=\"trigger\">seized</mark>"), "\(dom.suffix(3000))")
        #expect(dom.contains("<mark class=\"time\">August</mark>"))
        #expect(dom.contains("<mark class=\"sentence\">The US and its allies withdrew"))

        // The search box and the date range, filled from the address, ask the daemon again.
        let diplomat = HeadlessChromium.drawnEvents(try HeadlessChromium.dumpDOM(url + "?q=diplomat", scratch: scratch))
        #expect(diplomat.map(\.trigger) == ["arrived"], "\(diplomat)")
        let august = HeadlessChromium.drawnEvents(
            try HeadlessChromium.dumpDOM(url + "?from=2021-08&to=2021-08", scratch: scratch))
        #expect(Set(august.map(\.trigger)) == ["organized", "took", "staged", "seized"], "\(august)")

        // The proxy is read-only and answers only to its own name.
        let health = try runCommand("/usr/bin/curl", ["-s", url + "api/health"])
        #expect(health.stdout.contains("\"status\":\"ok\""), "\(health.stdout)")
        let post = try runCommand(
            "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", url + "api/events"])
        #expect(post.stdout == "405" || post.stdout == "404", "\(post.stdout)")
        let follow = try runCommand("/usr/bin/curl", ["-s", "-m", "5", url + "api/events?follow=true&limit=1"])
        #expect(follow.stdout.hasPrefix("{\"events\":"), "follow must not pass through: \(follow.stdout.prefix(200))")
        let rebound = try runCommand(
            "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Host: evil.example", url])
        #expect(rebound.stdout == "403")

        server.signal(SIGINT)
        #expect(server.wait(timeout: 15) == 0, "serve did not stop on SIGINT")
        #expect(daemon.terminate() == 0)
    }

    @Test func exportedPageIsSelfContained() throws {
        let scratch = try Scratch()
        let daemon = try ViewsTests.daemonWithExample(scratch)
        let file = scratch.path("timeline.html")
        let export = try daemon.client(["export", "--format", "html", "--output", file])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(daemon.terminate() == 0)  // The file needs no daemon.
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        let dom = try HeadlessChromium.dumpDOM("file://" + file + "#event=3", scratch: scratch)
        Self.expectDrawnInOrder(dom)
        #expect(dom.contains("<mark class=\"sentence\">"), "the inlined document body is shown")
        // The same filters, applied in the page.
        let diplomat = HeadlessChromium.drawnEvents(
            try HeadlessChromium.dumpDOM("file://" + file + "?q=diplomat", scratch: scratch))
        #expect(diplomat.map(\.trigger) == ["arrived"], "\(diplomat)")
        let august = HeadlessChromium.drawnEvents(
            try HeadlessChromium.dumpDOM("file://" + file + "?from=2021-08&to=2021-08", scratch: scratch))
        #expect(Set(august.map(\.trigger)) == ["organized", "took", "staged", "seized"], "\(august)")
    }
}
