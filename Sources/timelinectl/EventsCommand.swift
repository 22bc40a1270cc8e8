import ArgumentParser
import TimelineWire

/// How `events` prints.
enum EventFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, ndjson, csv
}

/// `timelinectl events`: lists stored events, filtered by time, words and document.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List dated events.",
        discussion: """
            Events whose time overlaps [--from, --to). Dates may be partial: 2021, 2021-08, 2021-08-15. \
            Without --all, prints one page of at most --limit events.
            """)

    @OptionGroup var daemon: DaemonOptions

    @Option(help: ArgumentHelp("Only events that end after this date (inclusive start).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that start before this date (exclusive end).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only events whose text matches these words.", valueName: "words"))
    var match: String?

    @Option(help: ArgumentHelp("Only events from this document.", valueName: "id"))
    var doc: Int64?

    @Option(help: "Events per page (per request with --all).")
    var limit = 100

    @Flag(help: "Fetch every page, following the cursor to the end.")
    var all = false

    @Option(help: "Output format: table, json (array), ndjson (one event per line) or csv.")
    var format = EventFormat.table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number.") }
    }

    func run() throws {
        let connection = daemon.connection()
        var events: [EventRecord] = []
        var cursor: String?
        var firstPage = true
        repeat {
            let page = try connection.events(
                from: from, to: to, match: match, document: doc, limit: limit, cursor: cursor)
            cursor = page.nextCursor
            switch format {
            case .table, .json: events += page.events  // Laid out as a whole.
            case .ndjson: Output.lines(page.events.map { Output.json($0, pretty: false) })
            case .csv: printCSV(page.events, header: firstPage)
            }
            firstPage = false
        } while all && cursor != nil
        switch format {
        case .table:
            if events.isEmpty {
                Output.note("No events.")
            } else {
                Output.lines(EventTable.formatter.render(events.map(EventTable.row)))
            }
            if cursor != nil { Output.note("(more events: pass --all, or a larger --limit)") }
        case .json:
            Output.line(Output.json(events, pretty: true))
        case .ndjson, .csv:
            break
        }
    }

    /// Prints events as CSV records, after the header row when `header` is set.
    private func printCSV(_ events: [EventRecord], header: Bool) {
        var text = header ? CSVWriter.record(EventTable.csvHeader) : ""
        for event in events { text += CSVWriter.record(EventTable.csvRecord(event)) }
        print(text, terminator: "")
    }
}
