import Foundation
import TimelineCore
import TimelineDocuments

/// Reading one file from the inbox safely: regular files only, never through a symlink, bounded in size,
/// binary files told from their first 8 KiB without reading the rest, and only bytes that held still.
enum DocumentFile {
    struct Content {
        var bytes: [UInt8]
        var modificationDate: CalendarDate
    }

    enum Failure: Error, CustomStringConvertible {
        /// The file is gone (already moved, or deleted by its writer).
        case vanished
        /// Not a regular file: a folder, symlink, FIFO, socket or device.
        case notRegular(String)
        case tooLarge(Int, limit: Int)
        /// Binary content, found from the first `BinarySniffing.prefixLength` bytes.
        case notText(String)
        /// It changed while it was read: read it again after this many seconds.
        case changed(retryAfter: Double)
        /// It changed on every read allowed.
        case keptChanging
        case unreadable(String)

        var description: String {
            switch self {
            case .vanished: "the file vanished before it could be read"
            case .notRegular(let kind): "not a regular file (\(kind)); it was not opened"
            case .tooLarge(let size, let limit): "too large: \(size) bytes, the limit is \(limit) (max_document_bytes)"
            case .notText(let kind): "not text (binary: \(kind))"
            case .changed: "it changed while being read"
            case .keptChanging: StabilityCheck.keptChanging
            case .unreadable(let reason): "cannot be read: \(reason)"
            }
        }
    }

    /// Reads `path` (text, for tests and sidecars by name) as `read(_:limit:attempt:check:)` does.
    static func read(_ path: String, limit: Int) throws(Failure) -> Content {
        try read(RawPath(path), limit: limit)
    }

    /// Reads `path` if it is a regular text file of at most `limit` bytes that does not change while read.
    /// - Parameter attempt: which read of this file this is (1 for the first), for `check`.
    static func read(
        _ path: RawPath, limit: Int, attempt: Int = 1, check: StabilityCheck = StabilityCheck()
    ) throws(Failure) -> Content {
        var info = stat()
        if path.withCString({ lstat($0, &info) }) != 0 {
            if errno == ENOENT { throw .vanished }
            throw .unreadable(String(cString: strerror(errno)))
        }
        if let kind = kind(info.st_mode) { throw .notRegular(kind) }
        let descriptor = path.withCString { open($0, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .vanished }
            if errno == ELOOP { throw .notRegular("symbolic link") }
            throw .unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        if let kind = kind(info.st_mode) { throw .notRegular(kind) }
        let before = FileStamp(info)
        guard before.size <= limit else { throw .tooLarge(before.size, limit: limit) }
        var bytes = try readUpTo(min(before.size, BinarySniffing.prefixLength), from: descriptor)
        if let kind = BinarySniffing.binaryKind(ofPrefix: bytes) { throw .notText(kind) }
        // One byte more than the size: a file that grew is caught even when its time stamp has not moved.
        bytes += try readUpTo(before.size + 1 - bytes.count, from: descriptor)
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        switch check.verdict(before: before, after: FileStamp(info), bytesRead: bytes.count, attempt: attempt) {
        case .stable:
            return Content(bytes: bytes, modificationDate: utcDay(seconds: before.modifiedSeconds))
        case .vanished: throw .vanished
        case .retry(let delay): throw .changed(retryAfter: delay)
        case .fail: throw .keptChanging
        }
    }

    /// Reads until `count` bytes or the end of the file, whichever comes first.
    private static func readUpTo(_ count: Int, from descriptor: Int32) throws(Failure) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    /// The UTC calendar day of a Unix time.
    static func utcDay(seconds: Int) -> CalendarDate {
        CalendarDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// What a file that is not regular is, or nil for a regular file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "folder"
        case S_IFLNK: "symbolic link"
        case S_IFIFO: "FIFO"
        case S_IFSOCK: "socket"
        case S_IFCHR, S_IFBLK: "device"
        default: "unknown kind"
        }
    }
}
