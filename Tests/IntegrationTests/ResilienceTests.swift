import Foundation
import Testing
import TimelineWire

/// What the inbox survives: lost inotify events, the inbox deleted under the daemon, and a full disk.
@Suite(.serialized)
struct ResilienceTests {
    static let article = try! Data(contentsOf: Paths.examples.appendingPathComponent("lavrov-2022-03-31.txt"))

    func start(scratch: Scratch, extraArguments: [String] = []) throws -> DaemonProcess {
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: extraArguments)
        _ = daemon.waitUntilReady()
        return daemon
    }

    func health(_ daemon: DaemonProcess) throws -> Health {
        try JSONDecoder().decode(Health.self, from: RawHTTP.send(socket: daemon.socket, "GET", "/v1/health").body)
    }

    func isProcessed(_ scratch: Scratch, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: scratch.path("processed/\(name)"))
    }

    @Test func lostInotifyEventsTriggerARescan() throws {
        let scratch = try Scratch()
        let daemon = try start(scratch: scratch)
        // Stopped, the daemon reads no events: 20,000 dotfiles made in the inbox (ignored, but each still
        // queues inotify events) overflow the kernel's queue (16,384), so the drop after them is never reported.
        daemon.child.signal(SIGSTOP)
        for index in 0..<20_000 {
            let path = daemon.inbox + "/.noise-\(index)"
            close(open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o644))
        }
        try daemon.drop(Self.article, as: "after-overflow.txt")
        daemon.child.signal(SIGCONT)
        #expect(eventually { isProcessed(scratch, "after-overflow.txt") }, "\(daemon.log)")
        #expect(eventually(timeout: 5) { daemon.log.contains("inotify queue overflowed; rescanning the inbox") })
        #expect(try health(daemon).counts.documents == 1)
    }

    @Test func anInboxDeletedAndMadeAgainIsWatchedAgain() throws {
        let scratch = try Scratch()
        let daemon = try start(scratch: scratch)
        try FileManager.default.removeItem(atPath: daemon.inbox)
        #expect(eventually(timeout: 5) { daemon.log.contains("was deleted or moved; waiting for it") }, "\(daemon.log)")
        try FileManager.default.createDirectory(atPath: daemon.inbox, withIntermediateDirectories: false)
        #expect(eventually(timeout: 5) { daemon.log.contains("is back; watching it again") }, "\(daemon.log)")
        try daemon.drop(Self.article, as: "after-recreate.txt")
        #expect(eventually { isProcessed(scratch, "after-recreate.txt") }, "\(daemon.log)")
        // Moved away and another made in its place: the new one is watched.
        try FileManager.default.moveItem(atPath: daemon.inbox, toPath: scratch.path("old-inbox"))
        try FileManager.default.createDirectory(atPath: daemon.inbox + "/.tmp", withIntermediateDirectories: true)
        #expect(
            eventually(timeout: 5) { daemon.log.components(separatedBy: "is back; watching").count == 3 },
            "\(daemon.log)")
        var second = Self.article
        second.append(Data("\nOne more line.\n".utf8))
        try daemon.drop(second, as: "after-move.txt")
        #expect(eventually { isProcessed(scratch, "after-move.txt") }, "\(daemon.log)")
        #expect(try health(daemon).counts.documents == 2)
    }

    /// The database on a small tmpfs of its own, filled up while the daemon runs.
    @Test(.enabled(if: geteuid() == 0, "mounting a tmpfs needs root"))
    func aFullDiskPausesIngestionAndItResumesWhenThereIsRoom() throws {
        let scratch = try Scratch()
        let disk = scratch.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = try runCommand("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", disk])
        try #require(mounted.status == 0, "cannot mount a tmpfs here: \(mounted.stderr)")
        defer { _ = try? runCommand("/usr/bin/umount", ["-l", disk]) }
        let database = disk + "/timeline.sqlite"
        let daemon = try start(scratch: scratch, extraArguments: ["--database", database])
        try daemon.drop(Self.article, as: "first.txt")
        #expect(eventually { isProcessed(scratch, "first.txt") }, "\(daemon.log)")

        // Fill the disk, then drop a document larger than any room SQLite kept.
        let filler = disk + "/filler"
        _ = try runCommand("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=64k"])
        var big = Data("Date: 2022-04-01\n\n".utf8)
        while big.count < 300_000 { big.append(Data("The ministry announced a new budget. ".utf8)) }
        try daemon.drop(big, as: "big.txt")
        #expect(eventually { (try? health(daemon).status) == "paused" }, "\(daemon.log)")
        let paused = try health(daemon)
        #expect(paused.reason?.contains("full") == true, "\(String(describing: paused.reason))")
        #expect(eventually(timeout: 5) { daemon.log.contains("ingestion paused") })
        let status = try daemon.client(["status"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains(": paused (socket "), "\(status.stdout)")
        #expect(
            status.stdout.contains("paused:    \(paused.reason ?? "?"); ingestion retries by itself"),
            "\(status.stdout)")
        #expect(FileManager.default.fileExists(atPath: daemon.inbox + "/big.txt"), "left in the inbox")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("failed/big.txt")))

        try FileManager.default.removeItem(atPath: filler)
        #expect(eventually { isProcessed(scratch, "big.txt") }, "\(daemon.log)")
        #expect(eventually { daemon.log.contains("ingestion resumed") })
        let resumed = try health(daemon)
        #expect(resumed.status == "ok")
        #expect(resumed.reason == nil)
        #expect(try !daemon.client(["status"]).stdout.contains("paused"))
        #expect(resumed.counts.documents == 2)
        #expect(resumed.failed == 0)
        #expect(daemon.terminate() == 0)
        let check = try runCommand("/usr/bin/sqlite3", [database, "PRAGMA integrity_check"])
        #expect(check.stdout == "ok\n", "\(check.stdout)")
    }
}
