import GRDB

/// Open interval bounds as stored in `event.start` / `event.end`: they sort before (and after) every
/// ISO date, so the overlap test `start < to AND end > from` needs no special case.
enum OpenBound {
    /// An open start: sorts before every date.
    static let start = ""
    /// An open end: sorts after every date up to year 9998.
    static let end = "9999"
}

extension TimelineStore {
    /// The schema, one migration per version. Never edit a shipped migration: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: schemaV1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: schemaV2)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: schemaV3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: schemaV4)
        }
        migrator.registerMigration("v5") { db in
            try db.execute(sql: schemaV5)
        }
        migrator.registerMigration(WordPostings.migration) { db in
            try WordPostings.migrate(db)
        }
        migrator.registerMigration(StoreTally.migration) { db in
            try StoreTally.migrate(db)
        }
        migrator.registerMigration(StoredEventJSON.migration) { db in
            try StoredEventJSON.migrate(db)
        }
        migrator.registerMigration(SpanClass.migration) { db in
            try db.execute(sql: SpanClass.schemaV9)
        }
        migrator.registerMigration(SpanClass.periodMigration) { db in
            try db.execute(sql: SpanClass.schemaV10)
        }
        return migrator
    }

    /// Version 4: each event's length class, so an interval query need not walk every event that starts
    /// before its window.
    ///
    /// `span_days` (a virtual generated column: nothing to fill in, existing rows included) is the smallest
    /// of `SpanClass.days` at least the days from the start's date to the end's date, or 0 for an open or
    /// malformed bound or a longer event. An event of class D > 0 that ends after `from` starts on or after
    /// `from - D days`, so `event_by_span (span_days, start, end)` bounds the walk of each class.
    static let schemaV4 = """
        ALTER TABLE event ADD COLUMN span_days INTEGER GENERATED ALWAYS AS (
            CASE
                WHEN length(start) < 10 OR length("end") < 10 THEN 0
                WHEN julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10)) <= 1 THEN 1
                WHEN julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10)) <= 7 THEN 7
                WHEN julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10)) <= 31 THEN 31
                WHEN julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10)) <= 366 THEN 366
                WHEN julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10)) <= 3660 THEN 3660
                WHEN julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10)) <= 36600 THEN 36600
                ELSE 0
            END) VIRTUAL;
        CREATE INDEX event_by_span ON event (span_days, start, "end");
        """

    /// Version 3: each event's grammar (events stored before it read as tense and aspect `NONE`, positive, no
    /// modality), and events dated only by the publication date, which have no time expression: `timex_id`
    /// becomes nullable, so the table is rebuilt (rowids kept, so `event_search` stays valid).
    static let schemaV3 = """
        CREATE TABLE event_v3 (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            timex_id INTEGER REFERENCES timex(id) ON DELETE CASCADE,
            trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            relation TEXT NOT NULL,
            summary TEXT NOT NULL,
            sentence_text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            tense TEXT NOT NULL DEFAULT 'NONE',
            aspect TEXT NOT NULL DEFAULT 'NONE',
            polarity TEXT NOT NULL DEFAULT 'POS',
            modality TEXT
        );
        INSERT INTO event_v3 (id, document_id, timex_id, trigger_text, trigger_start, trigger_end, relation, summary,
                              sentence_text, sentence_start, sentence_end, start, "end")
            SELECT id, document_id, timex_id, trigger_text, trigger_start, trigger_end, relation, summary,
                   sentence_text, sentence_start, sentence_end, start, "end" FROM event;
        DROP TABLE event;
        ALTER TABLE event_v3 RENAME TO event;
        CREATE INDEX event_by_interval ON event (start, "end");
        CREATE INDEX event_by_end ON event ("end");
        CREATE INDEX event_by_document ON event (document_id, start, "end");
        CREATE INDEX event_by_timex ON event (timex_id);
        """

    /// Version 2: how each document was read (format, encoding, publication time as written) and how each
    /// time expression was resolved (its anchor, what decided an underspecified value, set quantities).
    static let schemaV2 = """
        ALTER TABLE document ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
        ALTER TABLE document ADD COLUMN encoding TEXT NOT NULL DEFAULT 'utf-8';
        ALTER TABLE document ADD COLUMN publication_time TEXT;
        ALTER TABLE timex ADD COLUMN anchor TEXT;
        ALTER TABLE timex ADD COLUMN resolved_by TEXT;
        ALTER TABLE timex ADD COLUMN quant TEXT;
        ALTER TABLE timex ADD COLUMN freq TEXT;
        """

    /// Version 1.
    ///
    /// - `event.start`/`event.end` hold the event interval `[start, end)` as ISO text; open bounds are
    ///   `OpenBound.start` (`''`) and `OpenBound.end` (`'9999'`).
    /// - `event_by_interval (start, end)` serves the overlap test and the chronological order
    ///   (`start, end, id`: the rowid is the index's last column); `event_by_end` serves `from`-only queries.
    /// - `event_search` is an external-content FTS5 table over `event`, filled explicitly by `ingest` in the
    ///   document's transaction (not by triggers: 10× slower in bulk). Deleting events must also issue the
    ///   FTS5 `'delete'` command, or run `INSERT INTO event_search(event_search) VALUES('rebuild')`.
    static let schemaV1 = """
        CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT,
            source TEXT,
            url TEXT,
            published TEXT NOT NULL,
            dct_source TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE timex (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            tid TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            mod TEXT,
            span_start TEXT,
            span_end TEXT,
            granularity TEXT,
            UNIQUE (document_id, tid)
        );
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            timex_id INTEGER NOT NULL REFERENCES timex(id) ON DELETE CASCADE,
            trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            relation TEXT NOT NULL,
            summary TEXT NOT NULL,
            sentence_text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL
        );
        CREATE INDEX event_by_interval ON event (start, "end");
        CREATE INDEX event_by_end ON event ("end");
        CREATE INDEX event_by_document ON event (document_id, start, "end");
        CREATE INDEX event_by_timex ON event (timex_id);
        CREATE VIRTUAL TABLE event_search USING fts5(
            summary, sentence_text, trigger_text,
            content = 'event', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """
}
