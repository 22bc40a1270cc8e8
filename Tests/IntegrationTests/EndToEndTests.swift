import Foundation
import Testing
import TimelineWire

/// The real daemon, the real client, real inotify, SQLite and sockets: the worked example end to end.
@Suite(.serialized)
struct EndToEndTests {
    static let article = Paths.examples.appendingPathComponent("lavrov-2022-03-31.txt")
    static let undated = Paths.examples.appendingPathComponent("lavrov-undated.txt")

    func events(_ daemon: DaemonProcess, _ arguments: [String]) throws -> [EventRecord] {
        let result = try daemon.client(["events", "--format", "json"] + arguments)
        #expect(result.status == 0, "timelinectl events failed: \(result.stderr)")
        return try JSONDecoder().decode([EventRecord].self, from: Data(result.stdout.utf8))
    }

    @Test func workedExampleDroppedAtomicallyComesOutInOrder() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        let messages = daemon.waitUntilReady()
        #expect(messages.contains { $0.contains("READY=1") }, "no READY=1; log:\n\(daemon.log)")
        try daemon.drop(Data(contentsOf: Self.article), as: "lavrov-2022-03-31.txt")

        var found: [EventRecord] = []
        #expect(
            try eventually {
                found = try events(daemon, ["--from", "2021", "--to", "2023"])
                return found.count >= 5
            })
        let triggers = found.map(\.trigger.text)
        #expect(Set(triggers) == ["organized", "seized", "arrived", "took", "staged"], "\(triggers)")
        // Chronological: the 2021 events, then August 2021, then February 2022.
        let order = ["organized", "seized", "arrived"].compactMap { triggers.firstIndex(of: $0) }
        #expect(order == order.sorted() && order.count == 3, "\(triggers)")
        let seized = try #require(found.first { $0.trigger.text == "seized" })
        #expect(seized.time.value == "2021-08")
        #expect(seized.time.start == "2021-08-01" && seized.time.end == "2021-09-01")
        #expect(seized.summary == "the Taliban seized control")
        #expect(seized.relation == "ON")
        #expect(seized.tense == "PAST" && seized.aspect == "NONE" && seized.polarity == "POS")
        #expect(seized.modality == nil)
        #expect(seized.document.name == "lavrov-2022-03-31.txt")
        #expect(seized.document.published == "2022-03-31")
        #expect(seized.sentence.text.contains("the Taliban seized control in August"))
        let staged = try #require(found.first { $0.trigger.text == "staged" })
        #expect(staged.relation == "BEGINS")
        #expect(staged.tense == "PRESENT" && staged.aspect == "PERFECTIVE")

        // A narrower range and a word query.
        let august = try events(daemon, ["--from", "2021-08", "--to", "2021-08"])
        #expect(august.map(\.trigger.text).contains("seized"))
        #expect(!august.map(\.trigger.text).contains("arrived"))
        let diplomat = try events(daemon, ["--match", "diplomat"])
        #expect(diplomat.map(\.trigger.text) == ["arrived"])

        // The file left the inbox for processed/ after its rows were committed.
        let processed = scratch.path("processed/lavrov-2022-03-31.txt")
        #expect(FileManager.default.fileExists(atPath: processed))
        #expect(!FileManager.default.fileExists(atPath: daemon.inbox + "/lavrov-2022-03-31.txt"))

        // The default table names the expression, the summary and the source.
        let table = try daemon.client(["events", "--from", "2021", "--to", "2023"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("the Taliban seized control"))
        #expect(table.stdout.contains("2021-08"))

        #expect(daemon.terminate() == 0, "log:\n\(daemon.log)")
    }

    @Test func eventsTableMarksNegatedAndModalEvents() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let text =
            "Date: 2022-03-31\n\nThe minister did not sign the treaty on Monday. The king may visit Kabul in May.\n"
        try daemon.drop(Data(text.utf8), as: "grammar.txt")
        var table = ""
        #expect(
            try eventually {
                table = try daemon.client(["events", "--all"]).stdout
                return table.contains("2022-05")
            }, "log:\n\(daemon.log)")
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("GRAMMAR") == true, "\(table)")
        let signed = try #require(lines.first { $0.contains("Monday") }, "\(table)")
        let visit = try #require(lines.first { $0.contains("2022-05") }, "\(table)")
        #expect(signed.contains(" not past "), "\(signed)")
        #expect(visit.contains(" may "), "\(visit)")
        #expect(!visit.contains(" not "), "\(visit)")
        #expect(daemon.terminate() == 0, "log:\n\(daemon.log)")
    }

    @Test func duplicateDropIsOneDocumentAndSaysSo() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let bytes = try Data(contentsOf: Self.article)
        try daemon.drop(bytes, as: "first.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/first.txt")) })
        try daemon.drop(bytes, as: "second.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/second.txt")) })
        #expect(eventually { daemon.log.contains("duplicate of document 1") }, "log:\n\(daemon.log)")
        let status = try daemon.client(["docs", "--format", "json"])
        let documents = try JSONDecoder().decode([DocumentRecord].self, from: Data(status.stdout.utf8))
        #expect(documents.count == 1)
        #expect(daemon.terminate() == 0)
    }

    @Test func postThroughTheClientAndFilesAlreadyWaitingAtStart() throws {
        let scratch = try Scratch()
        // A file waiting before the daemon starts is processed too.
        try FileManager.default.createDirectory(atPath: scratch.path("inbox"), withIntermediateDirectories: true)
        try Data("Date: 2020-01-15\n\nThe company said on Monday it will open a plant next year.\n".utf8)
            .write(to: URL(fileURLWithPath: scratch.path("inbox/waiting.txt")))
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/waiting.txt")) })

        // The undated copy: its publication date comes from its modification time, and says so.
        let copy = scratch.path("lavrov-undated.txt")
        try FileManager.default.copyItem(atPath: Self.undated.path, toPath: copy)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_648_728_000)], ofItemAtPath: copy)  // 2022-03-31
        let added = try daemon.client(["add", copy])
        #expect(added.status == 0, "\(added.stderr)")
        let docs = try JSONDecoder().decode(
            [DocumentRecord].self, from: Data(try daemon.client(["docs", "--format", "json"]).stdout.utf8))
        #expect(docs.contains { $0.name == "waiting.txt" && $0.published == "2020-01-15" && $0.dctSource == "header" })
        let undated = try #require(docs.first { $0.name == "lavrov-undated.txt" })
        #expect(undated.dctSource == "mtime")
        #expect(undated.published == "2022-03-31")
        // POSTing the same bytes again is answered as a duplicate.
        let again = try daemon.client(["add", copy])
        #expect(again.status == 0)
        #expect(again.stdout.contains("duplicate"), "\(again.stdout)")
        #expect(daemon.terminate() == 0)
    }

    @Test func followStreamsNewEventsAndEndsOnShutdown() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let follower = try ChildProcess(
            Paths.timelinectl, ["follow", "--format", "ndjson", "--socket", daemon.socket],
            environment: ProcessInfo.processInfo.environment, captureStderr: false)
        let reader = try #require(follower.stdout)
        // The drop comes once the daemon counts the follower.
        #expect(
            eventually {
                let status = try? daemon.client(["status", "--format", "json"])
                let health = try? JSONDecoder().decode(Health.self, from: Data((status?.stdout ?? "").utf8))
                return health?.followers == 1
            })
        try daemon.drop(Data(contentsOf: Self.article), as: "lavrov.txt")
        #expect(eventually { String(decoding: reader.current, as: UTF8.self).contains("\"seized\"") })
        let lines = String(decoding: reader.current, as: UTF8.self).split(separator: "\n")
        let first = try JSONDecoder().decode(EventRecord.self, from: Data(lines[0].utf8))
        #expect(first.document.name == "lavrov.txt")
        #expect(daemon.terminate() == 0, "log:\n\(daemon.log)")
        #expect(follower.wait(timeout: 10) != nil, "follow did not end when the daemon stopped")
    }

    @Test func badFilesGoToFailedWithTheReasonAndTheDaemonKeepsRunning() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        try daemon.drop(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), as: "image.png")
        try daemon.drop(
            Data([0x0A]) + Data("caf".utf8) + Data([0xE9, 0x20]) + Data("opened in 1998.".utf8), as: "latin.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("failed/image.png.error")) })
        // Invalid UTF-8 is read as Windows-1252, and the document records it.
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/latin.txt")) })
        let docs = try JSONDecoder().decode(
            [DocumentRecord].self, from: Data(try daemon.client(["docs", "--format", "json"]).stdout.utf8))
        #expect(docs.first { $0.name == "latin.txt" }?.encoding == "windows-1252")
        let reason = try String(contentsOfFile: scratch.path("failed/image.png.error"), encoding: .utf8)
        #expect(reason.contains("not text"), "\(reason)")
        let health = try daemon.client(["status"])
        #expect(health.status == 0)
        try daemon.drop(Data(contentsOf: Self.article), as: "after.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/after.txt")) })
        #expect(daemon.terminate() == 0)
    }
}

/// More files at once than the in-memory queue holds: every one is processed once, none is left.
@Suite(.serialized)
struct FloodTests {
    @Test func twoThousandFilesDroppedAtOnceAreAllProcessedOnce() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--log-level", "info"])
        _ = daemon.waitUntilReady()
        let count = 2_000
        for index in 0..<count {
            // Told apart by a word, not a number (a number like 1998 would be a year).
            let word = String(index, radix: 26).unicodeScalars.map { scalar -> String in
                let digit = Int(String(scalar), radix: 26)!
                return String(UnicodeScalar(UInt8(97 + digit)))
            }.joined()
            let day = String(format: "%02d", index % 28 + 1)
            let text = "Date: 2021-05-\(day)\n\nReport \(word): the plant opened on Monday.\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: daemon.inbox + "/.tmp/doc\(index).txt"))
        }
        for index in 0..<count {
            #expect(rename(daemon.inbox + "/.tmp/doc\(index).txt", daemon.inbox + "/doc\(index).txt") == 0)
        }
        let processed = scratch.path("processed")
        #expect(
            eventually(timeout: 180) {
                ((try? FileManager.default.contentsOfDirectory(atPath: processed))?.count ?? 0) == count
            })
        let left = try FileManager.default.contentsOfDirectory(atPath: daemon.inbox).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "left in the inbox: \(left.prefix(5))")
        let health = try JSONDecoder().decode(
            Health.self, from: Data(try daemon.client(["status", "--format", "json"]).stdout.utf8))
        #expect(health.counts.documents == count)
        #expect(health.counts.events == count)
        #expect(daemon.terminate() == 0)
    }
}

/// Files holding several articles, and sidecars dropped with a file.
@Suite(.serialized)
struct FormatDropTests {
    @Test func aFileWithMoreArticlesThanTheLimitFailsWithTheReason() throws {
        let scratch = try Scratch()
        let config = scratch.path("limits.toml")
        try Data("max_documents_per_file = 2\n".utf8).write(to: URL(fileURLWithPath: config))
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", config])
        _ = daemon.waitUntilReady()
        let line = #"{"date": "2021-05-03", "text": "The plant opened on Monday."}"#
        try daemon.drop(Data([line, line, line].joined(separator: "\n").utf8), as: "three.ndjson")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("failed/three.ndjson.error")) })
        let reason = try String(contentsOfFile: scratch.path("failed/three.ndjson.error"), encoding: .utf8)
        #expect(reason.contains("holds more than 2 articles"), "\(reason)")
        #expect(try daemon.client(["status"]).status == 0)
        #expect(daemon.terminate() == 0)
    }

    /// With `publication_date_events = true`, a present-perfect report without a time expression is stored,
    /// marked, ending on the publication day; without it (the default) it is not.
    @Test func publicationDateEventsOnlyWhenTheConfigAsks() throws {
        let text = "The minister has resigned. Talks resumed on Monday."
        for asked in [false, true] {
            let scratch = try Scratch()
            let config = scratch.path("events.toml")
            try Data("publication_date_events = \(asked)\n".utf8).write(to: URL(fileURLWithPath: config))
            let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", config])
            _ = daemon.waitUntilReady()
            try daemon.drop(Data(text.utf8), as: "resign-2022-03-31.txt")
            #expect(
                eventually { FileManager.default.fileExists(atPath: scratch.path("processed/resign-2022-03-31.txt")) })
            let events = try JSONDecoder().decode(
                [EventRecord].self, from: Data(try daemon.client(["events", "--format", "json"]).stdout.utf8))
            let resumed = try #require(events.first { $0.trigger.text == "resumed" }, "\(events)")
            #expect(!resumed.datedByPublication)
            let resigned = events.first { $0.trigger.text == "resigned" }
            if asked {
                let resigned = try #require(resigned, "\(events.map(\.trigger.text))")
                #expect(resigned.datedByPublication && resigned.relation == "ENDS")
                #expect(resigned.tense == "PRESENT" && resigned.aspect == "PERFECTIVE")
                #expect(resigned.time.value == "2022-03-31" && resigned.end == "2022-04-01" && resigned.start == nil)
            } else {
                #expect(resigned == nil)
            }
            #expect(daemon.terminate() == 0)
        }
    }

    @Test func ndjsonArticlesAreDocumentsAndASidecarSetsTheDate() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let ndjson = """
            {"title": "Plant opens", "date": "2021-05-03", "text": "The plant opened on Monday after two years."}
            {"title": "Strike ends", "publishedAt": "2021-06-10T08:00:00Z", "text": "The strike ended last week."}

            """
        try daemon.drop(Data(ndjson.utf8), as: "feed.ndjson")
        // The sidecar goes first, then its document.
        try daemon.drop(Data("date = 2020-02-02\ntitle = \"From the sidecar\"\n".utf8), as: "note.txt.meta")
        try daemon.drop(Data("The talks resumed yesterday.".utf8), as: "note.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/note.txt")) })
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/feed.ndjson")) })
        #expect(FileManager.default.fileExists(atPath: scratch.path("processed/note.txt.meta")))
        let docs = try JSONDecoder().decode(
            [DocumentRecord].self, from: Data(try daemon.client(["docs", "--format", "json"]).stdout.utf8))
        let feed = docs.filter { $0.name.hasPrefix("feed.ndjson") }
        #expect(feed.count == 2, "\(docs.map(\.name))")
        #expect(Set(feed.map(\.published)) == ["2021-05-03", "2021-06-10"])
        #expect(feed.allSatisfy { $0.format == "ndjson" })
        let note = try #require(docs.first { $0.name == "note.txt" })
        #expect(note.published == "2020-02-02" && note.dctSource == "sidecar")
        #expect(note.title == "From the sidecar")
        let events = try JSONDecoder().decode(
            [EventRecord].self, from: Data(try daemon.client(["events", "--format", "json"]).stdout.utf8))
        #expect(events.contains { $0.time.value == "2020-02-01" && $0.document.name == "note.txt" })
        #expect(daemon.terminate() == 0)
    }
}
