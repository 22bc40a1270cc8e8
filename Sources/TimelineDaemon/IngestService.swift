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
            if case .retry(let delay) = await ingester.processFile(named: name) {
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
            await status.report(force: queue.count == 0)
        }
    }
}
