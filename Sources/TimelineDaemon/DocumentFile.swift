import Foundation
import TimelineCore

/// Reading one file from the inbox safely: regular files only, never through a symlink, bounded in size.
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
        case unreadable(String)

        var description: String {
            switch self {
            case .vanished: "the file vanished before it could be read"
            case .notRegular(let kind): "not a regular file (\(kind)); it was not opened"
            case .tooLarge(let size, let limit): "too large: \(size) bytes, the limit is \(limit) (max_document_bytes)"
            case .unreadable(let reason): "cannot be read: \(reason)"
            }
        }
    }

    /// Reads `path` if it is a regular file of at most `limit` bytes.
    static func read(_ path: String, limit: Int) throws(Failure) -> Content {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { throw .vanished }
            throw .unreadable(String(cString: strerror(errno)))
        }
        if let kind = kind(info.st_mode) { throw .notRegular(kind) }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .vanished }
            if errno == ELOOP { throw .notRegular("symbolic link") }
            throw .unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        if let kind = kind(info.st_mode) { throw .notRegular(kind) }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }  // Truncated while reading: take what is there.
            filled += count
        }
        bytes.removeLast(size - filled)
        return Content(bytes: bytes, modificationDate: utcDay(seconds: Int(info.st_mtim.tv_sec)))
    }

    /// The UTC calendar day of a Unix time.
    static func utcDay(seconds: Int) -> CalendarDate {
        CalendarDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    private static func kind(_ mode: mode_t) -> String? {
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
