import Foundation
import Logging
import Synchronization

/// Watches the inbox with inotify and yields the names of files that are ready to read.
///
/// A file is ready when its writer closes it (`IN_CLOSE_WRITE`) or when it is renamed into the inbox
/// (`IN_MOVED_TO`, the atomic drop from `inbox/.tmp/`). Whatever is created in the inbox that is not a regular
/// file (a folder, symlink, FIFO, socket or device: none is ever closed after writing) is yielded when it
/// appears (`IN_CREATE`), so it can be moved aside. Dotfiles are never yielded. Names are raw bytes
/// (`FileName`): they need not be UTF-8. On `IN_Q_OVERFLOW` events were lost, so the whole folder is listed again.
public final class InboxWatcher: Sendable {
    public let folder: String
    private let descriptor: Int32
    /// The watch on the folder when the watcher started.
    private let firstWatch: Int32
    private let logger: Logger

    /// Starts watching `folder` (which must exist). Events from now on are kept until `names` is read.
    public init(folder: String, logger: Logger) throws {
        self.folder = folder
        self.logger = logger
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXFailure("inotify_init1", errno: errno) }
        firstWatch = inotify_add_watch(descriptor, folder, Self.mask)
        guard firstWatch >= 0 else {
            let error = POSIXFailure("inotify_add_watch \(folder)", errno: errno)
            close(descriptor)
            throw error
        }
    }

    deinit { close(descriptor) }

    private static let mask =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_ONLYDIR) | UInt32(IN_MOVE_SELF)

    /// The names of files present in the folder now (regular or not), dotfiles left out, sorted by their bytes.
    public static func listing(of folder: String) -> [FileName] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [FileName] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in FileName(bytes: raw.prefix { $0 != 0 }) }
            if !name.isHidden && !name.bytes.isEmpty { names.append(name) }
        }
        return names.sorted()
    }

    /// Reads events on a thread of its own (inotify reads block) and feeds them to `sink` until `stop` is set.
    /// `sink` gets a name per ready file, or `nil` to say "rescan the folder".
    public func run(stop: StopFlag, sink: @escaping @Sendable (FileName?) -> Void) {
        // The thread holds the watcher, so the descriptor is closed only after the thread is done with it.
        let thread = Thread { [self] in readEvents(stop: stop, sink: sink) }
        thread.name = "inbox-watcher"
        thread.start()
    }

    private func readEvents(stop: StopFlag, sink: (FileName?) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let folder = self.folder
        var watch = firstWatch
        while !stop.isSet {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 250)
            if ready < 0 && errno != EINTR {
                logger.error("inotify poll failed", metadata: ["errno": "\(errno)"])
                return
            }
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                logger.error("inotify read failed", metadata: ["errno": "\(errno)"])
                return
            }
            let lost = Self.parse(
                buffer[0..<count], watch: watch, isSpecial: { Self.isSpecial($0, in: folder) }, sink: sink)
            if lost {
                inotify_rm_watch(descriptor, watch)  // a folder moved away is still watched under its old wd
                guard let renewed = waitForFolder(stop: stop) else { return }
                watch = renewed
                sink(nil)
            }
        }
    }

    /// The inbox was deleted or moved away: waits for a folder to be there again under its name, watches it,
    /// and returns the new watch (the caller lists the folder); `nil` if stopped first.
    private func waitForFolder(stop: StopFlag) -> Int32? {
        logger.error("the inbox \(folder) was deleted or moved; waiting for it to be created again")
        var watch: Int32 = -1
        while !stop.isSet {
            watch = inotify_add_watch(descriptor, folder, Self.mask)
            if watch >= 0 { break }
            usleep(250_000)
        }
        guard watch >= 0 else { return nil }
        try? FileManager.default.createDirectory(
            atPath: (folder as NSString).appendingPathComponent(".tmp"), withIntermediateDirectories: true)
        logger.notice("the inbox \(folder) is back; watching it again and listing what it holds")
        return watch
    }

    /// Whether `name` in `folder` exists and is not a regular file (never followed: `lstat`).
    static func isSpecial(_ name: FileName, in folder: String) -> Bool {
        var info = stat()
        guard RawPath(folder: folder, name: name).withCString({ lstat($0, &info) }) == 0 else { return false }
        return DocumentFile.kind(info.st_mode) != nil
    }

    /// Splits a read of inotify events: a 16-byte header (`wd`, `mask`, `cookie`, `len`), then `len` name bytes.
    /// A creation is yielded only for a folder or when `isSpecial` says the name is not a regular file (a
    /// regular file is yielded when it is closed after writing).
    /// Events of watches other than `watch` (one given up) are skipped.
    /// - Returns: whether the folder itself is no longer watched (deleted, or moved away).
    @discardableResult
    static func parse(
        _ bytes: ArraySlice<UInt8>, watch: Int32? = nil, isSpecial: (FileName) -> Bool = { _ in false },
        sink: (FileName?) -> Void
    ) -> Bool {
        var lost = false
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 16 <= raw.count {
                let descriptor = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let name = FileName(bytes: raw[(offset + 16)..<min(raw.count, offset + 16 + length)].prefix { $0 != 0 })
                offset += 16 + length
                if let watch, mask & UInt32(IN_Q_OVERFLOW) == 0, descriptor != watch { continue }
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    sink(nil)
                    continue
                }
                // IN_IGNORED: the watch is gone (the folder was deleted); IN_MOVE_SELF: it was moved away.
                if mask & (UInt32(IN_IGNORED) | UInt32(IN_MOVE_SELF)) != 0 {
                    lost = true
                    continue
                }
                guard !name.bytes.isEmpty, !name.isHidden else { continue }
                let isCreation = mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) == 0
                if isCreation && mask & UInt32(IN_ISDIR) == 0 && !isSpecial(name) { continue }
                sink(name)
            }
        }
        return lost
    }
}

/// A flag one thread sets and others poll.
public final class StopFlag: Sendable {
    private let flag = Mutex(false)
    public init() {}
    public var isSet: Bool { flag.withLock { $0 } }
    public func set() { flag.withLock { $0 = true } }
}

/// A failed system call, with what was being done.
public struct POSIXFailure: Error, CustomStringConvertible {
    public var operation: String
    public var code: Int32
    public init(_ operation: String, errno code: Int32) {
        self.operation = operation
        self.code = code
    }
    public var description: String { "\(operation): \(String(cString: strerror(code)))" }
}
