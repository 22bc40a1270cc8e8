import Foundation
import Testing
import TimelineWire

/// A backlog is stored in batches, one transaction each, with every file stored once and a failing one alone.
@Suite(.serialized)
struct BatchTests {
    @Test func aBurstIsStoredInBatchesOnceEachAndABadFileFailsAlone() throws {
        let scratch = try Scratch()
        // A first start creates the database; a trigger then refuses one document, as a failing write would.
        do {
            let first = try DaemonProcess(scratch: scratch)
            _ = first.waitUntilReady()
            #expect(first.terminate() == 0)
        }
        let refuse = """
            CREATE TRIGGER refuse_poison BEFORE INSERT ON document WHEN NEW.name LIKE '%poison%'
            BEGIN SELECT RAISE(ABORT, 'poison refused'); END;
            """
        let created = try runCommand("/usr/bin/sqlite3", [scratch.path("timeline.sqlite"), refuse])
        #expect(created.status == 0, "\(created.stderr)")

        // The burst waits in the inbox before the daemon starts, so the start-up scan queues it at once.
        let count = 150
        let inbox = scratch.path("inbox")
        func text(_ index: Int) -> String {
            let word = String(index, radix: 26).unicodeScalars.map { scalar -> String in
                String(UnicodeScalar(UInt8(97 + Int(String(scalar), radix: 26)!)))
            }.joined()
            return
                "Date: 2021-05-\(String(format: "%02d", index % 28 + 1))\n\nReport \(word): the plant opened on Monday.\n"
        }
        for index in 0..<count {
            try Data(text(index).utf8).write(to: URL(fileURLWithPath: inbox + String(format: "/doc%03d.txt", index)))
        }
        // Sorted next to its original: the same bytes, in the same batch.
        try Data(text(11).utf8).write(to: URL(fileURLWithPath: inbox + "/doc011x-copy.txt"))
        try Data(text(999).utf8).write(to: URL(fileURLWithPath: inbox + "/doc060-poison.txt"))

        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let processed = scratch.path("processed")
        #expect(
            eventually(timeout: 120) {
                ((try? FileManager.default.contentsOfDirectory(atPath: processed))?.count ?? 0) == count + 1
            })
        #expect(
            eventually { FileManager.default.fileExists(atPath: scratch.path("failed/doc060-poison.txt.error")) })
        let reason = try String(contentsOfFile: scratch.path("failed/doc060-poison.txt.error"), encoding: .utf8)
        #expect(reason.contains("poison refused"), "\(reason)")
        let failed = try FileManager.default.contentsOfDirectory(atPath: scratch.path("failed")).sorted()
        #expect(failed == ["doc060-poison.txt", "doc060-poison.txt.error"])
        let left = try FileManager.default.contentsOfDirectory(atPath: inbox).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "left in the inbox: \(left.prefix(5))")

        let health = try JSONDecoder().decode(
            Health.self, from: Data(try daemon.client(["status", "--format", "json"]).stdout.utf8))
        #expect(health.counts.documents == count)
        #expect(health.counts.events == count)
        let docs = try JSONDecoder().decode(
            [DocumentRecord].self,
            from: Data(try daemon.client(["docs", "--format", "json", "--all"]).stdout.utf8))
        #expect(Set(docs.map(\.name)) == Set((0..<count).map { String(format: "doc%03d.txt", $0) }))
        let log = daemon.log
        #expect(log.contains("\"doc011x-copy.txt\": duplicate of document"), "\(log.suffix(2000))")
        // Stored in batches: the backlog took fewer transactions than files.
        let batches = log.split(separator: "\n").filter { $0.contains("committed a batch of") }
        #expect(batches.contains { !$0.contains("batch of 1 files") }, "\(batches.prefix(5))")
        #expect(batches.count < count / 2, "\(batches.count) transactions")
        #expect(daemon.terminate() == 0)
    }
}
