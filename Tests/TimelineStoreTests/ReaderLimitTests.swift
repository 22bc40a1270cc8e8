import Foundation
import Testing
import TimelineCore
import TimelineWire

@testable import TimelineStore

/// A store of the length-class events opened with `readers` reading connections.
private func storeWith(readers: Int) throws -> TemporaryStore {
    let temporary = try TemporaryStore(readers: readers)
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    return temporary
}

@Test func oneReaderAnswersConcurrentQueriesAndCounts() throws {
    let temporary = try storeWith(readers: 1)
    let store = temporary.store
    #expect(store.pool.configuration.maximumReaderCount == 1)
    let queries = try [[:], ["from": "2021-06", "to": "2021-06"], ["q": "lasted"], ["doc": "1"]].map {
        try EventQuery(parameters: $0)
    }
    let expected = try queries.map { try store.eventsJSON($0) }
    let counts = try store.counts()
    #expect(counts.events == spanEvents.count)
    // Eight threads share the one connection, each waiting its turn: every answer is the one read alone.
    let (pages, failures) = readConcurrently(iterations: 400) { index in
        guard index % 5 == 4 else { return try store.eventsJSON(queries[index % 4]) }
        let seen = try store.counts()
        if seen != counts { throw StoreError("counts \(seen)") }
        return nil
    }
    #expect(failures == [])
    #expect(pages.count == 320)
    for (index, page) in pages { #expect(page == expected[index % 4], "query \(index % 4)") }
}

@Test func aStoreNeedsAReader() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-readers-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: StoreError.self) {
        try TimelineStore(path: folder.appendingPathComponent("t.sqlite").path, readers: 0)
    }
}
