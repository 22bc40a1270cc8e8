import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// The length-class events of `spanEvents`, and events whose words stem, fold case and lose diacritics.
private func wordStore() throws -> TemporaryStore {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    let summaries = [
        "Companies said", "The company said", "CAFÉ opened", "Café closed", "They don't say", "Lasting peace",
        "the the the", "Naïve companies",
    ]
    let events = summaries.enumerated().map { index, summary in
        let start = CalendarDate(year: 2020, month: 1, day: 1).adding(days: index * 97 % 500)
        return SampleEvent(
            trigger: String(summary.split(separator: " ").last!), summary: summary, timexValue: start.description,
            start: start.description, end: start.adding(days: index % 3 == 0 ? 400 : 1).description)
    }
    let (other, otherExtraction) = sampleDocument(name: "2021-01-02-words.txt", events: events)
    _ = try temporary.store.ingest(other, extraction: otherExtraction, sha256: fakeHash("words"))
    return temporary
}

@Test(arguments: [
    ["q": "lasted"], ["q": "company"], ["q": "Companies"], ["q": "cafe"], ["q": "said"], ["q": "the"],
    ["q": "2021"], ["q": "from", "from": "2021-06", "to": "2021-06"], ["q": "lasted", "from": "2021"],
    ["q": "lasted", "to": "2020"], ["q": "open"], ["q": "naive", "from": "2020-03"], ["q": "absent"],
])
func thePostingPlanListsWhatTheSearchIndexPlanLists(parameters: [String: String]) throws {
    let temporary = try wordStore()
    let query = try EventQuery(parameters: parameters)
    let term = try TimelineStore.postingTerm(query, temporary.store.searchTerms)
    #expect(term != nil)
    let (sql, arguments) = try TimelineStore.eventSelection(
        EventQuery(parameters: parameters.merging(["limit": "1000"]) { $1 }), limit: 1000)
    let expected = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { $0["id"] as Int64 }
    }
    #expect(!expected.isEmpty || parameters["q"] == "absent" || parameters["to"] != nil, "\(parameters)")
    var listed: [Int64] = []
    var cursor: String?
    repeat {
        let page = try temporary.store.events(
            EventQuery(parameters: parameters.merging(["limit": "3", "cursor": cursor ?? ""]) { $1 }))
        listed += page.events.map(\.id)
        cursor = page.nextCursor
    } while cursor != nil
    #expect(listed == expected, "\(parameters)")
}

@Test(arguments: [["q": "said"], ["q": "lasted", "from": "2021-06", "to": "2021-07"]])
func thePostingPlanWalksEachLengthClassInOrderWithoutSorting(parameters: [String: String]) throws {
    let temporary = try wordStore()
    let (sql, arguments) = try TimelineStore.eventSelection(
        EventQuery(parameters: parameters), limit: 101, term: parameters["q"] == "said" ? "said" : "last")
    let plan = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }
    let searches = plan.filter { $0.hasPrefix("SEARCH w ") }
    #expect(searches.count == 2 + SpanClass.days.count, "\(plan)")
    #expect(searches.allSatisfy { $0.contains("PRIMARY KEY (term=? AND span_days=?") }, "\(plan)")
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
}

@Test func aWordIsOneTermOrNone() throws {
    let terms = try SearchTerms()
    #expect(try terms.term(ofWord: "Companies") == "compani")
    #expect(try terms.term(ofWord: "CAFÉ") == "cafe")
    #expect(try terms.term(ofWord: "\"said\"") == "said")
    #expect(try terms.term(ofWord: "don't") == nil)
    #expect(try terms.term(ofWord: "a\u{0}b") == nil)
    #expect(try terms.term(ofWord: "!!") == nil)
    #expect(
        try terms.terms(of: [["Companies said", "", "said"], [], ["the the"]]) == [["compani", "said"], [], ["the"]])
}

/// A word's term is remembered (words without one too), and the same past the limit of remembered words.
@Test func aWordsTermIsTheSameWhenRemembered() throws {
    let terms = try SearchTerms()
    for _ in 0..<2 {
        #expect(try terms.term(ofWord: "Companies") == "compani")
        #expect(try terms.term(ofWord: "don't") == nil)
    }
    for index in 0...SearchTerms.knownLimit { _ = try terms.term(ofWord: "w\(index)") }
    #expect(try terms.term(ofWord: "Companies") == "compani")
    #expect(try terms.term(ofWord: "don't") == nil)
    #expect(try terms.term(ofWord: "w17") == "w17")
}

/// The migration fills `event_word` from the search index; ingest writes it with the tokenizer: the same rows.
@Test func theMigrationFillsWhatIngestWrites() throws {
    let temporary = try wordStore()
    let rows = "SELECT term, span_days, start, \"end\", event_id FROM event_word ORDER BY 1, 2, 3, 4, 5"
    let written = try temporary.store.pool.read { db in try Row.fetchAll(db, sql: rows) }
    #expect(written.count > 100)
    let filled = try temporary.store.pool.write { db in
        try db.execute(sql: "DROP TABLE event_word")
        try WordPostings.migrate(db)
        return try Row.fetchAll(db, sql: rows)
    }
    #expect(filled == written)
}
