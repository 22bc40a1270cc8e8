import Foundation
import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// A version-9 database with events opens under version 10 with `span_class` redefined over its rows: calendar
/// periods apart, the interval plan listing what the overlap test selects.
@Test func aVersion9DatabaseGetsTheCalendarPeriodClasses() throws {
    let bounds = [
        ("2021-05-01", "2021-06-01"), ("2021-06-01", "2021-07-01"), ("2021-01-01", "2022-01-01"),
        ("2020-03-15", "2022-03-15"), ("1900-01-01", "2000-01-01"), ("2021-06-30", "2021-07-01"),
    ]
    let events = bounds.enumerated().map { index, bound in
        """
        (\(index + 1), 1, 1, 'rained', 3, 9, 'ON', 'It rained', 'It rained on Monday.', 0, 20, '\(bound.0)',
         '\(bound.1)')
        """
    }
    let old = try OldDatabase(
        version: SpanClass.migration,
        sql: """
            INSERT INTO document (id, name, published, dct_source, sha256, body, ingested_at)
                VALUES (1, 'old.txt', '2021-07-02', 'filename', 'abc', 'It rained on Monday.', 'now');
            INSERT INTO timex (id, document_id, tid, text, start, "end", type, value)
                VALUES (1, 1, 't1', 'Monday', 13, 19, 'DATE', '2021-06-28');
            INSERT INTO event (id, document_id, timex_id, trigger_text, trigger_start, trigger_end, relation,
                               summary, sentence_text, sentence_start, sentence_end, start, "end")
                VALUES \(events.joined(separator: ", "));
            """)
    let v9Classes = try DatabaseQueue(path: old.path).read { db in
        try Int.fetchAll(db, sql: "SELECT span_class FROM event ORDER BY id")
    }
    #expect(v9Classes == [31, 31, 366, 3660, 36600, 1])
    let store = try TimelineStore(path: old.path)
    let classes = try store.pool.read { db in try Int.fetchAll(db, sql: "SELECT span_class FROM event ORDER BY id") }
    #expect(classes == [-2, -2, -4, 3660, -6, -1])
    let june = try store.events(EventQuery(parameters: ["from": "2021-06", "to": "2021-06"])).events
    #expect(june.map(\.id) == [4, 3, 2, 6])
    let applied = try store.pool.read { db in try TimelineStore.migrator.appliedMigrations(db) }
    #expect(applied.contains(SpanClass.periodMigration))
}
