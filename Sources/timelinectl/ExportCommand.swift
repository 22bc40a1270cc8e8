import ArgumentParser
import Foundation
import TimelineViews
import TimelineWire

/// What `export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case timeline, ics, csv, ndjson, json, html, timeml
}

/// `timelinectl export`: every matching event (all pages) in a file format other tools read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every matching event as a timeline, iCalendar, CSV, NDJSON, JSON, HTML or TimeML.",
        discussion: """
            Fetches every page. ics is iCalendar (RFC 5545; imprecise dates as all-day spans). html is the \
            web view of `serve` as one self-contained file with the events and their documents inlined. timeml \
            writes one TimeML file per document (TIMEX3, EVENT, TLINK): with --doc to stdout, else into the \
            folder given by --output.
            """)

    @OptionGroup var daemon: DaemonOptions
    @OptionGroup var filters: EventFilters

    @Option(help: "Output format: timeline, ics, csv, ndjson, json, html or timeml.")
    var format = ExportFormat.ics

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write here instead of stdout (a folder for timeml without --doc).", valueName: "path"))
    var output: String?

    func validate() throws {
        if format == .timeml, filters.doc == nil {
            guard output != nil else { throw ValidationError("--format timeml needs --doc ID, or --output FOLDER.") }
            guard filters.from == nil, filters.to == nil, filters.match == nil else {
                throw ValidationError("--format timeml exports whole documents: use --doc, not --from/--to/--match.")
            }
        }
    }

    func run() throws {
        let connection = daemon.connection()
        if format == .timeml {
            try exportTimeML(connection)
            return
        }
        let events = try filters.allEvents(connection)
        let text: String
        switch format {
        case .timeline:
            let lines = TimelineText(color: output == nil && Terminal.useColor(), width: Terminal.width())
                .render(events)
            text = lines.map { $0 + "\n" }.joined()
        case .ics: text = ICalendar(stamp: Self.utcStamp()).render(events)
        case .csv: text = ([EventTable.csvHeader] + events.map(EventTable.csvRecord)).map(CSVWriter.record).joined()
        case .ndjson: text = events.map { Output.json($0, pretty: false) + "\n" }.joined()
        case .json: text = Output.json(events, pretty: true) + "\n"
        case .html: text = try TimelinePageData.html(events: events, connection: connection)
        case .timeml: return
        }
        try write(text, to: output)
    }

    /// `--doc` to stdout (or `--output` as a file); else every document into the `--output` folder as `NAME.tml`.
    private func exportTimeML(_ connection: DaemonConnection) throws {
        if let id = filters.doc {
            try write(TimeMLWriter.render(try connection.document(id: id)), to: output)
            return
        }
        guard let folder = output else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ToolError(.input, "\(folder): cannot create the folder: \(error.localizedDescription)")
        }
        var cursor: String?
        var count = 0
        repeat {
            let page = try connection.documents(limit: 1000, cursor: cursor)
            for document in page.documents {
                let path = folder + "/" + Self.timeMLName(document.name)
                try write(TimeMLWriter.render(try connection.document(id: document.id)), to: path)
                count += 1
            }
            cursor = page.nextCursor
        } while cursor != nil
        Output.note("\(count) document\(count == 1 ? "" : "s") written to \(folder)")
    }

    /// `lavrov.txt` → `lavrov.tml`; `feed.ndjson#2` → `feed.ndjson_2.tml`; no `/` survives.
    static func timeMLName(_ name: String) -> String {
        var base = name
        for ext in [".txt", ".tml", ".xml", ".md", ".html", ".htm", ".eml"] where base.lowercased().hasSuffix(ext) {
            base = String(base.dropLast(ext.count))
        }
        let safe = String(base.map { $0 == "/" || $0 == "#" || $0 == "\0" ? "_" : $0 })
        return (safe.hasPrefix(".") ? "_" + safe : safe) + ".tml"
    }

    private func write(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw ToolError(.input, "\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// Now, UTC, as iCalendar writes it: `20260130T012700Z`.
    static func utcStamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }
}
