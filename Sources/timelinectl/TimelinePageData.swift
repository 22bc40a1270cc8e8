import TimelineViews
import TimelineWire

/// The data `export --format html` inlines into the page: the events, and each of their documents with its body.
enum TimelinePageData {
    /// The self-contained page for `events`, fetching each document they come from once.
    static func html(events: [EventRecord], connection: DaemonConnection) throws(ToolError) -> String {
        var documents: [String: PageDocument] = [:]
        for id in Set(events.map(\.document.id)).sorted() {
            let detail = try connection.document(id: id)
            documents[String(id)] = PageDocument(document: detail.document, body: detail.body)
        }
        return TimelinePage.html(data: Output.json(PageData(events: events, documents: documents), pretty: false))
    }

    /// What the page reads from `#timeline-data`.
    struct PageData: Encodable {
        var events: [EventRecord]
        var documents: [String: PageDocument]
    }

    /// A document without its time expressions and events: the page needs only its body.
    struct PageDocument: Encodable {
        var document: DocumentRecord
        var body: String?
    }
}
