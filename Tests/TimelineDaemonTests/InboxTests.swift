import Foundation
import Logging
import Synchronization
import Testing

@testable import TimelineDaemon

/// Real inotify, real files.
struct InboxTests {
    final class Collected: Sendable {
        let names = Mutex<[FileName?]>([])
        func append(_ name: FileName?) { names.withLock { $0.append(name) } }
        var all: [FileName?] { names.withLock { $0 } }
    }

    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "inbox-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/.tmp", withIntermediateDirectories: true)
        return path
    }

    func waitFor(_ condition: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func atomicRenameAndClosedWritesAreReportedDotfilesAreNot() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let watcher = try InboxWatcher(folder: folder, logger: Logger(label: "test"))
        let stop = StopFlag()
        defer { stop.set() }
        let collected = Collected()
        watcher.run(stop: stop) { collected.append($0) }

        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/.tmp/staged.txt"))
        #expect(rename(folder + "/.tmp/staged.txt", folder + "/moved.txt") == 0)
        #expect(FileManager.default.createFile(atPath: folder + "/.hidden", contents: Data("h".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/written.txt", contents: Data("w".utf8)))
        #expect(waitFor { collected.all.count >= 2 })
        usleep(100_000)
        // A writer may close a file more than once (each close is an event); the queue folds repeats.
        var distinct: [FileName?] = []
        for name in collected.all where !distinct.contains(name) { distinct.append(name) }
        #expect(distinct == ["moved.txt", "written.txt"])
    }

    @Test func overflowAsksForARescan() {
        var header = [UInt8](repeating: 0, count: 16)
        withUnsafeBytes(of: UInt32(IN_Q_OVERFLOW).littleEndian) { header.replaceSubrange(4..<8, with: $0) }
        var seen: [FileName?] = ["marker"]
        InboxWatcher.parse(header[...]) { seen.append($0) }
        #expect(seen == ["marker", nil])
    }

    @Test func listingSkipsDotfilesAndSorts() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["b.txt", ".x", "a.txt"] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: nil))
        }
        #expect(InboxWatcher.listing(of: folder) == ["a.txt", "b.txt"])
    }

    @Test func readsRegularFilesOnlyAndNeverFollowsLinks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/real.txt", contents: Data("hello".utf8)))
        #expect(symlink(folder + "/real.txt", folder + "/link.txt") == 0)
        #expect(mkfifo(folder + "/pipe", 0o600) == 0)
        let content = try DocumentFile.read(folder + "/real.txt", limit: 100)
        #expect(content.bytes == Array("hello".utf8))
        #expect(throws: DocumentFile.Failure.self) { try DocumentFile.read(folder + "/link.txt", limit: 100) }
        #expect(throws: DocumentFile.Failure.self) { try DocumentFile.read(folder + "/pipe", limit: 100) }
        do {
            _ = try DocumentFile.read(folder + "/real.txt", limit: 3)
            Issue.record("a file over the limit was read")
        } catch {
            #expect(error.description.contains("too large"))
        }
        do {
            _ = try DocumentFile.read(folder + "/gone.txt", limit: 3)
        } catch .vanished {
        } catch {
            Issue.record("expected .vanished, got \(error)")
        }
    }

    @Test func movingNeverOverwrites() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["in", "done", "bad"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let mover = FileMover(processed: root + "/done", failed: root + "/bad")
        for round in 0..<3 {
            #expect(FileManager.default.createFile(atPath: root + "/in/a.txt", contents: Data("\(round)".utf8)))
            _ = try mover.markProcessed(root + "/in/a.txt")
        }
        #expect(InboxWatcher.listing(of: root + "/done") == ["a.1.txt", "a.2.txt", "a.txt"])
        #expect(FileManager.default.createFile(atPath: root + "/in/b.bin", contents: Data([0])))
        let target = try mover.markFailed(root + "/in/b.bin", reason: "not text")
        #expect(target == root + "/bad/b.bin")
        #expect(try String(contentsOfFile: target + ".error", encoding: .utf8) == "not text\n")
    }

    @Test func utcDayOfUnixTimes() {
        #expect(DocumentFile.utcDay(seconds: 0).description == "1970-01-01")
        #expect(DocumentFile.utcDay(seconds: 1_648_728_000).description == "2022-03-31")
        #expect(DocumentFile.utcDay(seconds: -1).description == "1969-12-31")
    }
}

struct IngestQueueTests {
    @Test func aFullQueueDropsNamesAndAsksForARescanOnceDrained() async {
        let queue = IngestQueue(capacity: 3)
        for name: FileName in ["a", "b", "c", "d", "e", "a"] { queue.add(name) }
        #expect(queue.count == 3)
        var taken: [FileName] = []
        var rescan: [Bool] = []
        for _ in 0..<3 {
            guard let batch = await queue.next(max: 1) else { break }
            taken += batch.names
            rescan.append(batch.mustRescan)
            queue.done()
        }
        #expect(taken == ["a", "b", "c"])
        #expect(rescan == [false, false, true])
        queue.refill { ["d", "e"] }
        #expect(queue.count == 2)
        #expect(await queue.next(max: 1)?.names == ["d"])
    }

    @Test func aBatchTakesTheOldestWaitingNamesUpToItsSize() async {
        let queue = IngestQueue(capacity: 10)
        for name: FileName in ["a", "b", "c", "d", "e"] { queue.add(name) }
        #expect(await queue.next(max: 3)?.names == ["a", "b", "c"])
        #expect(queue.count == 5)  // the batch in hand is pending until done
        queue.done()
        queue.add("a")
        #expect(await queue.next(max: 3)?.names == ["d", "e", "a"])
        queue.done()
        #expect(queue.count == 0)
        let waiter = Task { await queue.next(max: 3)?.names }
        queue.add("f")
        #expect(await waiter.value == ["f"])
    }

    @Test func aNameWaitingIsQueuedOnce() async {
        let queue = IngestQueue(capacity: 10)
        queue.add("x")
        queue.add("x")
        #expect(queue.count == 1)
        #expect(await queue.next(max: 5)?.names == ["x"])
        queue.done()
        queue.add("x")
        #expect(queue.count == 1)
    }
}
