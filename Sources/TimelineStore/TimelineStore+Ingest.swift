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
                try self.write(document, extraction: extraction, sha256: sha256, ingestedAt: ingestedAt, db: db)
            }
        } catch {
            throw Self.storeError(error, document: document, sha256: sha256)
        }
    }

    /// One document of `ingest(batch:)`, with what the extractor found in it and the SHA-256 naming it.
    public struct PendingDocument: Sendable {
        public var document: Document
        public var extraction: Extraction
        public var sha256: String

        public init(document: Document, extraction: Extraction, sha256: String) {
            self.document = document
            self.extraction = extraction
            self.sha256 = sha256
        }
    }

    /// Stores groups of documents (each group the articles of one file) in one transaction: one commit, one
    /// sync of the log, however many groups.
    ///
    /// Each group is written in its own savepoint, so a group that fails is rolled back alone and the others
    /// are committed; a document of a later group with the `sha256` of an earlier one is a duplicate of it.
    /// - Returns: for each group, in order, its documents' outcomes, or the error that rolled it back.
    /// - Throws: `StoreError` when the transaction itself fails or the disk does (full, I/O error, read-only):
    ///   then nothing of the batch is stored.
    public func ingest(batch: [[PendingDocument]]) throws -> [Result<[IngestOutcome], StoreError>] {
        let ingestedAt = Date().formatted(.iso8601)
        do {
            return try pool.write { db in
                try batch.map { group in
                    var outcomes: [IngestOutcome] = []
                    do {
                        try db.inSavepoint {
                            outcomes = try group.map { item in
                                do {
                                    return try self.write(
                                        item.document, extraction: item.extraction, sha256: item.sha256,
                                        ingestedAt: ingestedAt, db: db)
                                } catch {
                                    throw Self.storeError(error, document: item.document, sha256: item.sha256)
                                }
                            }
                            return .commit
                        }
                        return .success(outcomes)
                    } catch let error as StoreError where !error.isStorageFailure {
                        return .failure(error)
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            let name = batch.count == 1 ? batch[0].first?.document.name : nil
            throw StoreError(
                "cannot store \(name.map { "'\($0)'" } ?? "a batch of \(batch.count) files"): \(error)",
                isStorageFailure: Self.isStorageFailure(error))
        }
    }

    /// Writes one document in the transaction of `db`, unless one with `sha256` is stored.
    private func write(
        _ document: Document, extraction: Extraction, sha256: String, ingestedAt: String, db: Database
    ) throws -> IngestOutcome {
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
        try StoredEventJSON.add(detail.events, db: db)
        return .stored(detail)
    }

    private static func isStorageFailure(_ error: any Error) -> Bool {
        let storage: [ResultCode] = [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY]
        return (error as? DatabaseError).map { storage.contains($0.resultCode) } ?? false
    }

    private static func storeError(_ error: any Error, document: Document, sha256: String) -> StoreError {
        StoreError(
            "cannot store '\(document.name)' (sha256 \(sha256.prefix(12))…): \(error)",
            isStorageFailure: isStorageFailure(error))
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
