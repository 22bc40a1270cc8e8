import Synchronization

/// The names of inbox files waiting to be processed, each at most once, at most `capacity` at a time.
///
/// The inbox itself is the durable queue: this only orders the work the watcher reports. When more files
/// are ready than fit, the extra names are dropped and the queue remembers to list the inbox again once it
/// has drained, so a flood of files costs bounded memory and none is lost.
public final class IngestQueue: Sendable {
    private struct State {
        /// Names in the order they became ready.
        var order: [FileName] = []
        var waiting: Set<FileName> = []
        /// Names of the batch being processed: taken off, not done yet.
        var inHand = 0
        var mustRescan = false
    }

    /// What `next(max:)` hands out.
    public struct Batch: Sendable {
        /// The oldest waiting names, in the order they became ready.
        public var names: [FileName]
        /// Whether the queue is now empty and names were dropped since the last refill.
        public var mustRescan: Bool
    }

    public let capacity: Int
    private let state = Mutex(State())
    private let continuation: AsyncStream<Void>.Continuation
    /// One element whenever names were added since the last one was consumed.
    private let wakeUps: AsyncStream<Void>

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
        (wakeUps, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Queues `name` unless it is already waiting; if the queue is full, asks for a rescan instead.
    public func add(_ name: FileName) {
        let isNew = state.withLock { state in
            guard state.waiting.count < capacity else {
                state.mustRescan = true
                return false
            }
            guard state.waiting.insert(name).inserted else { return false }
            state.order.append(name)
            return true
        }
        if isNew { continuation.yield() }
    }

    /// Queues what `listing` returns (the inbox's files, sorted), as far as there is room.
    public func refill(from listing: () -> [FileName]) {
        state.withLock { $0.mustRescan = false }
        for name in listing() { add(name) }
    }

    /// Takes up to `max` of the oldest waiting names off the queue, waiting only while none is waiting, so a
    /// name dropped again later is queued again. They count as pending until `done()`. Returns nil when the
    /// task is cancelled.
    public func next(max: Int) async -> Batch? {
        var iterator = wakeUps.makeAsyncIterator()
        while true {
            if let batch = takeWaiting(max: max) { return batch }
            guard await iterator.next() != nil, !Task.isCancelled else { return nil }
        }
    }

    private func takeWaiting(max: Int) -> Batch? {
        state.withLock { state in
            guard !state.order.isEmpty else { return nil }
            let names = Array(state.order.prefix(max))
            state.order.removeFirst(names.count)
            state.waiting.subtract(names)
            state.inHand = names.count
            return Batch(names: names, mustRescan: state.waiting.isEmpty && state.mustRescan)
        }
    }

    /// Says the batch last taken is finished.
    public func done() { state.withLock { $0.inHand = 0 } }

    /// The names waiting and those of the batch in hand.
    public var count: Int { state.withLock { $0.waiting.count + $0.inHand } }
}
