import Logging
import TimelineStore
import TimelineWire

/// Builds the daemon's health figures, for `GET /v1/health` and systemd's `STATUS=`.
public struct StatusReporter: Sendable {
    let store: TimelineStore
    let queue: IngestQueue
    let ingester: Ingester
    let broadcaster: EventBroadcaster
    let notifier = StatusNotifier()

    /// The health figures. The counts are read on a query thread: with one reading connection per query thread,
    /// waiting for one there never blocks an HTTP event loop (which serves other connections) or the ingester.
    public func health() async throws -> Health {
        let counts = try await QueryThreads.run { [store] in try store.counts() }
        let counters = await ingester.counters
        let paused = notifier.paused
        var health = Health(
            status: paused == nil ? "ok" : "paused", version: TimelineVersion.current, counts: counts,
            pending: queue.count, failed: counters.failed, followers: broadcaster.followerCount)
        health.reason = paused
        return health
    }

    /// Marks ingestion paused for `reason` (the disk is full or failing), or running again with `nil`.
    func pause(_ reason: String?) async {
        notifier.paused = reason
        await report(force: true)
    }

    /// Sends `STATUS=` with the counts to systemd (without ever waiting for it), at most once a second
    /// unless `force` (the queue has drained, the daemon is ready).
    public func report(force: Bool = false) async {
        guard notifier.isDue(force: force), let health = try? await health() else { return }
        notifier.post(
            (health.reason.map { "paused: \($0); " } ?? "")
                + "\(health.counts.documents) documents, \(health.counts.events) events, "
                + "\(health.pending) pending, \(health.failed) failed")
    }
}
