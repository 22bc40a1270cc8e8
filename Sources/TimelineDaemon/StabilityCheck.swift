import Foundation

/// What `fstat` says about an open file, enough to tell whether it changed while it was read.
struct FileStamp: Equatable, Sendable {
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    /// Hard links to the file; 0 once every name is gone (deleted while open).
    var links: Int

    init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int = 0, links: Int = 1) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.links = links
    }

    init(_ info: stat) {
        self.init(
            size: Int(info.st_size), modifiedSeconds: Int(info.st_mtim.tv_sec),
            modifiedNanoseconds: Int(info.st_mtim.tv_nsec), links: Int(info.st_nlink))
    }
}

/// Decides what to do with a file from its stamps before and after reading it: keep what was read, try again
/// a little later (its writer is still at work), or give up.
struct StabilityCheck: Sendable {
    enum Verdict: Equatable, Sendable {
        /// Size and modification time held still: the bytes read are the file.
        case stable
        /// Deleted while it was read: nothing to store or move.
        case vanished
        /// It changed: read it again after `delay` seconds.
        case retry(delay: Double)
        /// It changed on every one of `maxAttempts` reads.
        case fail(String)
    }

    /// How many reads a file gets before it is failed.
    var maxAttempts = 5
    /// Seconds between reads of a file that changed.
    var delay = 0.2

    static let keptChanging = "kept changing while being read"

    /// The verdict on read number `attempt` (1 for the first) of a file stamped `before` and `after` the read,
    /// of which `bytesRead` bytes were read.
    func verdict(before: FileStamp, after: FileStamp, bytesRead: Int, attempt: Int) -> Verdict {
        if after.links == 0 { return .vanished }
        let still =
            before.size == after.size && bytesRead == after.size && before.modifiedSeconds == after.modifiedSeconds
            && before.modifiedNanoseconds == after.modifiedNanoseconds
        if still { return .stable }
        return attempt < maxAttempts ? .retry(delay: delay) : .fail(Self.keptChanging)
    }
}
