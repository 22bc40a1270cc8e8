import Foundation
import Logging
import ServiceLifecycle
import TimelineCore
import TimelineStore
import TimelineWire

/// Where the config comes from: an optional TOML file, then flags over it. Kept so `SIGHUP` can reload.
public struct ConfigSource: Sendable {
    public var file: String?
    public var overrides: @Sendable (inout DaemonConfig) -> Void

    public init(file: String?, overrides: @escaping @Sendable (inout DaemonConfig) -> Void) {
        self.file = file
        self.overrides = overrides
    }

    public func load() throws -> DaemonConfig {
        var config = DaemonConfig()
        if let file { config = try config.merging(tomlFile: file) }
        overrides(&config)
        return config
    }
}

/// The whole daemon: store, inbox, API, systemd glue, run as one service group.
public enum Daemon {
    /// Runs until SIGTERM or SIGINT; returns after a clean shutdown.
    public static func run(source: ConfigSource) async throws {
        // A SIGHUP before its handler is in place would kill the process; ignore it until then.
        signal(SIGHUP, SIG_IGN)
        let config = try source.load()
        let level = SharedLogLevel(config.logLevel)
        LoggingSystem.bootstrapDaemon(level: level)
        let logger = Logger(label: "timelined")

        for folder in [config.inbox, config.processedFolder, config.failedFolder] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(
            atPath: (config.inbox as NSString).appendingPathComponent(".tmp"), withIntermediateDirectories: true)
        // Each query thread reads pages on a connection of its own, whose page cache its queries keep hot. The
        // pool's readers serve the other reads (the counts of health and status, the ingester's duplicate
        // lookups, documents): one-row lookups and short lists.
        let store = try TimelineStore(path: config.database, readers: QueryThreads.count, threadReaders: true)
        let broadcaster = EventBroadcaster()
        let ingester = Ingester(
            store: store, extractor: Extractor(), broadcaster: broadcaster, config: config, logger: logger)
        let queue = IngestQueue()
        let status = StatusReporter(store: store, queue: queue, ingester: ingester, broadcaster: broadcaster)
        let watcher = try InboxWatcher(folder: config.inbox, logger: logger)
        let existing = InboxWatcher.listing(of: config.inbox)
        queue.refill { existing }
        logger.info(
            "timelined \(TimelineVersion.current): inbox \(config.inbox), database \(config.database), \(existing.count) files waiting"
        )

        let routes = APIRoutes(
            store: store, ingester: ingester, broadcaster: broadcaster, status: status,
            maxBodyBytes: config.maxDocumentBytes)
        let listen: APIServer.Listen =
            if let descriptor = Systemd.inheritedSocket() {
                .inherited(descriptor)
            } else {
                .path(config.socket, mode: config.socketMode, group: config.socketGroup)
            }
        let reload = ReloadService(source: source, level: level, ingester: ingester, logger: logger)
        let access = try AccessPolicy.make(
            socketGroup: config.socketGroup, socketPath: config.socket, inherited: Systemd.inheritedSocket() != nil,
            adminGroup: config.adminGroup)
        let server = APIServer(
            listen: listen, routes: routes, limits: APILimits(config), access: access, logger: logger
        ) {
            await reload.armed.wait()
            Systemd.notify("READY=1")
            await status.report(force: true)
            logger.debug("sent READY=1")
        }
        let group = ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: reload),
                    .init(
                        service: IngestService(
                            watcher: watcher, queue: queue, ingester: ingester, status: status, logger: logger)),
                    .init(service: WatchdogService(interval: Systemd.watchdogInterval(), ingester: ingester)),
                    .init(service: server),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
        Systemd.notify("STOPPING=1")
        logger.info("stopped")
    }
}
