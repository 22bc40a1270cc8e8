import Synchronization
import TimelineWire

/// Hands every newly stored event to the clients following the timeline.
public final class EventBroadcaster: Sendable {
    private struct State {
        var nextID = 0
        var followers: [Int: AsyncStream<EventRecord>.Continuation] = [:]
        var closed = false
    }

    private let state = Mutex(State())

    public init() {}

    /// A stream of the events stored from now on. It ends when the daemon shuts down.
    public func follow() -> AsyncStream<EventRecord> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: EventRecord.self, bufferingPolicy: .bufferingNewest(10_000))
        let id: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            defer { state.nextID += 1 }
            state.followers[state.nextID] = continuation
            return state.nextID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.followers.removeValue(forKey: id) }
        }
        return stream
    }

    public func publish(_ events: [EventRecord]) {
        let followers = state.withLock { Array($0.followers.values) }
        for follower in followers {
            for event in events { follower.yield(event) }
        }
    }

    public var followerCount: Int { state.withLock { $0.followers.count } }

    /// Ends every follow stream; new ones end at once.
    public func close() {
        let followers = state.withLock { state in
            state.closed = true
            defer { state.followers.removeAll() }
            return Array(state.followers.values)
        }
        for follower in followers { follower.finish() }
    }
}
