import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import TimelineViews

/// `timelinectl serve`: the timeline as a web page on a local port, read from the daemon's socket.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the timeline as a web page on a local address (Ctrl-C to stop).",
        discussion: """
            The page and everything it needs come from this program; its data comes from timelined's socket \
            through a read-only proxy (events, documents, health). Listens on 127.0.0.1:8080 unless --listen \
            says otherwise (port 0 picks a free port; the address is printed on stderr).
            """)

    @OptionGroup var daemon: DaemonOptions

    @Option(help: ArgumentHelp("Address to listen on, HOST:PORT.", valueName: "host:port"))
    var listen = "127.0.0.1:8080"

    func validate() throws {
        guard ListenAddress(listen) != nil else {
            throw ValidationError(
                "--listen must be HOST:PORT (127.0.0.1:8080, [::1]:8080, 0.0.0.0:80), not \"\(listen)\".")
        }
    }

    func run() throws {
        guard let address = ListenAddress(listen) else { return }
        let proxy = WebProxy(connection: daemon.connection(), address: address)
        var logger = Logger(label: "timelinectl serve")
        logger.logLevel = .warning  // Our own line says where it listens.
        let app = Application(
            router: proxy.router(),
            configuration: .init(address: .hostname(address.host, port: address.port), serverName: "timelinectl"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? address.port
                proxy.boundPort.store(port)
                Output.note("Serving the timeline on http://\(address.urlHost):\(port)/ (Ctrl-C to stop)")
            },
            logger: logger)
        let outcome = BlockingOutcome()
        Task {
            do {
                try await app.runService()
                outcome.finish(nil)
            } catch {
                outcome.finish(error)
            }
        }
        if let error = outcome.wait() {
            throw ToolError(.input, "cannot serve on \(listen): \(error)")
        }
    }
}

/// `HOST:PORT`, `[IPv6]:PORT` or `:PORT` (127.0.0.1).
struct ListenAddress: Sendable {
    var host: String
    var port: Int

    init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host.isEmpty ? "127.0.0.1" : host
        self.port = port
    }

    /// The host as written in a URL (`[::1]`).
    var urlHost: String { host.contains(":") ? "[\(host)]" : host }

    /// Whether only this machine can connect.
    var isLoopback: Bool { host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.") }
}

/// Waits on the calling thread for the server task to end.
final class BlockingOutcome: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var error: (any Error)?

    func finish(_ error: (any Error)?) {
        lock.withLock { self.error = error }
        semaphore.signal()
    }

    func wait() -> (any Error)? {
        semaphore.wait()
        return lock.withLock { error }
    }
}
