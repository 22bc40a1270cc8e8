import Logging
import ServiceLifecycle

/// Runs the inbox: the start-up scan, the inotify watcher, and the ingest loop.
///
/// Whatever files are waiting when the loop comes round (up to `batchSize`) are stored in one transaction,
/// so a lone file is stored at once and a backlog costs one commit per batch, not per file.
/// On graceful shutdown the batch in hand is finished, then the loop stops. A file that changed while it
/// was read is queued again after a short delay.
public struct IngestService: Service {
    let watcher: InboxWatcher
    let queue: IngestQueue
    let ingester: Ingester
    let status: StatusReporter
    let logger: Logger
    /// How often a paused ingest tries again.
    var storageRetry: Duration = .seconds(2)
    /// At most this many waiting files are stored in one transaction (one commit, one sync of the log).
    var batchSize = 64

    public func run() async throws {
        let stop = StopFlag()
        let queue = self.queue
        let folder = watcher.folder
        let logger = self.logger
        watcher.run(stop: stop) { name in
            if let name {
                queue.add(name)
            } else {
                logger.warning("inotify queue overflowed; rescanning the inbox")
                queue.refill { InboxWatcher.listing(of: folder) }
            }
        }
        defer { stop.set() }
        let batchSize = self.batchSize
        while let batch = await cancelWhenGracefulShutdown({ await queue.next(max: batchSize) }) {
            var outcomes = await ingester.processFiles(named: batch.names)
            if case .paused(let reason) = outcomes.first(where: \.isPaused) {
                outcomes = await waitForStorage(retrying: batch.names, reason: reason)
            }
            for (name, outcome) in zip(batch.names, outcomes) {
                guard case .retry(let delay) = outcome else { continue }
                // Still being written: look again shortly, without holding up the files behind it.
                Task {
                    try? await Task.sleep(for: .seconds(delay))
                    queue.add(name)
                }
            }
            if batch.mustRescan {
                queue.refill { InboxWatcher.listing(of: folder) }
                logger.debug("queue drained after more files than it holds; listed the inbox again")
            }
            queue.done()
            await ingester.syncFolders(force: queue.count == 0)
            await status.report(force: queue.count == 0)
        }
        await ingester.syncFolders(force: true)
    }

    /// Holds the inbox while the disk is full or failing: says so (log, `STATUS=`, `/v1/health`), tries the same
    /// files again every `storageRetry`, and resumes when they go through (or on shutdown, leaving them in the inbox).
    private func waitForStorage(retrying names: [FileName], reason: String) async -> [Ingester.FileOutcome] {
        var outcomes: [Ingester.FileOutcome] = []
        var reason = reason
        var tries = 1
        repeat {
            if tries == 1 {
                logger.error(
                    "ingestion paused: \(reason); nothing is moved or lost, trying again every \(storageRetry)")
            }
            await status.pause(reason)
            try? await Task.sleep(for: storageRetry)
            if Task.isShuttingDownGracefully { return names.map { _ in .paused(reason: reason) } }
            outcomes = await ingester.processFiles(named: names)
            tries += 1
            if case .paused(let again) = outcomes.first(where: \.isPaused) { reason = again } else { break }
        } while true
        logger.notice("ingestion resumed after \(tries) tries: the store accepts writes again")
        await status.pause(nil)
        return outcomes
    }
}

extension Ingester.FileOutcome {
    var isPaused: Bool {
        if case .paused = self { true } else { false }
    }
}
