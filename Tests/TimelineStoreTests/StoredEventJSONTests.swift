import Foundation
import GRDB
import Testing
import TimelineCore
import TimelineDocuments
import TimelineWire

@testable import TimelineStore

/// A store with the length-class events, a real article's events (extents, publication-dated events, a title)
/// and text that needs escaping.
private func jsonStore() throws -> TemporaryStore {
    let temporary = try TemporaryStore()
    let (spans, spanExtraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(spans, extraction: spanExtraction, sha256: fakeHash("spans"))
    let body = """
        The United States withdrew its troops from Afghanistan in August 2021 after 20 years. \
        The company has said "no" twice a week since 2019, and the café\\bar will open on Monday.
        """
    let date = CalendarDate(year: 2021, month: 9, day: 1)
    var document = Document(name: "a \"quoted\"/name.txt", body: body, publicationDate: date, dctSource: .explicit)
    document.title = "Tab\there"
    let extraction = Extractor().extract(body, publicationDate: date)
    #expect(!extraction.extents.isEmpty)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("article"))
    return temporary
}

/// Every page of `parameters` (limit `limit`), following the cursors, as `eventsJSON` and as `EventJSON` writes
/// `events`' records.
private func pages(_ store: TimelineStore, _ parameters: [String: String], limit: Int) throws -> [([UInt8], [UInt8])] {
    var pages: [([UInt8], [UInt8])] = []
    var cursor = ""
    repeat {
        let query = try EventQuery(parameters: parameters.merging(["limit": String(limit), "cursor": cursor]) { $1 })
        let page = try store.events(query)
        var expected: [UInt8] = []
        EventJSON.append(page, to: &expected)
        pages.append((try store.eventsJSON(query), expected))
        cursor = page.nextCursor ?? ""
    } while !cursor.isEmpty && pages.count < 1000
    return pages
}

private let queries: [[String: String]] = [
    [:], ["from": "2021-06", "to": "2021-06"], ["from": "2021"], ["to": "2020"], ["q": "lasted"], ["q": "said"],
    ["q": "lasted from"], ["q": "don't"], ["q": "withdrew", "from": "2021"], ["doc": "1"], ["doc": "2"],
    ["doc": "2", "q": "troops"], ["q": "absent"],
]

@Test(arguments: queries)
func storedObjectsMakeTheBytesEventJSONWrites(parameters: [String: String]) throws {
    let temporary = try jsonStore()
    for limit in [1, 3, 100] {
        let written = try pages(temporary.store, parameters, limit: limit)
        for (stored, expected) in written {
            #expect(stored == expected, "\(parameters) limit \(limit)")
        }
    }
}

@Test func theMigrationWritesTheObjectsIngestWrites() throws {
    let temporary = try jsonStore()
    let before = try temporary.store.eventsJSON(EventQuery(limit: 1000))
    #expect(before.count > 1000)
    try temporary.store.pool.write { db in
        try db.execute(sql: "DROP TABLE event_json")
        try StoredEventJSON.migrate(db, batch: 7)
    }
    #expect(try temporary.store.eventsJSON(EventQuery(limit: 1000)) == before)
    let count = try temporary.store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM event_json") }
    #expect(count == (try temporary.store.counts().events))
}

@Test(arguments: [["from": "2021-06", "to": "2021-06"], ["q": "said"], ["q": "lasted", "from": "2021"]])
func storedObjectPagesWalkTheIndexesInOrderWithoutSorting(parameters: [String: String]) throws {
    let temporary = try jsonStore()
    let query = try EventQuery(parameters: parameters)
    let term = try TimelineStore.postingTerm(query, temporary.store.searchTerms)
    let (sql, arguments) = try TimelineStore.eventSelection(query, limit: 101, term: term, json: true)
    let plan = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }
    let walks = plan.filter { $0.hasPrefix(term == nil ? "SEARCH e " : "SEARCH w ") }
    #expect(walks.count == 2 + (term == nil ? SpanClass.eventClasses : SpanClass.days).count, "\(plan)")
    #expect(
        walks.allSatisfy {
            $0.contains("INDEX event_by_class (span_class=?") || $0.contains("PRIMARY KEY (term=? AND span_days=?")
        }, "\(plan)")
    #expect(plan.filter { $0.hasPrefix("SEARCH j USING INTEGER PRIMARY KEY") }.count == walks.count, "\(plan)")
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
}
