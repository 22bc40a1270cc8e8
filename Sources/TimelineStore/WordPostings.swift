import GRDB

/// `event_word`: for each term of `event_search` (`SearchTerms`), the events that hold it, keyed in the order
/// events are listed within each length class, so a one-word search with `ORDER BY … LIMIT` is a merge of
/// index range walks (as `spanSelection` does for intervals) instead of sorting every match.
///
/// Written by `ingest` in the document's transaction; filled for stored events by the migration `migrate`
/// (self-contained: register it as the next schema version). Deleting events must delete their rows here
/// too (as for `event_search`).
enum WordPostings {
    /// The migration's name in the store's migrator.
    static let migration = "v6"

    /// Creates `event_word` and fills it from `event_search`'s own index (an `fts5vocab` view of its term
    /// instances), so stored events get exactly the terms the search index holds.
    static func migrate(_ db: Database) throws {
        // A large cache while the table is filled (its pages are written term by term, in no order within one).
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        try db.execute(
            sql: """
                CREATE TABLE event_word (
                    term TEXT NOT NULL,
                    span_days INTEGER NOT NULL,
                    start TEXT NOT NULL,
                    "end" TEXT NOT NULL,
                    event_id INTEGER NOT NULL,
                    PRIMARY KEY (term, span_days, start, "end", event_id)
                ) WITHOUT ROWID;
                CREATE VIRTUAL TABLE temp.event_search_instance USING fts5vocab(main, 'event_search', 'instance');
                PRAGMA cache_size = -1000000;
                INSERT OR IGNORE INTO event_word (term, span_days, start, "end", event_id)
                    SELECT i.term, e.span_days, e.start, e."end", e.id
                    FROM temp.event_search_instance i JOIN event e ON e.id = i.doc;
                DROP TABLE temp.event_search_instance;
                """)
    }

    /// Adds the rows of the events of document `documentID`, whose search index rows are written.
    static func add(documentID: Int64, terms: SearchTerms, db: Database) throws {
        let events = try Row.fetchAll(
            db, sql: "SELECT id, summary, sentence_text, trigger_text FROM event WHERE document_id = ? ORDER BY id",
            arguments: [documentID])
        let termsOfEvents = try terms.terms(of: events.map { [$0[1], $0[2], $0[3]] })
        let insert = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO event_word (term, span_days, start, "end", event_id)
                SELECT ?, span_days, start, "end", id FROM event WHERE id = ?
                """)
        for (event, eventTerms) in zip(events, termsOfEvents) {
            let id: Int64 = event[0]
            for term in eventTerms { try insert.execute(arguments: [term, id]) }
        }
    }
}
