import GRDB
import Glibc
import Synchronization

/// A reading connection of its own for each thread that reads pages (`TimelineStore(threadReaders: true)`).
///
/// The daemon reads pages on a fixed set of query threads. Handing each read a connection of GRDB's reader
/// pool (a semaphore, a lock, and a key path built at run time) was 2.5-3% of those threads' samples under
/// load; here a thread looks up its own connection, opened on its first read with the pool readers' settings
/// (read-only, `TimelineStore.tune`), and keeps it until the store is released, which closes them all.
///
/// Connections are found by thread id: a thread that ends leaves its connection to the next thread given the
/// same id (never two threads at once), so there are at most as many as threads alive at once.
final class ThreadReaders: Sendable {
    private let path: String
    private let configuration: Configuration
    private let connections = Mutex<[pthread_t: DatabaseQueue]>([:])

    /// Connections to `path` opened with `configuration`, made read-only.
    init(path: String, configuration: Configuration) {
        self.path = path
        var configuration = configuration
        configuration.readonly = true
        // As GRDB's pool readers: wait out the rare SQLITE_BUSY a WAL reader can meet (a recovery, say).
        configuration.busyMode = .timeout(10)
        configuration.label = "TimelineStore.thread"
        self.configuration = configuration
    }

    /// Runs `body` on the calling thread's connection, without a transaction: each statement reads its own
    /// snapshot, as `DatabasePool.unsafeRead` does. The store's schema is migrated before any read, so the
    /// connection's schema cache is never stale.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try connection().unsafeRead(body)
    }

    /// How many connections are open.
    var count: Int { connections.withLock { $0.count } }

    private func connection() throws -> DatabaseQueue {
        let thread = pthread_self()
        if let connection = connections.withLock({ $0[thread] }) { return connection }
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        connections.withLock { $0[thread] = connection }
        return connection
    }
}
