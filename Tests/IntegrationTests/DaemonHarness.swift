import Foundation
import Testing

/// Paths of the built binaries and the shared data, found from this file's location.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let binaries: URL = {
        if let dir = ProcessInfo.processInfo.environment["TIMELINED_BIN_DIR"] { return URL(fileURLWithPath: dir) }
        return repository.appendingPathComponent(".build/debug")
    }()
    static let timelined = binaries.appendingPathComponent("timelined").path
    static let timelinectl = binaries.appendingPathComponent("timelinectl").path
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let examples = shared.appendingPathComponent("examples")
}

/// A scratch folder removed at the end of the test.
final class Scratch {
    let url: URL
    init() throws {
        // Short base path: a Unix socket path must fit in 108 bytes.
        url = URL(fileURLWithPath: "/tmp").appendingPathComponent("tl-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// What a finished command printed and returned.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion (bounded by `timeout` seconds) and captures its output.
func runCommand(
    _ path: String, _ arguments: [String], environment: [String: String] = [:], timeout: Double = 60
)
    throws -> CommandResult
{
    let child = try ChildProcess(
        path, arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    if child.wait(timeout: timeout) == nil {
        child.signal(SIGKILL)
        Issue.record("\(path) \(arguments) did not finish in \(timeout) s")
    }
    let status = child.wait(timeout: 5) ?? -1
    return CommandResult(
        status: status, stdout: String(decoding: child.stdout?.finish() ?? Data(), as: UTF8.self),
        stderr: String(decoding: child.stderr?.finish() ?? Data(), as: UTF8.self))
}

/// Drains a pipe on a background thread so a chatty child never blocks on a full pipe.
final class DataReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        // read(2) with EINTR retried: `availableData` traps when a signal interrupts it under load.
        Thread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                self.lock.lock()
                self.data.append(contentsOf: buffer[0..<count])
                self.lock.unlock()
            }
            self.done.signal()
        }.start()
    }

    var current: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }

    func finish() -> Data {
        done.wait()
        return current
    }
}

/// A datagram socket standing in for systemd's `NOTIFY_SOCKET`: like systemd, it reads every message as
/// it comes (a full queue would block the sender), on a thread of its own.
final class NotifySocket: @unchecked Sendable {
    let path: String
    private let descriptor: Int32
    private let lock = NSLock()
    private var messages: [String] = []
    private var consumed = 0
    private var open = true

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
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
        guard bound == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        Thread { [self] in receive() }.start()
    }

    private var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return open
    }

    private func receive() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while isOpen {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { continue }
            let message = String(decoding: buffer[0..<count], as: UTF8.self)
            lock.lock()
            messages.append(message)
            lock.unlock()
        }
        close(descriptor)
    }

    deinit { unlink(path) }

    func stop() {
        lock.lock()
        open = false
        lock.unlock()
    }

    /// Waits up to `timeout` seconds for a message containing the line `state` (e.g. `READY=1`); returns the
    /// messages not returned before, up to and including that one (or all of them, on timeout).
    func wait(for state: String, timeout: Double) -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            lock.lock()
            let fresh = Array(messages[consumed...])
            if let hit = fresh.firstIndex(where: { $0.split(separator: "\n").contains { $0 == state } }) {
                consumed += hit + 1
                lock.unlock()
                return Array(fresh[...hit])
            }
            if Date() >= deadline {
                consumed = messages.count
                lock.unlock()
                return fresh
            }
            lock.unlock()
            usleep(10_000)
        }
    }
}

/// A real `timelined` process on scratch folders, started with a `NOTIFY_SOCKET` the test reads.
final class DaemonProcess {
    let scratch: Scratch
    let child: ChildProcess
    let notify: NotifySocket
    var inbox: String { scratch.path("inbox") }
    var socket: String { scratch.path("api.sock") }
    var database: String { scratch.path("timeline.sqlite") }
    var pid: pid_t { child.pid }

    /// Starts the daemon (through `launcher`, if given); call `waitUntilReady` for `READY=1`.
    init(
        scratch: Scratch, extraArguments: [String] = [], launcher: [String] = [], environment: [String: String] = [:]
    )
        throws
    {
        self.scratch = scratch
        notify = try NotifySocket(path: scratch.path("notify.sock"))
        let arguments =
            [
                "--inbox", scratch.path("inbox"), "--socket", scratch.path("api.sock"),
                "--database", scratch.path("timeline.sqlite"), "--log-level", "debug",
            ] + extraArguments
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        env["NOTIFY_SOCKET"] = notify.path
        for key in ["LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "JOURNAL_STREAM"] { env.removeValue(forKey: key) }
        if launcher.isEmpty {
            child = try ChildProcess(Paths.timelined, arguments, environment: env, captureStdout: false)
        } else {
            child = try ChildProcess(
                launcher[0], Array(launcher.dropFirst()) + [Paths.timelined] + arguments, environment: env,
                captureStdout: false)
        }
    }

    deinit { notify.stop() }

    /// The messages received on `NOTIFY_SOCKET` up to `READY=1`.
    func waitUntilReady(timeout: Double = 30) -> [String] {
        notify.wait(for: "READY=1", timeout: timeout)
    }

    var log: String { String(decoding: child.stderr?.current ?? Data(), as: UTF8.self) }

    /// Sends SIGTERM and waits (bounded); returns the exit status.
    @discardableResult
    func terminate(timeout: Double = 30) -> Int32 {
        if let status = child.terminationStatus { return status }
        child.signal(SIGTERM)
        if let status = child.wait(timeout: timeout) { return status }
        Issue.record("timelined did not exit within \(timeout) s of SIGTERM")
        child.signal(SIGKILL)
        return child.wait(timeout: 5) ?? -1
    }

    /// Drops a file the way careful writers do: write into `inbox/.tmp/`, then rename into the inbox.
    func drop(_ contents: Data, as name: String) throws {
        let staging = (inbox as NSString).appendingPathComponent(".tmp/\(name)")
        try contents.write(to: URL(fileURLWithPath: staging))
        guard rename(staging, (inbox as NSString).appendingPathComponent(name)) == 0 else {
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
    }

    /// Runs `timelinectl` against this daemon.
    func client(_ arguments: [String], timeout: Double = 60) throws -> CommandResult {
        try runCommand(Paths.timelinectl, arguments + ["--socket", socket], timeout: timeout)
    }
}

/// Polls `condition` every 50 ms for up to `timeout` seconds.
func eventually(timeout: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        if try condition() { return true }
        usleep(50_000)
    } while Date() < deadline
    return false
}
