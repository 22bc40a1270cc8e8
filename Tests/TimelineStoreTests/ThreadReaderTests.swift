import Foundation
import Testing
import TimelineCore
import TimelineWire

@testable import TimelineStore

/// The pages each query lists, read through GRDB's reader pool by a second store on the same file.
private func poolPages(_ path: String, _ queries: [EventQuery]) throws -> [[UInt8]] {
    let store = try TimelineStore(path: path)
    return try queries.map { try store.eventsJSON($0) }
}

private let threadQueries = [[:], ["from": "2021-06", "to": "2021-06"], ["q": "lasted"], ["doc": "1"], ["limit": "2"]]

@Test func threadConnectionsAnswerConcurrentPagesAsThePoolDoes() throws {
    let temporary = try TemporaryStore(threadReaders: true)
    let store = temporary.store
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    let queries = try threadQueries.map { try EventQuery(parameters: $0) }
    let expected = try poolPages(temporary.path, queries)
    #expect(expected.allSatisfy { $0.count > 20 })
    let (pages, failures) = readConcurrently(iterations: 400) { index in
        try store.eventsJSON(queries[index % queries.count])
    }
    #expect(failures == [])
    #expect(pages.count == 400)
    for (index, page) in pages { #expect(page == expected[index % queries.count], "query \(index % queries.count)") }
    let connections = try #require(store.threadReaders).count
    #expect(connections >= 1 && connections <= ProcessInfo.processInfo.activeProcessorCount + 2)
}

@Test func aThreadConnectionSeesEventsCommittedAfterItsLastRead() throws {
    let temporary = try TemporaryStore(threadReaders: true)
    let store = temporary.store
    let query = try EventQuery(parameters: [:])
    let threads = 4
    func pagesOnThreads() -> [[UInt8]] {
        let (pages, failures) = readConcurrently(iterations: threads) { _ in try store.eventsJSON(query) }
        #expect(failures == [])
        return (0..<threads).map { pages[$0] ?? [] }
    }
    let empty = pagesOnThreads()
    #expect(empty.allSatisfy { $0 == empty[0] })
    #expect(try store.events(query).events.isEmpty)
    // The connections are open (each read once); the commit must show in their next statement.
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    let filled = pagesOnThreads()
    let expected = try poolPages(temporary.path, [query])[0]
    #expect(filled.allSatisfy { $0 == expected })
    #expect(expected != empty[0])
}

@Test func storesWithoutThreadConnectionsReadThroughThePool() throws {
    let temporary = try TemporaryStore()
    #expect(temporary.store.threadReaders == nil)
}
