import Foundation
import Testing
import TimelineWire

/// Whatever lands in the inbox, the daemon neither follows, blocks, crashes nor loses it: each case checks
/// where the file ends up and that `/v1/health` still answers.
@Suite(.serialized)
struct HostileInputTests {
    static let article = Paths.examples.appendingPathComponent("lavrov-2022-03-31.txt")

    /// A running daemon on fresh folders.
    func start(extraArguments: [String] = []) throws -> (Scratch, DaemonProcess) {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: extraArguments)
        _ = daemon.waitUntilReady()
        return (scratch, daemon)
    }

    /// `GET /v1/health` answers 200; returns its figures.
    @discardableResult
    func expectHealthy(_ daemon: DaemonProcess) throws -> Health {
        let response = try RawHTTP.send(socket: daemon.socket, "GET", "/v1/health")
        #expect(response.status == 200, "log:\n\(daemon.log)")
        return try JSONDecoder().decode(Health.self, from: response.body)
    }

    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    func reason(_ scratch: Scratch, _ name: String) -> String {
        (try? String(contentsOfFile: scratch.path("failed/\(name).error"), encoding: .utf8)) ?? ""
    }

    /// Moves a non-regular file or a folder made in the scratch folder into the failed-or-not check.
    func expectFailed(
        _ scratch: Scratch, _ daemon: DaemonProcess, _ name: String, saying words: String, type: mode_t
    ) throws {
        #expect(eventually { exists(scratch.path("failed/\(name).error")) }, "log:\n\(daemon.log)")
        #expect(fileType(scratch.path("failed/\(name)")) == type)
        #expect(!exists(daemon.inbox + "/" + name))
        #expect(reason(scratch, name).contains(words), "\(reason(scratch, name))")
        let health = try expectHealthy(daemon)
        #expect(health.counts.documents == 0)
    }

    @Test func aLargeBinaryFileFailsAsNotTextFromItsStart() throws {
        let (scratch, daemon) = try start()
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(Data(repeating: 0x41, count: 4 << 20))
        try daemon.drop(png, as: "photo.png")
        #expect(eventually { exists(scratch.path("failed/photo.png.error")) })
        #expect(reason(scratch, "photo.png").contains("not text (binary: PNG image)"))
        #expect(try expectHealthy(daemon).counts.documents == 0)
        #expect(daemon.terminate() == 0)
    }

    @Test func anEmptyFileIsProcessedWithNothingStored() throws {
        let (scratch, daemon) = try start()
        try daemon.drop(Data(), as: "empty.txt")
        #expect(eventually { exists(scratch.path("processed/empty.txt")) })
        #expect(!exists(scratch.path("failed/empty.txt")))
        let health = try expectHealthy(daemon)
        #expect(health.counts.documents == 0 && health.counts.events == 0)
        #expect(eventually(timeout: 5) { daemon.log.contains("empty file") }, "log:\n\(daemon.log)")
        #expect(daemon.terminate() == 0)
    }

    @Test func aSymlinkIsMovedAsALinkAndItsTargetIsNeverRead() throws {
        let (scratch, daemon) = try start()
        let target = scratch.path("secret.txt")
        try Data(contentsOf: Self.article).write(to: URL(fileURLWithPath: target))
        #expect(symlink(target, daemon.inbox + "/link.txt") == 0)
        try expectFailed(scratch, daemon, "link.txt", saying: "symbolic link", type: S_IFLNK)
        #expect(exists(target))
        #expect(daemon.terminate() == 0)
    }

    @Test func aFIFOIsNeverOpenedAndTheDaemonDoesNotBlock() throws {
        let (scratch, daemon) = try start()
        #expect(mkfifo(daemon.inbox + "/pipe", 0o600) == 0)
        try expectFailed(scratch, daemon, "pipe", saying: "FIFO", type: S_IFIFO)
        try daemon.drop(Data(contentsOf: Self.article), as: "after.txt")
        #expect(eventually { exists(scratch.path("processed/after.txt")) })
        #expect(daemon.terminate() == 0)
    }

    @Test func aSocketIsMovedToFailed() throws {
        let (scratch, daemon) = try start()
        let path = daemon.inbox + "/sock"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        try expectFailed(scratch, daemon, "sock", saying: "socket", type: S_IFSOCK)
        #expect(daemon.terminate() == 0)
    }

    @Test func aDeviceFileIsMovedToFailedWhereOneCanBeMade() throws {
        let (scratch, daemon) = try start()
        // Making a device needs CAP_MKNOD (root, outside most containers); without it there is nothing to test.
        guard mknod(daemon.inbox + "/null", S_IFCHR | 0o600, dev_t((1 << 8) | 3)) == 0 else {
            #expect(daemon.terminate() == 0)
            return
        }
        try expectFailed(scratch, daemon, "null", saying: "device", type: S_IFCHR)
        #expect(daemon.terminate() == 0)
    }

    @Test func aFolderIsMovedToFailedWithWhatItHolds() throws {
        let (scratch, daemon) = try start()
        let staged = daemon.inbox + "/.tmp/bundle"
        try FileManager.default.createDirectory(atPath: staged, withIntermediateDirectories: true)
        try Data(contentsOf: Self.article).write(to: URL(fileURLWithPath: staged + "/inner.txt"))
        #expect(rename(staged, daemon.inbox + "/bundle") == 0)
        #expect(mkdir(daemon.inbox + "/made", 0o755) == 0)
        try expectFailed(scratch, daemon, "bundle", saying: "folder", type: S_IFDIR)
        try expectFailed(scratch, daemon, "made", saying: "folder", type: S_IFDIR)
        #expect(exists(scratch.path("failed/bundle/inner.txt")))
        #expect(daemon.terminate() == 0)
    }

    @Test func oddNamesAreProcessedAndLoggedEscaped() throws {
        let (scratch, daemon) = try start()
        let text = try Data(contentsOf: Self.article)
        let names = ["with space.txt", "two\nlines.txt", "-rf.txt", "--help"]
        for (index, name) in names.enumerated() {
            try daemon.drop(text + Data(" \(index)".utf8), as: name)
        }
        let latin1 = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        try dropRaw(text + Data(" latin".utf8), name: latin1, daemon: daemon)
        let processed = scratch.path("processed")
        #expect(
            eventually { (try? FileManager.default.contentsOfDirectory(atPath: processed))?.count == 5 },
            "log:\n\(daemon.log)")
        for name in names { #expect(exists(processed + "/" + name), "\(name.debugDescription)") }
        let rawTarget = Array(processed.utf8) + Array("/".utf8) + latin1 + [0]
        var info = stat()
        #expect(
            rawTarget.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &info) } }
                == 0)
        let docs = try JSONDecoder().decode(
            [DocumentRecord].self, from: Data(try daemon.client(["docs", "--format", "json"]).stdout.utf8))
        #expect(Set(docs.map(\.name)) == Set(names + ["caf\\xE9.txt"]))
        #expect(eventually(timeout: 5) { daemon.log.contains("\"two\\nlines.txt\"") }, "log:\n\(daemon.log)")
        #expect(eventually(timeout: 5) { daemon.log.contains("caf\\xE9.txt") })
        #expect(try expectHealthy(daemon).counts.documents == 5)
        #expect(daemon.terminate() == 0)
    }

    /// Writes `contents` into `inbox/.tmp/` under raw `name` bytes, then renames it into the inbox.
    func dropRaw(_ contents: Data, name: [UInt8], daemon: DaemonProcess) throws {
        let staged = Array((daemon.inbox + "/.tmp/").utf8) + name + [0]
        let final = Array((daemon.inbox + "/").utf8) + name + [0]
        try staged.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { path in
                let descriptor = open(path.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
                _ = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            }
        }
        let renamed = staged.withUnsafeBufferPointer { from in
            final.withUnsafeBufferPointer { to in
                from.withMemoryRebound(to: CChar.self) { from in
                    to.withMemoryRebound(to: CChar.self) { rename(from.baseAddress!, $0.baseAddress!) }
                }
            }
        }
        #expect(renamed == 0)
    }

    @Test func filesDeletedRightAfterTheDropLeaveNoTraceAndNoCrash() throws {
        let (scratch, daemon) = try start()
        let text = try Data(contentsOf: Self.article)
        for index in 0..<50 {
            let path = daemon.inbox + "/gone\(index).txt"
            try (text + Data(" \(index)".utf8)).write(to: URL(fileURLWithPath: path))
            unlink(path)
        }
        try daemon.drop(text, as: "kept.txt")
        #expect(eventually { exists(scratch.path("processed/kept.txt")) }, "log:\n\(daemon.log)")
        usleep(300_000)
        let failed = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path("failed"))) ?? []
        #expect(failed.isEmpty, "\(failed)")
        let left = try FileManager.default.contentsOfDirectory(atPath: daemon.inbox).filter { !$0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
        try expectHealthy(daemon)
        #expect(daemon.child.terminationStatus == nil)
        #expect(daemon.terminate() == 0)
    }

    @Test func aFileOverTheLimitFailsAsTooLarge() throws {
        let scratch = try Scratch()
        let config = scratch.path("timelined.toml")
        try Data("max_document_bytes = 1000\n".utf8).write(to: URL(fileURLWithPath: config))
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", config])
        _ = daemon.waitUntilReady()
        try daemon.drop(Data(repeating: 0x61, count: 5000), as: "big.txt")
        #expect(eventually { exists(scratch.path("failed/big.txt.error")) }, "log:\n\(daemon.log)")
        #expect(reason(scratch, "big.txt").contains("too large: 5000 bytes, the limit is 1000"))
        #expect(try expectHealthy(daemon).counts.documents == 0)
        #expect(daemon.terminate() == 0)
    }

    @Test func aDocumentComesWithItsBodySoSpansCanBeShownInContext() throws {
        let (scratch, daemon) = try start()
        try daemon.drop(Data(contentsOf: Self.article), as: "lavrov.txt")
        #expect(eventually { exists(scratch.path("processed/lavrov.txt")) })
        let page = try JSONDecoder().decode(
            DocumentPage.self, from: try RawHTTP.send(socket: daemon.socket, "GET", "/v1/documents").body)
        let id = try #require(page.documents.first?.id)
        let response = try RawHTTP.send(socket: daemon.socket, "GET", "/v1/documents/\(id)")
        #expect(response.status == 200)
        let detail = try JSONDecoder().decode(DocumentDetail.self, from: response.body)
        let body = Array(try #require(detail.body).unicodeScalars)
        #expect(!detail.timexes.isEmpty)
        for timex in detail.timexes {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: body[timex.start..<timex.end])
            #expect(String(text) == timex.text)
        }
        #expect(daemon.terminate() == 0)
    }
}
