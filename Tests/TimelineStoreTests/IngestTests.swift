import Foundation
import GRDB
import Testing
import TimelineCore
import TimelineWire

@testable import TimelineStore

let twoEvents = [
    SampleEvent(
        trigger: "seized", summary: "The Taliban seized Kabul", timexValue: "2021-08", start: "2021-08-01",
        end: "2021-09-01"),
    SampleEvent(
        trigger: "ended", summary: "The old era ended", relation: .before, timexValue: "2020",
        start: "2020-01-01", end: "2021-01-01"),
]

@Test func ingestThenReadBack() throws {
    let temporary = try TemporaryStore()
    let store = temporary.store
    let (document, extraction) = sampleDocument(events: twoEvents)
    guard case .stored(let stored) = try store.ingest(document, extraction: extraction, sha256: fakeHash("a"))
    else {
        Issue.record("expected .stored")
        return
    }
    #expect(stored.duplicate == false)
    let record = stored.document
    #expect(record.name == document.name)
    #expect(record.title == document.title && record.source == "Wire" && record.url == document.url)
    #expect(record.published == "2022-03-31")
    #expect(record.dctSource == "filename")
    #expect(record.sha256 == fakeHash("a"))
    #expect(record.timexCount == 2 && record.eventCount == 2)
    #expect(record.ingestedAt.hasSuffix("Z") && record.ingestedAt.count == 20)

    #expect(
        stored.timexes[0]
            == TimexRecord(
                id: "t1", text: "2021-08", start: extraction.timexes[0].start, end: extraction.timexes[0].end,
                type: "DATE",
                value: "2021-08", mod: "START", spanStart: "2021-08-01", spanEnd: "2021-09-01", granularity: "day"))
    let seized = stored.events[0]
    #expect(seized.relation == "ON")
    #expect(seized.start == "2021-08-01" && seized.end == "2021-09-01")
    #expect(seized.trigger.text == "seized")
    #expect(seized.sentence.text == extraction.events[0].sentence.text)
    #expect(seized.time.value == "2021-08" && seized.time.start == "2021-08-01" && seized.time.text == "2021-08")
    #expect(seized.time.offsets == Offsets(start: extraction.timexes[0].start, end: extraction.timexes[0].end))
    #expect(
        seized.document
            == DocumentRef(
                id: record.id, name: document.name, title: document.title,
                published: "2022-03-31"))
    let ended = stored.events[1]
    #expect(ended.relation == "BEFORE" && ended.start == nil && ended.end == "2020-01-01")

    var fetched = try #require(try store.document(id: record.id))
    #expect(fetched.duplicate == nil)
    fetched.duplicate = false
    // Reading a document back also gives its body, so spans can be shown in context.
    #expect(fetched.body == document.body)
    fetched.body = nil
    #expect(fetched == stored)
    #expect(try store.body(of: record.id) == document.body)
    #expect(try store.documentID(sha256: fakeHash("a")) == record.id)
    #expect(try store.documentID(sha256: fakeHash("b")) == nil)
    #expect(try store.document(id: 999) == nil)
    #expect(try store.body(of: 999) == nil)
    #expect(try store.counts() == StoreCounts(documents: 1, timexes: 2, events: 2))
}

@Test func sameBytesAreADuplicateAndNothingIsWritten() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: twoEvents)
    let first = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("a"))
    var renamed = document
    renamed.name = "other-name.txt"
    let second = try temporary.store.ingest(renamed, extraction: extraction, sha256: fakeHash("a"))
    guard case .duplicate(let existing) = second else {
        Issue.record("expected .duplicate, got \(second)")
        return
    }
    #expect(existing.duplicate == true)
    #expect(existing.document == first.detail.document)
    #expect(existing.document.name == document.name)
    #expect(try temporary.store.counts() == StoreCounts(documents: 1, timexes: 2, events: 2))
}

@Test func aFailureMidDocumentLeavesNothing() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: twoEvents)
    // Two time expressions with the same id violate UNIQUE (document_id, tid) after the document row
    // and the first time expression are written.
    var clashing = extraction
    clashing.timexes[1].id = "t1"
    #expect(throws: StoreError.self) {
        try temporary.store.ingest(document, extraction: clashing, sha256: fakeHash("a"))
    }
    // An event whose time expression is missing fails after the document and time expressions are written.
    var orphan = extraction
    orphan.events[1].timexID = "t9"
    let error = #expect(throws: StoreError.self) {
        try temporary.store.ingest(document, extraction: orphan, sha256: fakeHash("a"))
    }
    #expect(error?.message.contains("'t9'") == true)
    #expect(error?.message.contains(document.name) == true)
    #expect(try temporary.store.counts() == StoreCounts(documents: 0, timexes: 0, events: 0))
    #expect(try temporary.store.documentID(sha256: fakeHash("a")) == nil)
    #expect(try temporary.store.events(EventQuery(words: ["Taliban"])).events.isEmpty)
    // And the same document stores fine afterwards.
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("a"))
    #expect(try temporary.store.counts() == StoreCounts(documents: 1, timexes: 2, events: 2))
}

@Test func reopeningKeepsTheData() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: twoEvents)
    let id = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("a")).detail.document.id
    let reopened = try TimelineStore(path: temporary.path)
    #expect(try reopened.counts() == StoreCounts(documents: 1, timexes: 2, events: 2))
    #expect(try reopened.body(of: id) == document.body)
    #expect(try reopened.events(EventQuery(words: ["seized"])).events.map(\.id).count == 1)
}

@Test func theDatabaseIsInWALMode() throws {
    let temporary = try TemporaryStore()
    let mode = try temporary.store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    #expect(FileManager.default.fileExists(atPath: temporary.path))
}

@Test func readersMapTheFileAndTheWriterDoesNot() throws {
    let temporary = try TemporaryStore()
    let read = try temporary.store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA mmap_size") }
    let written = try temporary.store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA mmap_size") }
    // SQLite caps the size at its build's maximum: what matters is that readers map pages, not pread them.
    #expect((read ?? 0) >= 1 << 30)
    #expect(written == 0)
}

@Test func documentsAreListedNewestFirstInPages() throws {
    let temporary = try TemporaryStore()
    for index in 1...5 {
        let (document, extraction) = sampleDocument(name: "doc\(index).txt", events: twoEvents)
        _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("doc\(index)"))
    }
    let first = try temporary.store.documents(limit: 2, cursor: nil)
    #expect(first.documents.map(\.name) == ["doc5.txt", "doc4.txt"])
    let second = try temporary.store.documents(limit: 2, cursor: first.nextCursor)
    #expect(second.documents.map(\.name) == ["doc3.txt", "doc2.txt"])
    let third = try temporary.store.documents(limit: 2, cursor: second.nextCursor)
    #expect(third.documents.map(\.name) == ["doc1.txt"])
    #expect(third.nextCursor == nil)
    #expect(first.documents[0].eventCount == 2)
    #expect(throws: QueryError.self) { try temporary.store.documents(limit: 2, cursor: "garbage!") }
}

@Test func concurrentIngestsOfTheSameBytesStoreOneDocument() async throws {
    let temporary = try TemporaryStore()
    let store = temporary.store
    let (document, extraction) = sampleDocument(events: twoEvents)
    let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
        for _ in 0..<8 {
            group.addTask {
                if case .stored = try store.ingest(document, extraction: extraction, sha256: fakeHash("a")) {
                    return true
                }
                return false
            }
        }
        return try await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(outcomes.filter { $0 }.count == 1)
    #expect(try store.counts() == StoreCounts(documents: 1, timexes: 2, events: 2))
}
