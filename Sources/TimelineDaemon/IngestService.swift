import Logging
import ServiceLifecycle

/// Runs the inbox: the start-up scan, the inotify watcher, and the ingest loop.
///
/// On graceful shutdown the document in hand is finished, then the loop stops. A file that changed while it
/// was read is queued again after a short delay.
public struct IngestService: Service {
    let watcher: InboxWatcher
    let queue: IngestQueue
    let ingester: Ingester
    let status: StatusReporter
    let logger: Logger
    /// How often a paused ingest tries again.
    var storageRetry: Duration = .seconds(2)

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
        for await name in queue.names.cancelOnGracefulShutdown() {
            let drainedAfterOverflow = queue.take(name)
            var outcome = await ingester.processFile(named: name)
            if case .paused(let reason) = outcome {
                outcome = await waitForStorage(retrying: name, reason: reason)
            }
            if case .retry(let delay) = outcome {
                // Still being written: look again shortly, without holding up the files behind it.
                Task {
                    try? await Task.sleep(for: .seconds(delay))
                    queue.add(name)
                }
            }
            if drainedAfterOverflow {
                queue.refill { InboxWatcher.listing(of: folder) }
                logger.debug("queue drained after more files than it holds; listed the inbox again")
            }
            await ingester.syncFolders(force: queue.count == 0)
            await status.report(force: queue.count == 0)
        }
        await ingester.syncFolders(force: true)
    }

    /// Holds the inbox while the disk is full or failing: says so (log, `STATUS=`, `/v1/health`), tries the same
    /// file again every `storageRetry`, and resumes when it goes through (or on shutdown, leaving it in the inbox).
    private func waitForStorage(retrying name: FileName, reason: String) async -> Ingester.FileOutcome {
        var outcome = Ingester.FileOutcome.paused(reason: reason)
        var tries = 1
        while case .paused(let reason) = outcome {
            if tries == 1 {
                logger.error(
                    "ingestion paused: \(reason); nothing is moved or lost, trying again every \(storageRetry)")
            }
            await status.pause(reason)
            try? await Task.sleep(for: storageRetry)
            if Task.isShuttingDownGracefully { return outcome }
            outcome = await ingester.processFile(named: name)
            tries += 1
        }
        logger.notice("ingestion resumed after \(tries) tries: the store accepts writes again")
        await status.pause(nil)
        return outcome
    }
}
