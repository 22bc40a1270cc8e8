import Foundation
import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// `ingest(batch:)`: one transaction, each group in its own savepoint.
@Test func aBatchStoresEachDocumentOnceAndAFailingGroupAlone() throws {
    let temporary = try TemporaryStore()
    let store = temporary.store
    func pending(_ name: String, hash: String) -> TimelineStore.PendingDocument {
        let (document, extraction) = sampleDocument(name: name, events: twoEvents)
        return TimelineStore.PendingDocument(document: document, extraction: extraction, sha256: fakeHash(hash))
    }
    var bad = pending("bad.txt", hash: "bad")
    bad.extraction.events[1].timexID = "t9"  // names no time expression: the insert fails half-way
    let results = try store.ingest(batch: [
        [pending("a.txt", hash: "a")],
        [pending("b1.txt", hash: "b1"), bad],
        [pending("c.txt", hash: "c"), pending("a-again.txt", hash: "a")],
    ])
    #expect(results.count == 3)
    guard case .success(let first) = results[0], case .stored = first.first else {
        Issue.record("a.txt: expected stored, got \(results[0])")
        return
    }
    guard case .failure(let error) = results[1] else {
        Issue.record("the group with bad.txt: expected a failure")
        return
    }
    #expect(error.message.contains("bad.txt") && error.message.contains("t9"), "\(error)")
    #expect(!error.isStorageFailure)
    guard case .success(let third) = results[2], third.count == 2, case .stored = third[0],
        case .duplicate(let again) = third[1]
    else {
        Issue.record("c.txt then a copy of a.txt: expected stored then duplicate, got \(results[2])")
        return
    }
    #expect(again.document.name == "a.txt")

    // The failing group is rolled back whole (b1.txt with it); the others are stored once.
    let names = try temporary.store.pool.read { db in
        try String.fetchAll(db, sql: "SELECT name FROM document ORDER BY name")
    }
    #expect(names == ["a.txt", "c.txt"])
    let counts = try temporary.store.pool.read { db in
        try [
            Int.fetchOne(db, sql: "SELECT count(*) FROM timex") ?? -1,
            Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? -1,
            Int.fetchOne(db, sql: "SELECT count(*) FROM event_search") ?? -1,
        ]
    }
    #expect(counts == [4, 4, 4])
}
