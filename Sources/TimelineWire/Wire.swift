public import TimelineCore

/// The JSON shapes the daemon serves over its socket and `timelinectl` reads.
///
/// One definition for both sides: the client never re-declares them.

/// The time that dates an event, as served by the API.
public struct EventTime: Codable, Hashable, Sendable {
    /// TIMEX3 value (`2021-08`).
    public var value: String
    /// TIMEX3 type (`DATE`, `TIME`).
    public var type: String
    /// Interval start, inclusive (`2021-08-01`).
    public var start: String
    /// Interval end, exclusive (`2021-09-01`).
    public var end: String
    public var granularity: String
    /// The expression as written (`in August` → `August`).
    public var text: String
    /// Its span in the body, Unicode scalar offsets.
    public var offsets: Offsets

    public init(
        value: String, type: String, start: String, end: String, granularity: String, text: String, offsets: Offsets
    ) {
        self.value = value
        self.type = type
        self.start = start
        self.end = end
        self.granularity = granularity
        self.text = text
        self.offsets = offsets
    }
}

/// `[start, end)` in Unicode scalar offsets into a document body.
public struct Offsets: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// What the API says about a document when it names one.
public struct DocumentRef: Codable, Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var title: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String
    public init(id: Int64, name: String, title: String?, published: String) {
        self.id = id
        self.name = name
        self.title = title
        self.published = published
    }
}

/// A dated event.
public struct EventRecord: Codable, Hashable, Sendable {
    public var id: Int64
    public var time: EventTime
    /// `ON`, `BEFORE`, `AFTER`, `BEGINS`, `ENDS`.
    public var relation: String
    /// When the event happens: `start` inclusive, `end` exclusive; `nil` is open.
    /// Derived from the time and the relation (`since 2021` → from 2021-01-01 to the publication day).
    public var start: String?
    public var end: String?
    public var trigger: TextSpan
    public var summary: String
    public var sentence: TextSpan
    /// The trigger's grammar, with TimeML's names: `PAST`, `PRESENT`, `FUTURE`, `INFINITIVE`, `PRESPART`,
    /// `PASTPART`, `NONE`.
    public var tense: String
    /// `NONE`, `PROGRESSIVE`, `PERFECTIVE`, `PERFECTIVE_PROGRESSIVE`.
    public var aspect: String
    /// `POS`, or `NEG` for a negated event (`did not sign`).
    public var polarity: String
    /// The modal (`may`, `would`) or planning verb (`plans`, `expected`); nil for a plain statement.
    public var modality: String?
    /// Dated only by the publication date (`publication_date_events = true`): a present-perfect report with
    /// no time expression; `time` is then the publication day with empty `text`.
    public var datedByPublication: Bool
    /// How long the event lasts or how often it recurs (`after 20 years` → `P20Y`); absent when the text
    /// says neither. When several expressions measure the same trigger, the first in the text.
    public var extent: EventExtentRecord?
    public var document: DocumentRef
    public init(
        id: Int64, time: EventTime, relation: String, start: String?, end: String?, trigger: TextSpan,
        summary: String, sentence: TextSpan, tense: String = "NONE", aspect: String = "NONE",
        polarity: String = "POS", modality: String? = nil, datedByPublication: Bool = false,
        extent: EventExtentRecord? = nil, document: DocumentRef
    ) {
        self.extent = extent
        self.datedByPublication = datedByPublication
        self.tense = tense
        self.aspect = aspect
        self.polarity = polarity
        self.modality = modality
        self.id = id
        self.time = time
        self.relation = relation
        self.start = start
        self.end = end
        self.trigger = trigger
        self.summary = summary
        self.sentence = sentence
        self.document = document
    }
}

/// A page of events; pass `nextCursor` as `cursor` to get the next one.
public struct EventPage: Codable, Hashable, Sendable {
    public var events: [EventRecord]
    public var nextCursor: String?
    public init(events: [EventRecord], nextCursor: String?) {
        self.events = events
        self.nextCursor = nextCursor
    }
}

/// A time expression as stored for a document.
public struct TimexRecord: Codable, Hashable, Sendable {
    /// `t1`, `t2`, … within the document.
    public var id: String
    public var text: String
    public var start: Int
    public var end: Int
    public var type: String
    public var value: String
    public var mod: String?
    public var spanStart: String?
    public var spanEnd: String?
    public var granularity: String?
    /// The reference the value was computed from: `DCT` (the publication date) or the id of an earlier
    /// expression (`two days later` after `March 1, 1944`); `nil` for absolute expressions.
    public var anchor: String?
    /// What decided an underspecified value: `tense`, `signal`, or `nearest` (a guess: no clue in the text).
    public var resolvedBy: String?
    /// Set quantifier (`EVERY`, `EACH`) and frequency (`1X`, `2X`) of a SET.
    public var quant: String?
    public var freq: String?
    public init(
        id: String, text: String, start: Int, end: Int, type: String, value: String, mod: String?,
        spanStart: String?, spanEnd: String?, granularity: String?, anchor: String? = nil, resolvedBy: String? = nil,
        quant: String? = nil, freq: String? = nil
    ) {
        self.anchor = anchor
        self.resolvedBy = resolvedBy
        self.quant = quant
        self.freq = freq
        self.id = id
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.granularity = granularity
    }
}

/// A stored document.
public struct DocumentRecord: Codable, Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var title: String?
    public var source: String?
    public var url: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String
    /// Where the publication date came from: `header`, `timeml`, `filename`, `mtime`, `explicit`.
    public var dctSource: String
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String
    /// When it was stored, ISO 8601 UTC.
    public var ingestedAt: String
    public var timexCount: Int
    public var eventCount: Int
    /// How it was read: `text`, `markdown`, `json`, `ndjson`, `html`, `email`, `timeml`.
    public var format: String
    /// The encoding its bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, …).
    public var encoding: String
    /// The publication time as written, with its zone (`2022-03-31T10:00:00Z`), when the document gives one.
    public var publicationTime: String?
    public init(
        id: Int64, name: String, title: String?, source: String?, url: String?, published: String, dctSource: String,
        sha256: String, ingestedAt: String, timexCount: Int, eventCount: Int, format: String = "text",
        encoding: String = "utf-8", publicationTime: String? = nil
    ) {
        self.format = format
        self.encoding = encoding
        self.publicationTime = publicationTime
        self.id = id
        self.name = name
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.dctSource = dctSource
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.timexCount = timexCount
        self.eventCount = eventCount
    }
}

/// A document with its time expressions and events (`GET /v1/documents/{id}`, `POST /v1/documents`).
public struct DocumentDetail: Codable, Hashable, Sendable {
    public var document: DocumentRecord
    public var timexes: [TimexRecord]
    public var events: [EventRecord]
    /// On `POST`: `true` when the same bytes were already stored (the existing document is returned).
    public var duplicate: Bool?
    /// The body text exactly as extraction saw it (offsets count in it), so a client can show spans in context;
    /// `GET /v1/documents/{id}` fills it.
    public var body: String?
    /// Every duration or set tied to an event of the document, in text order, also those whose event has no
    /// date (not on the timeline); absent when there is none.
    public var extents: [DocumentExtent]?
    public init(
        document: DocumentRecord, timexes: [TimexRecord], events: [EventRecord], duplicate: Bool? = nil,
        body: String? = nil, extents: [DocumentExtent]? = nil
    ) {
        self.extents = extents
        self.document = document
        self.timexes = timexes
        self.events = events
        self.duplicate = duplicate
        self.body = body
    }
}

/// A page of documents, newest first.
public struct DocumentPage: Codable, Hashable, Sendable {
    public var documents: [DocumentRecord]
    public var nextCursor: String?
    public init(documents: [DocumentRecord], nextCursor: String?) {
        self.documents = documents
        self.nextCursor = nextCursor
    }
}

/// Counts of what is stored.
public struct StoreCounts: Codable, Hashable, Sendable {
    public var documents: Int
    public var timexes: Int
    public var events: Int
    public init(documents: Int, timexes: Int, events: Int) {
        self.documents = documents
        self.timexes = timexes
        self.events = events
    }
}

/// `GET /v1/health`.
public struct Health: Codable, Hashable, Sendable {
    /// `ok`, or `paused` while the disk is full or failing (see `reason`).
    public var status: String
    /// Why ingestion is paused; absent while it runs.
    public var reason: String?
    public var version: String
    public var counts: StoreCounts
    /// Files waiting in the inbox or being processed.
    public var pending: Int
    /// Files moved to `failed/` since start-up.
    public var failed: Int
    /// Clients following the timeline (`GET /v1/events?follow=true`) now.
    public var followers: Int
    public init(status: String, version: String, counts: StoreCounts, pending: Int, failed: Int, followers: Int = 0) {
        self.followers = followers
        self.status = status
        self.version = version
        self.counts = counts
        self.pending = pending
        self.failed = failed
    }
}

/// The body of every error response.
public struct ErrorBody: Codable, Hashable, Sendable {
    public var error: ErrorDetail
    public init(status: Int, message: String) { self.error = ErrorDetail(status: status, message: message) }
}

public struct ErrorDetail: Codable, Hashable, Sendable {
    public var status: Int
    public var message: String
}
