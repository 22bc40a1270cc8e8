import GRDB
import TimelineCore
import TimelineWire

extension TimelineStore {
    /// Version 5: the durations and sets tied to their events ("withdrew … after 20 years"). The expression
    /// itself is a `timex` row like any other; `extent` links it to the trigger it measures. It is keyed by the
    /// trigger's offsets in its document, not by an event row: an extent never dates its event, so it stays
    /// stored (and listed with the document) when its event has no date and no `event` row, and it rides on every
    /// dated `event` row of that trigger. Documents stored before version 5 have no extents.
    static let schemaV5 = """
        CREATE TABLE extent (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            timex_id INTEGER NOT NULL REFERENCES timex(id) ON DELETE CASCADE,
            trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            relation TEXT NOT NULL
        );
        CREATE INDEX extent_by_trigger ON extent (document_id, trigger_start);
        CREATE INDEX extent_by_timex ON extent (timex_id);
        """

    static func insert(_ extent: EventExtent, documentID: Int64, timexRow: Int64, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO extent (document_id, timex_id, trigger_text, trigger_start, trigger_end, relation)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                documentID, timexRow, extent.trigger.text, extent.trigger.start, extent.trigger.end,
                extent.relation.rawValue,
            ])
    }

    /// The columns `extentRecord(_:)` reads, from extent `x` and its timex `t`.
    static let extentColumns = """
        x.document_id, x.trigger_text, x.trigger_start, x.trigger_end, x.relation, t.tid, t.text, t.start,
        t."end", t.type, t.value, t.quant, t.freq
        """

    static func extentRecord(_ row: Row) -> EventExtentRecord {
        EventExtentRecord(
            expression: row["text"], value: row["value"], type: row["type"], relation: row["relation"],
            start: row["start"], end: row["end"], timex: row["tid"], quant: row["quant"], freq: row["freq"])
    }

    /// `records` with each event's extent filled in: the first expression in the text that measures its trigger.
    /// One query for the whole page, each trigger looked up in `extent_by_trigger` (the `CROSS JOIN` keeps the page's
    /// triggers outside: a `(document_id, trigger_start) IN (VALUES …)` is planned as a scan of `extent`).
    static func withExtents(_ records: [EventRecord], _ db: Database) throws -> [EventRecord] {
        guard !records.isEmpty else { return records }
        let keys = Array(Set(records.map { Key(document: $0.document.id, trigger: $0.trigger.start) }))
        let rows = try Row.fetchAll(
            db, sql: extentLookup(count: keys.count),
            arguments: StatementArguments(keys.flatMap { [$0.document, Int64($0.trigger)] }))
        var extents: [Key: EventExtentRecord] = [:]
        for row in rows {
            extents[Key(document: row["document_id"], trigger: row["trigger_start"])] = extentRecord(row)
        }
        guard !extents.isEmpty else { return records }
        return records.map { record in
            var record = record
            record.extent = extents[Key(document: record.document.id, trigger: record.trigger.start)]
            return record
        }
    }

    /// The extents of `count` triggers given as `(document_id, trigger_start)` argument pairs, last in the text first.
    static func extentLookup(count: Int) -> String {
        """
        SELECT \(extentColumns)
        FROM (VALUES \(Array(repeating: "(?, ?)", count: count).joined(separator: ", "))) AS k
        CROSS JOIN extent x ON x.document_id = k.column1 AND x.trigger_start = k.column2
        JOIN timex t ON t.id = x.timex_id
        ORDER BY t.start DESC
        """
    }

    /// Every extent of document `id`, in text order.
    static func extents(_ db: Database, documentID id: Int64) throws -> [DocumentExtent] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(extentColumns) FROM extent x JOIN timex t ON t.id = x.timex_id
                WHERE x.document_id = ? ORDER BY t.start, x.id
                """, arguments: [id]
        )
        .map { row in
            DocumentExtent(
                trigger: TextSpan(text: row["trigger_text"], start: row["trigger_start"], end: row["trigger_end"]),
                extent: extentRecord(row))
        }
    }

    private struct Key: Hashable {
        var document: Int64
        var trigger: Int
    }
}
