import Foundation
import Testing

@testable import TimelineDaemon

/// Files that change while read, and binary files told from their start alone.
struct StabilityCheckTests {
    let check = StabilityCheck(maxAttempts: 3, delay: 0.1)
    let before = FileStamp(size: 100, modifiedSeconds: 1_000, modifiedNanoseconds: 5)

    @Test func aFileThatHeldStillIsStable() {
        #expect(check.verdict(before: before, after: before, bytesRead: 100, attempt: 1) == .stable)
    }

    @Test func aFileThatGrewOrWasTouchedIsReadAgainThenFailed() {
        var grown = before
        grown.size = 120
        var touched = before
        touched.modifiedNanoseconds = 6
        #expect(check.verdict(before: before, after: grown, bytesRead: 100, attempt: 1) == .retry(delay: 0.1))
        #expect(check.verdict(before: before, after: touched, bytesRead: 100, attempt: 2) == .retry(delay: 0.1))
        // Appended to with the same size and time stamp as seen: the extra byte read gives it away.
        #expect(check.verdict(before: before, after: before, bytesRead: 101, attempt: 1) == .retry(delay: 0.1))
        #expect(
            check.verdict(before: before, after: grown, bytesRead: 100, attempt: 3)
                == .fail(StabilityCheck.keptChanging))
    }

    @Test func aFileDeletedWhileReadVanished() {
        var deleted = before
        deleted.links = 0
        #expect(check.verdict(before: before, after: deleted, bytesRead: 100, attempt: 1) == .vanished)
    }

    @Test func aHugeBinaryFileIsToldFromItsStartWithoutReadingTheRest() throws {
        let path = NSTemporaryDirectory() + "sparse-\(UUID().uuidString).png"
        defer { unlink(path) }
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        let magic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        _ = magic.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        #expect(ftruncate(descriptor, 8 << 30) == 0)  // 8 GiB, sparse: reading it whole would not fit.
        close(descriptor)
        // Reading 8 GiB whole would not fit in memory: getting the answer at all shows only the start was read.
        do {
            _ = try DocumentFile.read(path, limit: Int.max)
            Issue.record("a binary file was read")
        } catch .notText(let kind) {
            #expect(kind == "PNG image")
        } catch {
            Issue.record("expected .notText, got \(error)")
        }
    }

    @Test func anEmptyFileReadsAsNoBytes() throws {
        let path = NSTemporaryDirectory() + "empty-\(UUID().uuidString).txt"
        defer { unlink(path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try DocumentFile.read(path, limit: 10).bytes.isEmpty)
    }
}
