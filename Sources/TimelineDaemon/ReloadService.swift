import Logging
import ServiceLifecycle
import UnixSignals

/// Rereads the config file on `SIGHUP`: the log level and the document size limit change at once;
/// paths and the socket need a restart (said in the log when they differ).
struct ReloadService: Service {
    let source: ConfigSource
    let level: SharedLogLevel
    let ingester: Ingester
    let logger: Logger
    /// Opened once the SIGHUP handler is in place.
    let armed = Gate()

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await armed.open()
        let initial = try source.load()
        for await _ in signals.cancelOnGracefulShutdown() {
            Systemd.notify("RELOADING=1")
            do {
                let config = try source.load()
                level.value = config.logLevel
                await ingester.apply(config)
                var fixed = config
                fixed.logLevel = initial.logLevel
                fixed.maxDocumentBytes = initial.maxDocumentBytes
                fixed.maxDocumentsPerFile = initial.maxDocumentsPerFile
                fixed.publicationDateEvents = initial.publicationDateEvents
                if fixed != initial { logger.warning("config paths or socket changed: they take effect at restart") }
                logger.info("config reloaded", metadata: ["log_level": "\(config.logLevel)"])
            } catch {
                logger.error("config reload failed, keeping the old settings: \(error)")
            }
            Systemd.notify("READY=1")
        }
    }
}

/// A one-way gate: `wait` returns once `open` has been called.
actor Gate {
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func open() {
        isOpen = true
        for waiter in waiters { waiter.resume() }
        waiters.removeAll()
    }

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiters.append($0) }
    }
}
