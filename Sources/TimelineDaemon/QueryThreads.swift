import Foundation
import NIOPosix

/// Threads of their own for the API's store reads, one per core.
///
/// A query blocks its thread for milliseconds (SQLite, then writing the page). On Swift's cooperative pool
/// (one thread per core) 64 clients' queries would queue the ingester's every `await` behind them: under
/// load a dropped document then took about a second per hop, and 100 documents/s piled up in the inbox.
/// Here the cooperative threads only parse and write HTTP and run the ingester; the kernel shares the
/// cores between them and these threads.
enum QueryThreads {
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: ProcessInfo.processInfo.activeProcessorCount)
        pool.start()
        return pool
    }()

    /// Runs `body` on one of the threads and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }
}
