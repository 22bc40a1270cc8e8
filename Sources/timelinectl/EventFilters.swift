import ArgumentParser
import TimelineWire

/// The filters `events` and `export` take: a date range, words, a document.
struct EventFilters: ParsableArguments {
    @Option(help: ArgumentHelp("Only events that end after this date (inclusive start).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that start before this date (exclusive end).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only events whose text matches these words.", valueName: "words"))
    var match: String?

    @Option(help: ArgumentHelp("Only events from this document.", valueName: "id"))
    var doc: Int64?

    /// Every matching event, following the cursor through all pages.
    func allEvents(_ connection: DaemonConnection) throws(ToolError) -> [EventRecord] {
        var events: [EventRecord] = []
        var cursor: String?
        repeat {
            let page = try connection.events(
                from: from, to: to, match: match, document: doc, limit: 1000, cursor: cursor)
            events += page.events
            cursor = page.nextCursor
        } while cursor != nil
        return events
    }
}
