import Foundation
import Synchronization

/// Sends `STATUS=` lines to systemd from a thread of its own, latest first, at most five a second.
///
/// `sd_notify` blocks while the receiving socket's queue is full; the ingest loop must never wait on it.
/// Only the newest status matters, so one slot is enough: a status set while another is being sent
/// replaces whatever was waiting.
final class StatusNotifier: Sendable {
    private let latest = Mutex<String?>(nil)
    private let wake = DispatchSemaphore(value: 0)
    private let stop = StopFlag()
    /// When counts were last taken for a status: counting is a scan, so during a flood it is done at most
    /// once a second rather than after every document.
    private let lastTaken = Mutex<ContinuousClock.Instant?>(nil)
    private let pausedReason = Mutex<String?>(nil)

    /// Why ingestion is paused, or `nil` while it runs.
    var paused: String? {
        get { pausedReason.withLock { $0 } }
        set { pausedReason.withLock { $0 = newValue } }
    }

    init() {
        let thread = Thread { [self] in sendLoop() }
        thread.name = "status-notifier"
        thread.start()
    }

    /// Whether a new status is worth computing now: a second has passed since the last, or `force`.
    func isDue(force: Bool) -> Bool {
        let now = ContinuousClock.now
        return lastTaken.withLock { last in
            guard force || last.map({ now - $0 >= .seconds(1) }) ?? true else { return false }
            last = now
            return true
        }
    }

    /// Replaces the status waiting to be sent.
    func post(_ status: String) {
        let wasEmpty = latest.withLock { slot in
            defer { slot = status }
            return slot == nil
        }
        if wasEmpty { wake.signal() }
    }

    func close() {
        stop.set()
        wake.signal()
    }

    private func sendLoop() {
        while !stop.isSet {
            wake.wait()
            guard
                let status = latest.withLock({ slot in
                    defer { slot = nil }
                    return slot
                })
            else { continue }
            Systemd.notify("STATUS=\(status)")
            Thread.sleep(forTimeInterval: 0.2)
        }
    }
}
