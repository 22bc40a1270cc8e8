import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// Queries of every kind, values varied within a kind: each pair of one shape must have one SQL text.
let shapeQueries: [[String: String]] = {
    let cursor = EventCursor(start: "2021-06-01", end: "2021-07-01", id: 7).encoded
    var queries: [[String: String]] = []
    for from in [nil, "2021", "2021-06", "0001-01-20", "1999-12"] {
        for to in [nil, "2022", "2021-06"] {
            for extra in [
                [:], ["q": "said"], ["q": "Companies said"], ["doc": "3"], ["cursor": cursor], ["limit": "7"],
            ] {
                var parameters = extra
                parameters["from"] = from
                parameters["to"] = to
                if let from, let to, from >= to { continue }
                queries.append(parameters)
            }
        }
    }
    return queries
}()

@Test func queriesOfOneShapeHaveOneSQLText() throws {
    var texts: [QueryShape: String] = [:]
    var shapes = Set<QueryShape>()
    for parameters in shapeQueries {
        let query = try EventQuery(parameters: parameters)
        for (term, inTimeOrder, json) in [(nil, false, false), (nil, true, true), ("said" as String?, false, true)] {
            let limit = query.limit + 1
            let shape = QueryShape(query, limit: limit, wordsInTimeOrder: inTimeOrder, term: term, json: json)
            let (sql, arguments) = try TimelineStore.eventSelection(
                query, limit: limit, wordsInTimeOrder: inTimeOrder, term: term, json: json)
            let (noText, sameArguments) = try TimelineStore.eventSelection(
                query, limit: limit, wordsInTimeOrder: inTimeOrder, term: term, json: json, text: false)
            #expect(noText.isEmpty)
            #expect(sameArguments == arguments, "\(parameters)")
            #expect(texts[shape, default: sql] == sql, "\(parameters)")
            texts[shape] = sql
            shapes.insert(shape)
        }
    }
    // Values alone do not make new shapes: fewer shapes than selections (three per query).
    #expect(shapes.count < 3 * shapeQueries.count * 2 / 3, "\(shapes.count) shapes")
    // Before year 1 a class's walk is unbounded: another text.
    let early = try EventQuery(parameters: ["from": "0001-01-20"])
    let late = try EventQuery(parameters: ["from": "2021-06"])
    #expect(
        QueryShape(early, limit: 101, wordsInTimeOrder: false, term: nil, json: true)
            != QueryShape(late, limit: 101, wordsInTimeOrder: false, term: nil, json: true))
}

@Test func pagesOfOneShapeFollowingEachOtherListTheirOwnEvents() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    for month in ["2021-05", "2021-06", "2021-07", "2021-05"] {
        let query = try EventQuery(parameters: ["from": month, "to": month, "limit": "1000"])
        let listed = try temporary.store.events(query).events.map(\.id)
        let (sql, arguments) = try TimelineStore.eventSelection(query, limit: 1001)
        let expected = try temporary.store.pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { $0["id"] as Int64 }
        }
        #expect(listed == expected, "\(month)")
        #expect(!listed.isEmpty)
    }
}
