import CSystemd
import Foundation

/// The daemon's side of the systemd protocols, through libsystemd.
///
/// Every call is a no-op when the daemon was not started by systemd (no `NOTIFY_SOCKET`, `LISTEN_FDS`,
/// `WATCHDOG_USEC`), so the same binary runs by hand.
public enum Systemd {
    /// Sends a state change (`READY=1`, `STATUS=…`, `STOPPING=1`, `WATCHDOG=1`, `RELOADING=1`).
    @discardableResult
    public static func notify(_ state: String) -> Bool {
        sd_notify(0, state) > 0
    }

    /// How often to send `WATCHDOG=1` (half of `WatchdogSec`), or `nil` when the watchdog is off.
    public static func watchdogInterval() -> Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(usec / 2))
    }

    /// The listening socket passed by socket activation, if any.
    public static func inheritedSocket() -> Int32? {
        let count = sd_listen_fds(1)
        guard count >= 1 else { return nil }
        return SD_LISTEN_FDS_START
    }

    /// Whether stderr is connected to the journal (so logs should go there with structured fields).
    public static var loggingToJournal: Bool {
        guard let stream = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] else { return false }
        var info = stat()
        guard fstat(2, &info) == 0 else { return false }
        return stream == "\(info.st_dev):\(info.st_ino)"
    }
}
