import ArgumentParser
import TimelineWire

/// How `events` prints.
enum EventFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, ndjson, csv, timeline, ics
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

    @OptionGroup var filters: EventFilters

    @Option(help: "Events per page (per request with --all).")
    var limit = 100

    @Flag(help: "Fetch every page, following the cursor to the end.")
    var all = false

    @Option(help: "Output format: table, json (array), ndjson (one event per line), csv, timeline or ics.")
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
                from: filters.from, to: filters.to, match: filters.match, document: filters.doc, limit: limit,
                cursor: cursor)
            cursor = page.nextCursor
            switch format {
            case .table, .json, .timeline, .ics: events += page.events  // Laid out as a whole.
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
        case .timeline, .ics:
            EventViews.print(events, as: format)
            if cursor != nil { Output.note("(more events: pass --all, or a larger --limit)") }
        }
    }

    /// Prints events as CSV records, after the header row when `header` is set.
    private func printCSV(_ events: [EventRecord], header: Bool) {
        var text = header ? CSVWriter.record(EventTable.csvHeader) : ""
        for event in events { text += CSVWriter.record(EventTable.csvRecord(event)) }
        print(text, terminator: "")
    }
}
