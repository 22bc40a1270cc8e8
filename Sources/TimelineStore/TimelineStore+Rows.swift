import GRDB
import TimelineCore
import TimelineWire

/// Mapping database rows to the wire records.
extension TimelineStore {
    /// The columns `eventRecord(_:)` reads, by position: event `e`, its timex `t` and its document `d`.
    static let eventColumns = eventColumns(id: "e.id", start: "e.start", end: #"e."end""#)

    /// `eventColumns` with the event's id and bounds taken from elsewhere (`event_word`'s copies of them).
    static func eventColumns(id: String, start: String, end: String) -> String {
        """
        \(id), e.relation, \(start), \(end), e.trigger_text, e.trigger_start, e.trigger_end, e.summary,
        e.sentence_text, e.sentence_start, e.sentence_end, e.tense, e.aspect, e.polarity, e.modality,
        t.text AS timex_text, t.start AS timex_start, t."end" AS timex_end, t.type AS timex_type,
        t.value AS timex_value, t.span_start, t.span_end, t.granularity,
        d.id AS document_id, d.name AS document_name, d.title AS document_title, d.published
        """
    }

    /// The columns of a page of stored objects (`event_json`): id, start, end, then the object's bytes.
    static func jsonColumns(id: String, start: String, end: String) -> String {
        "\(id) AS id, \(start) AS start, \(end) AS \"end\", j.json"
    }

    /// The positions in `jsonColumns` of start, end and id: a compound select orders by its result columns.
    static let jsonOrder = "2, 3, 1"

    /// `FROM` with the joins `jsonColumns` needs, outside the interval plans.
    static let jsonJoins = "FROM event e JOIN event_json j ON j.id = e.id"

    /// `FROM` with the joins `eventColumns` needs.
    static let eventJoins =
        "FROM event e LEFT JOIN timex t ON t.id = e.timex_id JOIN document d ON d.id = e.document_id"

    /// The event of a row of `eventColumns`, read by position (a name lookup lowercases it, per column per row).
    static func eventRecord(_ row: Row) -> EventRecord {
        let start: String = row[2]
        let end: String = row[3]
        let published: String = row[26]
        let timexValue: String? = row[19]
        // An event dated only by the publication date has no time expression: its time is that day.
        let time =
            timexValue == nil
            ? EventTime(
                value: published, type: "DATE", start: published, end: end, granularity: "day", text: "",
                offsets: Offsets(start: 0, end: 0))
            : EventTime(
                value: timexValue ?? "", type: row[18], start: row[20] ?? "", end: row[21] ?? "",
                granularity: row[22] ?? "", text: row[15], offsets: Offsets(start: row[16], end: row[17]))
        return EventRecord(
            id: row[0], time: time, relation: row[1],
            start: start == OpenBound.start ? nil : start, end: end == OpenBound.end ? nil : end,
            trigger: TextSpan(text: row[4], start: row[5], end: row[6]), summary: row[7],
            sentence: TextSpan(text: row[8], start: row[9], end: row[10]),
            tense: row[11], aspect: row[12], polarity: row[13], modality: row[14],
            datedByPublication: timexValue == nil,
            document: DocumentRef(id: row[23], name: row[24], title: row[25], published: published))
    }

    /// The columns `documentRecord(_:)` reads from `document`, with its counts.
    static let documentColumns = """
        id, name, title, source, url, published, dct_source, sha256, ingested_at, format, encoding,
        publication_time,
        (SELECT count(*) FROM timex WHERE timex.document_id = document.id) AS timex_count,
        (SELECT count(*) FROM event WHERE event.document_id = document.id) AS event_count
        """

    static func documentRecord(_ row: Row) -> DocumentRecord {
        DocumentRecord(
            id: row["id"], name: row["name"], title: row["title"], source: row["source"], url: row["url"],
            published: row["published"], dctSource: row["dct_source"], sha256: row["sha256"],
            ingestedAt: row["ingested_at"], timexCount: row["timex_count"], eventCount: row["event_count"],
            format: row["format"], encoding: row["encoding"], publicationTime: row["publication_time"])
    }

    static func timexRecord(_ row: Row) -> TimexRecord {
        TimexRecord(
            id: row["tid"], text: row["text"], start: row["start"], end: row["end"], type: row["type"],
            value: row["value"], mod: row["mod"], spanStart: row["span_start"], spanEnd: row["span_end"],
            granularity: row["granularity"], anchor: row["anchor"], resolvedBy: row["resolved_by"],
            quant: row["quant"], freq: row["freq"])
    }
}
