import ArgumentParser
import TimelineWire

/// `timelinectl status`: the daemon's health; exits 1 if it cannot be reached.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show whether timelined is up, its version, what it stores and what is pending.",
        discussion: """
            While ingestion is paused (the disk is full or failing) the status is `paused` and a `paused:` line says \
            why. Exits 1 if the daemon cannot be reached, 0 otherwise (paused included).
            """)

    @OptionGroup var daemon: DaemonOptions

    @Option(help: "Output format: table or json.")
    var format = DetailFormat.table

    func run() throws {
        let path = daemon.socketPath
        let health = try DaemonConnection(socketPath: path).health()
        switch format {
        case .json:
            Output.line(Output.json(health, pretty: true))
        case .table:
            let counts = health.counts
            Output.line("timelined \(health.version): \(health.status) (socket \(path))")
            Output.line(
                "stored:    \(counts.documents) documents, \(counts.timexes) time expressions, \(counts.events) events")
            Output.line("inbox:     \(health.pending) pending, \(health.failed) failed since start-up")
            if health.status == "paused" {
                Output.line(
                    "paused:    \(health.reason ?? "no reason given"); ingestion retries by itself, nothing is lost")
            }
        }
    }
}
