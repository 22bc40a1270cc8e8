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
        #expect(seized.document.name == "lavrov-2022-03-31.txt")
        #expect(seized.document.published == "2022-03-31")
        #expect(seized.sentence.text.contains("the Taliban seized control in August"))
        let staged = try #require(found.first { $0.trigger.text == "staged" })
        #expect(staged.relation == "BEGINS")

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
        // Give the follower time to connect before the drop.
        #expect(eventually { (try? daemon.client(["status"]))?.status == 0 })
        usleep(300_000)
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
        try daemon.drop(Data([0x41, 0xC3, 0x28, 0x42]), as: "latin.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("failed/image.png.error")) })
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("failed/latin.txt.error")) })
        let reason = try String(contentsOfFile: scratch.path("failed/image.png.error"), encoding: .utf8)
        #expect(reason.contains("not text"), "\(reason)")
        let health = try daemon.client(["status"])
        #expect(health.status == 0)
        try daemon.drop(Data(contentsOf: Self.article), as: "after.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("processed/after.txt")) })
        #expect(daemon.terminate() == 0)
    }
}
