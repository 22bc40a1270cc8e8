import Foundation
import Synchronization

/// Moves finished files out of the inbox, never overwriting what is already there.
///
/// Paths are bytes (`RawPath`), so a name that is not UTF-8 moves like any other.
///
/// Durability: a file is moved only after its document's commit is synced (the store's `synchronous=FULL`),
/// so a power loss can never leave it in `processed/` without its rows. The folders touched by moves are synced
/// by `syncFolders()`, which the ingest loop calls when the inbox drains and every 100 moves: a move lost to a
/// power loss before that puts the file back in the inbox, where it is found to be stored already (its
/// SHA-256) and moved again. Nothing is lost or stored twice, and a flood pays one folder sync per batch
/// instead of two per file.
struct FileMover: Sendable {
    let processed: String
    let failed: String
    private let unsynced = Unsynced()

    init(processed: String, failed: String) {
        self.processed = processed
        self.failed = failed
    }

    /// Folders changed by moves since their last sync, and how many moves that was.
    private final class Unsynced: Sendable {
        let state = Mutex<(folders: Set<[UInt8]>, moves: Int)>(([], 0))
    }

    /// How many moves are not yet synced.
    var unsyncedMoves: Int { unsynced.state.withLock { $0.moves } }

    /// Syncs every folder a move has changed since the last call.
    func syncFolders() throws {
        let folders = unsynced.state.withLock { state in
            defer { state = ([], 0) }
            return state.folders
        }
        for folder in folders.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            try Self.sync(folder: RawPath(bytes: folder))
        }
    }

    /// Moves `path` into `processed/`; returns where it went.
    func markProcessed(_ path: RawPath) throws -> RawPath {
        try move(path, into: processed)
    }

    /// Moves `path` into `failed/` and writes `NAME.error` beside it saying why.
    func markFailed(_ path: RawPath, reason: String) throws -> RawPath {
        let target = try move(path, into: failed)
        try write(Array("\(reason)\n".utf8), to: target.appending(".error"))
        return target
    }

    /// `markProcessed` for a path given as text.
    func markProcessed(_ path: String) throws -> String { try markProcessed(RawPath(path)).description }

    /// `markFailed` for a path given as text.
    func markFailed(_ path: String, reason: String) throws -> String {
        try markFailed(RawPath(path), reason: reason).description
    }

    /// Renames into `folder` under the same name, or `NAME.1`, `NAME.2`… (before the extension) if taken.
    private func move(_ path: RawPath, into folder: String) throws -> RawPath {
        let name = path.name.bytes
        let dot = name.lastIndex(of: UInt8(ascii: ".")).flatMap { $0 > 0 ? $0 : nil }
        let stem = dot.map { Array(name[..<$0]) } ?? name
        let ext = dot.map { Array(name[$0...]) } ?? []
        var attempt = 0
        while true {
            let candidate = attempt == 0 ? name : stem + Array(".\(attempt)".utf8) + ext
            let target = RawPath(folder: folder, name: FileName(bytes: candidate))
            // link + unlink would be atomic against a concurrent writer; a plain rename with an existence
            // check is enough here because only this daemon writes into processed/ and failed/.
            var info = stat()
            if target.withCString({ lstat($0, &info) }) != 0 && errno == ENOENT {
                var renamed = path.withCString { from in target.withCString { to in rename(from, to) } }
                if renamed != 0 && errno == ENOENT && access(folder, F_OK) != 0 {
                    // processed/ or failed/ was deleted under the daemon: make it again.
                    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    renamed = path.withCString { from in target.withCString { to in rename(from, to) } }
                }
                guard renamed == 0 else { throw POSIXFailure("rename \(path) → \(target)", errno: errno) }
                unsynced.state.withLock { state in
                    state.folders.formUnion([Array(folder.utf8), path.folder.bytes])
                    state.moves += 1
                }
                return target
            }
            attempt += 1
        }
    }

    /// Writes the file whole under a hidden temporary name, then renames it into place, so that whoever
    /// sees `NAME.error` appear also sees its content.
    private func write(_ bytes: [UInt8], to path: RawPath) throws {
        let folder = path.bytes.lastIndex(of: UInt8(ascii: "/")).map { Array(path.bytes[...$0]) } ?? []
        let staging = RawPath(bytes: folder + Array(".".utf8) + path.name.bytes + Array(".tmp".utf8))
        let descriptor = staging.withCString {
            open($0, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw POSIXFailure("open \(staging)", errno: errno) }
        let written = bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) })
        let synced = written == bytes.count ? fsync(descriptor) : -1
        let error = errno
        close(descriptor)
        guard written == bytes.count, synced == 0 else { throw POSIXFailure("write \(staging)", errno: error) }
        let renamed = staging.withCString { from in path.withCString { to in rename(from, to) } }
        guard renamed == 0 else { throw POSIXFailure("rename \(staging) → \(path)", errno: errno) }
        try Self.sync(folder: path.folder)
    }

    /// Flushes a folder's entries to disk, so that a rename into or out of it survives a power loss.
    static func sync(folder: RawPath) throws {
        let descriptor = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFailure("open \(folder)", errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXFailure("fsync \(folder)", errno: errno) }
    }
}
