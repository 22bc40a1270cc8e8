import Foundation
import GRDB
import TimelineCore
import TimelineDocuments
import TimelineWire

extension TimelineStore {
    /// Stores a document with its time expressions and events, all in one transaction.
    ///
    /// - Parameters:
    ///   - document: the document as read.
    ///   - extraction: what the extractor found in its body; every event's `timexID` must name one of
    ///     its time expressions, or be `DatedEvent.publicationTimexID`.
    ///   - sha256: the hex SHA-256 of the file's bytes; it identifies the document.
    /// - Returns: `.stored` with the new document, or `.duplicate` with the existing one when a document
    ///   with the same `sha256` is stored (then nothing is written).
    /// - Throws: `StoreError` naming the document when anything fails; then nothing of it is stored.
    public func ingest(_ document: Document, extraction: Extraction, sha256: String) throws -> IngestOutcome {
        let ingestedAt = Date().formatted(.iso8601)
        do {
            return try pool.write { db in
                if let existing = try Self.documentID(db, sha256: sha256) {
                    guard let detail = try Self.detail(db, id: existing, duplicate: true) else {
                        throw StoreError("document \(existing) vanished while being read")
                    }
                    return .duplicate(detail)
                }
                let id = try Self.insert(document, sha256: sha256, ingestedAt: ingestedAt, db: db)
                var timexRows: [String: Int64] = [:]
                for timex in extraction.timexes {
                    timexRows[timex.id] = try Self.insert(timex, documentID: id, db: db)
                }
                for (index, event) in extraction.events.enumerated() {
                    if event.isDatedByPublication {
                        try Self.insert(event, documentID: id, timexRow: nil, db: db)
                        continue
                    }
                    guard let timexRow = timexRows[event.timexID] else {
                        throw StoreError("event \(index + 1) refers to an unknown time expression '\(event.timexID)'")
                    }
                    try Self.insert(event, documentID: id, timexRow: timexRow, db: db)
                }
                for (index, extent) in extraction.extents.enumerated() {
                    guard let timexRow = timexRows[extent.timexID] else {
                        throw StoreError("extent \(index + 1) refers to an unknown time expression '\(extent.timexID)'")
                    }
                    try Self.insert(extent, documentID: id, timexRow: timexRow, db: db)
                }
                try WordPostings.add(documentID: id, terms: searchTerms, db: db)
                guard let detail = try Self.detail(db, id: id, duplicate: false) else {
                    throw StoreError("document \(id) cannot be read back")
                }
                return .stored(detail)
            }
        } catch {
            let storage: [ResultCode] = [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY]
            throw StoreError(
                "cannot store '\(document.name)' (sha256 \(sha256.prefix(12))…): \(error)",
                isStorageFailure: (error as? DatabaseError).map { storage.contains($0.resultCode) } ?? false)
        }
    }

    static func insert(_ document: Document, sha256: String, ingestedAt: String, db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO document (name, title, source, url, published, dct_source, sha256, body, ingested_at,
                                      format, encoding, publication_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                document.name, document.title, document.source, document.url, document.publicationDate.description,
                document.dctSource.rawValue, sha256, document.body, ingestedAt, document.format.rawValue,
                document.encoding, document.publicationTime,
            ])
        return db.lastInsertedRowID
    }

    static func insert(_ timex: TimeExpression, documentID: Int64, db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO timex (document_id, tid, text, start, "end", type, value, mod, span_start, span_end,
                                   granularity, anchor, resolved_by, quant, freq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                documentID, timex.id, timex.text, timex.start, timex.end, timex.type.rawValue, timex.value, timex.mod,
                timex.span?.start, timex.span?.end, timex.span?.granularity.rawValue, timex.anchor, timex.resolvedBy,
                timex.quant, timex.freq,
            ])
        return db.lastInsertedRowID
    }

    static func insert(_ event: DatedEvent, documentID: Int64, timexRow: Int64?, db: Database) throws {
        let start = event.span.start.isEmpty ? OpenBound.start : event.span.start
        let end = event.span.end.isEmpty ? OpenBound.end : event.span.end
        try db.execute(
            sql: """
                INSERT INTO event (document_id, timex_id, trigger_text, trigger_start, trigger_end, relation,
                                   summary, sentence_text, sentence_start, sentence_end, start, "end",
                                   tense, aspect, polarity, modality)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                documentID, timexRow, event.trigger.text, event.trigger.start, event.trigger.end,
                event.relation.rawValue, event.summary, event.sentence.text, event.sentence.start,
                event.sentence.end, start, end, event.grammar.tense.rawValue, event.grammar.aspect.rawValue,
                event.grammar.polarity.rawValue, event.grammar.modality,
            ])
        try db.execute(
            sql: "INSERT INTO event_search (rowid, summary, sentence_text, trigger_text) VALUES (?, ?, ?, ?)",
            arguments: [db.lastInsertedRowID, event.summary, event.sentence.text, event.trigger.text])
    }
}
