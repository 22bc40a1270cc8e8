import ArgumentParser
import Foundation
import TimelineDaemon
import TimelineWire

/// `timelined`: watches an inbox, extracts dated events, stores them, serves them on a Unix socket.
@main
struct Timelined: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timelined",
        abstract: "Turn documents dropped in an inbox into a queryable timeline of dated events.",
        discussion: """
            With no config file and no flags it runs on defaults under ./var/ (var/inbox, var/timelined.sock, \
            var/timeline.sqlite), creating what is missing. Flags override the config file. \
            SIGTERM finishes the document in hand and exits; SIGHUP rereads the config file.
            """,
        version: TimelineVersion.current)

    @Option(help: "TOML config file (see config/timelined.toml).")
    var config: String?
    @Option(help: "Folder to watch for documents.")
    var inbox: String?
    @Option(help: "Unix socket for the API (ignored when systemd passes a socket).")
    var socket: String?
    @Option(help: "SQLite database file.")
    var database: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String?

    func validate() throws {
        if let logLevel {
            do { _ = try DaemonConfig.level(logLevel) } catch { throw ValidationError("\(error)") }
        }
        if let config, !FileManager.default.isReadableFile(atPath: config) {
            throw ValidationError("--config: cannot read \(config)")
        }
    }

    func run() async throws {
        let (inbox, socket, database, logLevel) = (self.inbox, self.socket, self.database, self.logLevel)
        let source = ConfigSource(file: config) { config in
            if let inbox { config.inbox = inbox }
            if let socket { config.socket = socket }
            if let database { config.database = database }
            if let logLevel, let level = try? DaemonConfig.level(logLevel) { config.logLevel = level }
        }
        do {
            try await Daemon.run(source: source)
        } catch {
            FileHandle.standardError.write(Data("timelined: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
