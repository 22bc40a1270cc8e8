import Synchronization

/// The names of inbox files waiting to be processed, each at most once in the queue.
///
/// The inbox itself is the durable queue: this only orders the work the watcher reports.
public final class IngestQueue: Sendable {
    private struct State {
        var waiting: Set<String> = []
    }

    private let state = Mutex(State())
    private let continuation: AsyncStream<String>.Continuation
    /// Names in the order they became ready.
    public let names: AsyncStream<String>

    public init() {
        (names, continuation) = AsyncStream.makeStream(of: String.self)
    }

    /// Queues `name` unless it is already waiting.
    public func add(_ name: String) {
        let isNew = state.withLock { $0.waiting.insert(name).inserted }
        if isNew { continuation.yield(name) }
    }

    /// Marks `name` as taken off the queue, so a later drop under the same name is queued again.
    public func take(_ name: String) {
        _ = state.withLock { $0.waiting.remove(name) }
    }

    public var count: Int { state.withLock { $0.waiting.count } }

    public func finish() { continuation.finish() }
}
