import ArgumentParser
import TimelineWire

/// How `follow` prints.
enum FollowFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case timeline, table, ndjson
}

/// `timelinectl follow`: prints events as the daemon stores them, until interrupted.
struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Stream events as they are stored (Ctrl-C to stop).")

    @OptionGroup var daemon: DaemonOptions

    @Option(
        help: """
            Output format: timeline (one readable line per event, as events --format timeline writes them), \
            table (one row per event) or ndjson (the daemon's lines as they come).
            """)
    var format = FollowFormat.timeline

    func run() throws {
        let table = EventTable.streamingFormatter
        let widths = table.streamingWidths()
        let timeline = EventViews.timeline
        try daemon.connection().follow(
            onStart: {
                guard format == .table else { return }
                Output.line(table.line(table.columns.map(\.title), widths: widths))
                Output.flush()
            },
            onEvent: { line, event throws(ToolError) in
                switch format {
                case .timeline: Output.line(timeline.line(event, dateWidth: 24))
                case .table: Output.line(table.line(EventTable.row(event), widths: widths))
                case .ndjson: Output.line(line)
                }
                Output.flush()
            })
        Output.note("timelinectl: timelined ended the stream")
    }
}
