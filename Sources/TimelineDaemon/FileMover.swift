import Foundation

/// Moves finished files out of the inbox, never overwriting what is already there.
struct FileMover: Sendable {
    let processed: String
    let failed: String

    /// Moves `path` into `processed/`; returns where it went.
    func markProcessed(_ path: String) throws -> String {
        try move(path, into: processed)
    }

    /// Moves `path` into `failed/` and writes `NAME.error` beside it saying why.
    func markFailed(_ path: String, reason: String) throws -> String {
        let target = try move(path, into: failed)
        let note = "\(reason)\n"
        try Data(note.utf8).write(to: URL(fileURLWithPath: target + ".error"))
        return target
    }

    /// Renames into `folder` under the same name, or `NAME.1`, `NAME.2`… (before the extension) if taken.
    private func move(_ path: String, into folder: String) throws -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var attempt = 0
        while true {
            let candidate = attempt == 0 ? name : (ext.isEmpty ? "\(stem).\(attempt)" : "\(stem).\(attempt).\(ext)")
            let target = (folder as NSString).appendingPathComponent(candidate)
            // link + unlink would be atomic against a concurrent writer; a plain rename with an existence
            // check is enough here because only this daemon writes into processed/ and failed/.
            var info = stat()
            if lstat(target, &info) != 0 && errno == ENOENT {
                guard rename(path, target) == 0 else { throw POSIXFailure("rename \(path) → \(target)", errno: errno) }
                return target
            }
            attempt += 1
        }
    }
}
