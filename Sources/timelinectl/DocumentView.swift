import TimelineViews
import TimelineWire

/// The readable view of a `DocumentDetail`: metadata, then time expressions, then events, then the extents (how
/// long or how often an event is, also for events without a date).
enum DocumentView {
    static func print(_ detail: DocumentDetail) {
        let document = detail.document
        var fields: [(String, String)] = [("Document", "\(document.id)  \(document.name)")]
        if let title = document.title { fields.append(("Title", title)) }
        fields.append(("Published", "\(document.published) (from \(document.dctSource))"))
        if let source = document.source { fields.append(("Source", source)) }
        if let url = document.url { fields.append(("URL", url)) }
        fields.append(("SHA-256", document.sha256))
        fields.append(("Stored", document.ingestedAt))
        for (label, value) in fields {
            Output.line(label + ":" + String(repeating: " ", count: 11 - label.count) + TableFormatter.clean(value))
        }

        Output.line("")
        Output.line("Time expressions (\(detail.timexes.count)):")
        if !detail.timexes.isEmpty {
            let table = TableFormatter(columns: [
                TableColumn(title: "ID", maxWidth: 6),
                TableColumn(title: "TEXT", flexible: true),
                TableColumn(title: "TYPE", maxWidth: 8),
                TableColumn(title: "VALUE", maxWidth: 24),
                TableColumn(title: "MOD", maxWidth: 10),
                TableColumn(title: "SPAN", maxWidth: 34),
                TableColumn(title: "OFFSETS", maxWidth: 13),
            ])
            let rows = detail.timexes.map { timex in
                let span = timex.spanStart.map { "\($0) – \(timex.spanEnd ?? "")" } ?? ""
                return [
                    timex.id, timex.text, timex.type, timex.value, timex.mod ?? "", span, "\(timex.start)–\(timex.end)",
                ]
            }
            Output.lines(table.render(rows), indent: "  ")
        }

        Output.line("")
        Output.line("Events (\(detail.events.count)):")
        if !detail.events.isEmpty {
            let table = TableFormatter(
                columns: [
                    TableColumn(title: "DATE", maxWidth: 19),
                    TableColumn(title: "EXPRESSION", maxWidth: 24),
                    TableColumn(title: "RELATION", maxWidth: 8),
                    TableColumn(title: "TRIGGER", maxWidth: 16),
                    TableColumn(title: "SUMMARY", flexible: true),
                ], width: TableFormatter.terminalWidth() - 2)
            let rows = detail.events.map { event in
                [
                    event.time.value, event.time.text, event.relation == "ON" ? "" : event.relation,
                    event.trigger.text, ExtentLabel.summary(event),
                ]
            }
            Output.lines(table.render(rows), indent: "  ")
        }
        printExtents(detail.extents ?? [])
    }

    static func printExtents(_ extents: [DocumentExtent]) {
        guard !extents.isEmpty else { return }
        Output.line("")
        Output.line("Extents (\(extents.count)):")
        let table = TableFormatter(
            columns: [
                TableColumn(title: "TRIGGER", maxWidth: 16),
                TableColumn(title: "EXTENT", flexible: true),
                TableColumn(title: "TYPE", maxWidth: 8),
                TableColumn(title: "VALUE", maxWidth: 24),
                TableColumn(title: "TIMEX", maxWidth: 6),
            ], width: TableFormatter.terminalWidth() - 2)
        let rows = extents.map { measured in
            [
                measured.trigger.text, ExtentLabel.of(measured.extent), measured.extent.type, measured.extent.value,
                measured.extent.timex,
            ]
        }
        Output.lines(table.render(rows), indent: "  ")
    }
}
