import GRDB
import Testing
import TimelineWire

@testable import TimelineStore

private func counted(_ store: TimelineStore) throws -> StoreCounts {
    try store.pool.read { db in
        StoreCounts(
            documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? -1,
            timexes: try Int.fetchOne(db, sql: "SELECT count(*) FROM timex") ?? -1,
            events: try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? -1)
    }
}

@Test func theTallyIsWhatCountingFinds() throws {
    let temporary = try TemporaryStore()
    for index in 1...3 {
        let (document, extraction) = sampleDocument(
            name: "doc\(index).txt", events: index == 2 ? spanEvents : twoEvents)
        _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("doc\(index)"))
        _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("doc\(index)"))
    }
    #expect(try temporary.store.counts() == (try counted(temporary.store)))
    #expect(try temporary.store.counts().events == 2 * twoEvents.count + spanEvents.count)
    // Deleting a document deletes its time expressions and events (cascades): the triggers count those too.
    try temporary.store.pool.write { db in try db.execute(sql: "DELETE FROM document WHERE name = 'doc1.txt'") }
    #expect(try temporary.store.counts() == (try counted(temporary.store)))
    #expect(try temporary.store.counts().documents == 2)
    // The migration starts the tally from the stored rows.
    try temporary.store.pool.write { db in
        try db.execute(sql: "DROP TABLE store_tally")
        for table in ["document", "timex", "event"] {
            try db.execute(sql: "DROP TRIGGER \(table)_added; DROP TRIGGER \(table)_deleted")
        }
        try StoreTally.migrate(db)
    }
    #expect(try temporary.store.counts() == (try counted(temporary.store)))
}
