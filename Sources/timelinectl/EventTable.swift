import TimelineViews
import TimelineWire

/// How events are shown as table rows and CSV records.
enum EventTable {
    /// Columns: the time's value, the expression, the relation when not `ON`, the grammar marks, the summary
    /// (with the event's extent: `(after 20 years)`), the document.
    static let formatter = TableFormatter(columns: [
        TableColumn(title: "DATE", maxWidth: 19),
        TableColumn(title: "EXPRESSION", maxWidth: 28),
        TableColumn(title: "RELATION", maxWidth: 8),
        TableColumn(title: "GRAMMAR", maxWidth: 18),
        TableColumn(title: "SUMMARY", flexible: true),
        TableColumn(title: "DOCUMENT", maxWidth: 32),
    ])

    /// The same columns, narrower, for `follow`, which cannot size them to the rows in advance.
    static let streamingFormatter = TableFormatter(columns: [
        TableColumn(title: "DATE", maxWidth: 16),
        TableColumn(title: "EXPRESSION", maxWidth: 20),
        TableColumn(title: "RELATION", maxWidth: 8),
        TableColumn(title: "GRAMMAR", maxWidth: 12),
        TableColumn(title: "SUMMARY", flexible: true),
        TableColumn(title: "DOCUMENT", maxWidth: 24),
    ])

    /// The table row of `event`.
    static func row(_ event: EventRecord) -> [String] {
        [
            event.time.value, event.time.text, event.relation == "ON" ? "" : event.relation, grammar(event),
            ExtentLabel.summary(event), documentLabel(event.document),
        ]
    }

    /// The trigger's grammar in a few plain words, what is not a plain fact first: `not` for a negated event,
    /// the modal or planning verb (`may`, `plans`), then the tense and aspect (`past`, `present perfect`,
    /// `future`, `to` for an infinitive); empty for a noun with nothing to say.
    static func grammar(_ event: EventRecord) -> String {
        let words = [
            event.polarity == "NEG" ? "not" : nil, event.modality, tenseWords[event.tense], aspectWords[event.aspect],
        ]
        return words.compactMap { $0 }.joined(separator: " ")
    }

    static let tenseWords = [
        "PAST": "past", "PRESENT": "present", "FUTURE": "future", "INFINITIVE": "to", "PRESPART": "-ing",
        "PASTPART": "participle",
    ]

    static let aspectWords = [
        "PROGRESSIVE": "progressive", "PERFECTIVE": "perfect", "PERFECTIVE_PROGRESSIVE": "perfect progressive",
    ]

    /// A document's title, or its file name when it has none.
    static func documentLabel(_ document: DocumentRef) -> String {
        if let title = document.title, !title.isEmpty { return title }
        return document.name
    }

    /// The CSV header.
    static let csvHeader = [
        "id", "date", "type", "expression", "relation", "start", "end", "trigger", "summary", "sentence_start",
        "sentence_end", "document_id", "document_name", "document_title", "published", "tense", "aspect",
        "polarity", "modality", "extent", "extent_value", "extent_type", "extent_relation",
    ]

    /// The CSV record of `event`, matching `csvHeader`.
    static func csvRecord(_ event: EventRecord) -> [String] {
        [
            String(event.id), event.time.value, event.time.type, event.time.text, event.relation, event.start ?? "",
            event.end ?? "", event.trigger.text, event.summary, String(event.sentence.start),
            String(event.sentence.end), String(event.document.id), event.document.name, event.document.title ?? "",
            event.document.published, event.tense, event.aspect, event.polarity, event.modality ?? "",
            event.extent?.expression ?? "", event.extent?.value ?? "", event.extent?.type ?? "",
            event.extent?.relation ?? "",
        ]
    }
}
