import TimelineCore
import TimelineDocuments

/// One document in the system format that `te3score.py` and `anchorscore.py` read: snake_case keys,
/// Unicode scalar offsets into the body.
struct ExtractedDocument: Sendable {
    /// The file name.
    var doc: String
    /// Publication date, `YYYY-MM-DD`.
    var dct: String
    /// Where it came from: `explicit`, `sidecar`, `header`, `metadata`, `timeml`, `dateline`, `filename`, `mtime`.
    var dctSource: String
    var timexes: [Timex]
    var events: [Event]
    /// Durations and sets tied to their events, written into `events` after the dated ones, marked
    /// `"kind": "extent"`.
    var extents: [Extent]

    /// A time expression; the optional attributes (`mod`, `anchor`, `resolved_by`, `quant`, `freq`) only
    /// when it has them.
    struct Timex: Sendable {
        var id: String
        var start: Int
        var end: Int
        var type: String
        var value: String
        var text: String
        var mod: String?
        var anchor: String?
        var resolvedBy: String?
        var quant: String?
        var freq: String?
    }

    /// An event and the time expression (`timex`, an `id`) that dates it; `start`/`end` only when bounded.
    struct Event: Sendable {
        var timex: String
        var trigger: Span
        var relation: String
        var summary: String
        var sentence: Offsets
        var start: String?
        var end: String?
    }

    /// A duration or set (`timex`) tied to its event: how long or how often, not when (no summary, no dates).
    struct Extent: Sendable {
        var timex: String
        var trigger: Span
        var relation: String
    }

    struct Span: Sendable {
        var text: String
        var start: Int
        var end: Int
    }

    struct Offsets: Sendable {
        var start: Int
        var end: Int
    }

    init(document: Document, extraction: Extraction) {
        doc = document.name
        dct = document.publicationDate.description
        dctSource = document.dctSource.rawValue
        timexes = extraction.timexes.map { timex in
            Timex(
                id: timex.id, start: timex.start, end: timex.end, type: timex.type.rawValue, value: timex.value,
                text: timex.text, mod: timex.mod, anchor: timex.anchor, resolvedBy: timex.resolvedBy,
                quant: timex.quant, freq: timex.freq)
        }
        events = extraction.events.map { event in
            Event(
                timex: event.timexID,
                trigger: Span(text: event.trigger.text, start: event.trigger.start, end: event.trigger.end),
                relation: event.relation.rawValue, summary: event.summary,
                sentence: Offsets(start: event.sentence.start, end: event.sentence.end),
                start: event.span.start.isEmpty ? nil : event.span.start,
                end: event.span.end.isEmpty ? nil : event.span.end)
        }
        extents = extraction.extents.map { extent in
            Extent(
                timex: extent.timexID,
                trigger: Span(text: extent.trigger.text, start: extent.trigger.start, end: extent.trigger.end),
                relation: extent.relation.rawValue)
        }
    }

    /// The JSON object, keys in the order the scorers' docstrings show them.
    var json: OrderedJSON {
        .object([
            ("doc", .string(doc)), ("dct", .string(dct)), ("dct_source", .string(dctSource)),
            ("timexes", .array(timexes.map(\.json))), ("events", .array(events.map(\.json) + extents.map(\.json))),
        ])
    }
}

extension ExtractedDocument.Timex {
    var json: OrderedJSON {
        .object([
            ("id", .string(id)), ("start", .int(start)), ("end", .int(end)), ("type", .string(type)),
            ("value", .string(value)), ("text", .string(text)), ("mod", mod.map(OrderedJSON.string)),
            ("anchor", anchor.map(OrderedJSON.string)), ("resolved_by", resolvedBy.map(OrderedJSON.string)),
            ("quant", quant.map(OrderedJSON.string)), ("freq", freq.map(OrderedJSON.string)),
        ])
    }
}

extension ExtractedDocument.Span {
    var json: OrderedJSON { .object([("text", .string(text)), ("start", .int(start)), ("end", .int(end))]) }
}

extension ExtractedDocument.Extent {
    var json: OrderedJSON {
        .object([
            ("timex", .string(timex)), ("trigger", trigger.json), ("relation", .string(relation)),
            ("kind", .string("extent")),
        ])
    }
}

extension ExtractedDocument.Event {
    var json: OrderedJSON {
        .object([
            ("timex", .string(timex)), ("trigger", trigger.json), ("relation", .string(relation)),
            ("summary", .string(summary)),
            ("sentence", .object([("start", .int(sentence.start)), ("end", .int(sentence.end))])),
            ("start", start.map(OrderedJSON.string)), ("end", end.map(OrderedJSON.string)),
        ])
    }
}
