import Synchronization

/// The names of inbox files waiting to be processed, each at most once, at most `capacity` at a time.
///
/// The inbox itself is the durable queue: this only orders the work the watcher reports. When more files
/// are ready than fit, the extra names are dropped and the queue remembers to list the inbox again once it
/// has drained, so a flood of files costs bounded memory and none is lost.
public final class IngestQueue: Sendable {
    private struct State {
        var waiting: Set<FileName> = []
        var mustRescan = false
    }

    public let capacity: Int
    private let state = Mutex(State())
    private let continuation: AsyncStream<FileName>.Continuation
    /// Names in the order they became ready.
    public let names: AsyncStream<FileName>

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
        (names, continuation) = AsyncStream.makeStream(of: FileName.self)
    }

    /// Queues `name` unless it is already waiting; if the queue is full, asks for a rescan instead.
    public func add(_ name: FileName) {
        let isNew = state.withLock { state in
            guard state.waiting.count < capacity else {
                state.mustRescan = true
                return false
            }
            return state.waiting.insert(name).inserted
        }
        if isNew { continuation.yield(name) }
    }

    /// Queues what `listing` returns (the inbox's files, sorted), as far as there is room.
    public func refill(from listing: () -> [FileName]) {
        state.withLock { $0.mustRescan = false }
        for name in listing() { add(name) }
    }

    /// Marks `name` as taken off the queue, so a later drop under the same name is queued again.
    /// - Returns: whether the queue is now empty and names were dropped since the last refill.
    @discardableResult
    public func take(_ name: FileName) -> Bool {
        state.withLock { state in
            state.waiting.remove(name)
            return state.waiting.isEmpty && state.mustRescan
        }
    }

    public var count: Int { state.withLock { $0.waiting.count } }
}
