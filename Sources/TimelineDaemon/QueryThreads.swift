import Foundation
import NIOPosix

/// Threads of their own for the API's store reads, one per core.
///
/// A query blocks its thread for milliseconds (SQLite, then writing the page). On Swift's cooperative pool
/// (one thread per core) 64 clients' queries would queue the ingester's every `await` behind them: under
/// load a dropped document then took about a second per hop, and 100 documents/s piled up in the inbox.
/// Here the cooperative threads only parse and write HTTP and run the ingester; the kernel shares the
/// cores between them and these threads.
///
/// These threads run at a lower priority (`nice` +`niceness`): with the cores busy answering queries, the
/// ingester at equal priority got about a sixth of them and stored 45 documents/s while 100/s were dropped
/// (it stores about 100/s or more when idle). Queries still get every cycle the ingester leaves.
enum QueryThreads {
    static let niceness: Int32 = 10

    /// How many threads: one per core. The store has as many reading connections (`TimelineStore(readers:)`).
    static let count = ProcessInfo.processInfo.activeProcessorCount

    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: count)
        pool.start()
        return pool
    }()

    /// Runs `body` on one of the threads and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive {
            if lowered.currentValue == nil {
                // `who` 0 is the calling thread (Linux keeps a nice value per thread); a failure (a system-call
                // filter, say) leaves the priority as it was.
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
                lowered.currentValue = Lowered()
            }
            return try body()
        }
    }

    /// Set on a thread once its priority is lowered: one system call per thread, not one per query.
    private static let lowered = ThreadSpecificVariable<Lowered>()
    private final class Lowered: Sendable {}
}
