import GRDB
import TimelineWire

extension TimelineStore {
    /// Lists documents, most recently ingested first.
    /// - Parameters:
    ///   - limit: page size, clamped to `1...EventQuery.maximumLimit`.
    ///   - cursor: `nextCursor` of the previous page; nil or empty for the first page.
    /// - Throws: `QueryError` for a cursor that is not one of ours; `StoreError` when the database fails.
    public func documents(limit: Int, cursor: String?) throws -> DocumentPage {
        let limit = min(max(limit, 1), EventQuery.maximumLimit)
        let after = try cursor.flatMap { text throws(QueryError) in
            text.isEmpty ? nil : try DocumentCursor(encoded: text).id
        }
        let records = try read("listing documents") { db in
            let filter = after == nil ? "" : "WHERE id < ?"
            return try Row.fetchAll(
                db, sql: "SELECT \(Self.documentColumns) FROM document \(filter) ORDER BY id DESC LIMIT \(limit + 1)",
                arguments: StatementArguments(after.map { [$0] } ?? [])
            ).map(Self.documentRecord)
        }
        guard records.count > limit else { return DocumentPage(documents: records, nextCursor: nil) }
        let page = Array(records.prefix(limit))
        return DocumentPage(documents: page, nextCursor: DocumentCursor(id: page[page.count - 1].id).encoded)
    }

    /// A document with its time expressions (in document order) and events (in extraction order), or nil.
    /// Its body is filled in (`DocumentDetail.body`).
    public func document(id: Int64) throws -> DocumentDetail? {
        try read("reading document \(id)") { db in
            guard var detail = try Self.detail(db, id: id, duplicate: nil) else { return nil }
            detail.body = try String.fetchOne(db, sql: "SELECT body FROM document WHERE id = ?", arguments: [id])
            return detail
        }
    }

    /// The id of the document stored with this SHA-256, or nil.
    public func documentID(sha256: String) throws -> Int64? {
        try read("looking up sha256 \(sha256)") { db in try Self.documentID(db, sha256: sha256) }
    }

    /// The body of a document, exactly as extraction saw it, or nil when there is no such document.
    public func body(of id: Int64) throws -> String? {
        try read("reading the body of document \(id)") { db in
            try String.fetchOne(db, sql: "SELECT body FROM document WHERE id = ?", arguments: [id])
        }
    }

    static func documentID(_ db: Database, sha256: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE sha256 = ?", arguments: [sha256])
    }

    static func detail(_ db: Database, id: Int64, duplicate: Bool?) throws -> DocumentDetail? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT \(documentColumns) FROM document WHERE id = ?", arguments: [id])
        else { return nil }
        let timexes = try Row.fetchAll(
            db, sql: "SELECT * FROM timex WHERE document_id = ? ORDER BY id", arguments: [id]
        ).map(timexRecord)
        let events = try Row.fetchAll(
            db, sql: "SELECT \(eventColumns) \(eventJoins) WHERE e.document_id = ? ORDER BY e.id", arguments: [id]
        ).map(eventRecord)
        let extents = try extents(db, documentID: id)
        return DocumentDetail(
            document: documentRecord(row), timexes: timexes, events: try withExtents(events, db), duplicate: duplicate,
            extents: extents.isEmpty ? nil : extents)
    }
}
