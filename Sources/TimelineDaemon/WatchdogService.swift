import ServiceLifecycle

/// Sends `WATCHDOG=1` at half of `WatchdogSec`, but only while the ingester answers: a wedged ingest
/// loop stops the pings and systemd restarts the daemon.
struct WatchdogService: Service {
    let interval: Duration?
    let ingester: Ingester

    func run() async throws {
        guard let interval else {
            try? await gracefulShutdown()
            return
        }
        while !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: interval)
            let alive = await withTaskGroup(of: Bool.self) { group in
                group.addTask {
                    await ingester.heartbeat()
                    return true
                }
                group.addTask {
                    try? await Task.sleep(for: interval)
                    return false
                }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
            if alive { Systemd.notify("WATCHDOG=1") }
        }
    }
}
