import ArgumentParser
import TimelineWire

/// How `docs`, `doc` and `status` print.
enum DetailFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json
}

/// `timelinectl docs`: lists stored documents, newest first.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List stored documents, newest first.")

    @OptionGroup var daemon: DaemonOptions

    @Option(help: "Documents per page (per request with --all).")
    var limit = 50

    @Flag(help: "Fetch every page, following the cursor to the end.")
    var all = false

    @Option(help: "Output format: table or json (array).")
    var format = DetailFormat.table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number.") }
    }

    func run() throws {
        let connection = daemon.connection()
        var documents: [DocumentRecord] = []
        var cursor: String?
        repeat {
            let page = try connection.documents(limit: limit, cursor: cursor)
            documents += page.documents
            cursor = page.nextCursor
        } while all && cursor != nil
        switch format {
        case .json:
            Output.line(Output.json(documents, pretty: true))
        case .table:
            if documents.isEmpty { Output.note("No documents.") } else { printTable(documents) }
            if cursor != nil { Output.note("(more documents: pass --all, or a larger --limit)") }
        }
    }

    private func printTable(_ documents: [DocumentRecord]) {
        let table = TableFormatter(columns: [
            TableColumn(title: "ID", maxWidth: 8),
            TableColumn(title: "PUBLISHED", maxWidth: 10),
            TableColumn(title: "FROM", maxWidth: 8),
            TableColumn(title: "TIMEXES", maxWidth: 7),
            TableColumn(title: "EVENTS", maxWidth: 6),
            TableColumn(title: "NAME", maxWidth: 40),
            TableColumn(title: "TITLE", flexible: true),
        ])
        let rows = documents.map { document in
            [
                String(document.id), document.published, document.dctSource, String(document.timexCount),
                String(document.eventCount), document.name, document.title ?? "",
            ]
        }
        Output.lines(table.render(rows))
    }
}

/// `timelinectl doc ID`: one document with its time expressions and events.
struct DocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: "Show a document with its time expressions and events.")

    @OptionGroup var daemon: DaemonOptions

    @Argument(help: "The document's id (see `timelinectl docs`).")
    var id: Int64

    @Option(help: "Output format: table or json.")
    var format = DetailFormat.table

    func run() throws {
        let detail = try daemon.connection().document(id: id)
        switch format {
        case .json: Output.line(Output.json(detail, pretty: true))
        case .table: DocumentView.print(detail)
        }
    }
}
