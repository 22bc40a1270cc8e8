import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// Events on both sides of the interesting periods, with every kind of open bound.
let timelineEvents = [
    SampleEvent(
        trigger: "ruled", summary: "Kings ruled", relation: .before, timexValue: "2020", start: "2020-01-01",
        end: "2021-01-01"),
    SampleEvent(
        trigger: "opened", summary: "The bridge opened", timexValue: "2019-05-10", start: "2019-05-10",
        end: "2019-05-11"),
    SampleEvent(
        trigger: "began", summary: "The drought began", relation: .begins, timexValue: "2021",
        start: "2021-01-01", end: "2022-04-01"),
    SampleEvent(
        trigger: "seized", summary: "The Taliban seized Kabul", timexValue: "2021-08", start: "2021-08-01",
        end: "2021-09-01"),
    SampleEvent(
        trigger: "flooded", summary: "Rivers flooded the north", timexValue: "2022-03-31",
        start: "2022-03-31", end: "2022-04-01"),
    SampleEvent(
        trigger: "return", summary: "Peace will return or not", relation: .after, timexValue: "2023",
        start: "2023-01-01", end: "2024-01-01"),
    SampleEvent(
        trigger: "meeting", summary: "A meeting about \"quotes\" and NEAR( operators", timexValue: "2018-06",
        start: "2018-06-01T10:00", end: "2018-06-01T11:00"),
]

func timelineStore() throws -> TemporaryStore {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: timelineEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("timeline"))
    return temporary
}

@Test(
    arguments: [
        ([:], ["Kings", "A meeting", "The bridge", "The drought", "The Taliban", "Rivers", "Peace"]),
        (["from": "2021", "to": "2021"], ["The drought", "The Taliban"]),
        (["from": "2021", "to": "2022"], ["The drought", "The Taliban", "Rivers"]),
        (["from": "2019", "to": "2019"], ["Kings", "The bridge"]),
        (["from": "2021-08", "to": "2021-08"], ["The drought", "The Taliban"]),
        (["from": "2022-03-31", "to": "2022-03-31"], ["The drought", "Rivers"]),
        (["to": "2019"], ["Kings", "A meeting", "The bridge"]),
        (["to": "2017"], ["Kings"]),
        (["from": "2030"], ["Peace"]),
        (["from": "2024", "to": "2024"], ["Peace"]),
        (["from": "2018-06-01", "to": "2018-06-01"], ["Kings", "A meeting"]),
        (["from": "2020", "to": "2020"], []),  // BEFORE 2020 ends where 2020 starts
        (["from": "2022-04-01"], ["Peace"]),
    ] as [([String: String], [String])])
func intervalOverlap(parameters: [String: String], expected: [String]) throws {
    let temporary = try timelineStore()
    let found = try summaries(temporary.store, parameters)
    #expect(found.count == expected.count, "\(found)")
    for (summary, prefix) in zip(found, expected) {
        #expect(summary.hasPrefix(prefix), "\(found)")
    }
}

@Test func openBoundsReadBackAsNil() throws {
    let temporary = try timelineStore()
    let events = try temporary.store.events(EventQuery()).events
    let kings = try #require(events.first { $0.summary == "Kings ruled" })
    #expect(kings.start == nil && kings.end == "2020-01-01" && kings.relation == "BEFORE")
    let peace = try #require(events.first { $0.summary.hasPrefix("Peace") })
    #expect(peace.start == "2024-01-01" && peace.end == nil && peace.relation == "AFTER")
}

@Test(
    arguments: [
        ("Taliban", ["The Taliban seized Kabul"]),
        ("taliban KABUL", ["The Taliban seized Kabul"]),
        ("seize", ["The Taliban seized Kabul"]),  // stemmed
        ("Taliban bridge", []),  // all words required
        ("flooded", ["Rivers flooded the north"]),
        ("\"Taliban", ["The Taliban seized Kabul"]),
        ("Taliban\" OR \"bridge", []),
        ("NEAR(", ["A meeting about \"quotes\" and NEAR( operators"]),
        ("NEAR(meeting quotes)", []),  // the phrase "near meeting" is not in the text
        ("OR", ["Peace will return or not"]),
        ("Kings OR bridge", []),
        ("quotes*", ["A meeting about \"quotes\" and NEAR( operators"]),
        ("summary:Kings", []),
        ("^Kings -bridge", []),
    ] as [(String, [String])])
func wordSearchTreatsInputAsWords(q: String, expected: [String]) throws {
    let temporary = try timelineStore()
    #expect(try summaries(temporary.store, ["q": q]) == expected)
}

@Test(arguments: [["\""], ["*"], ["\"", "*", "()"]])
func wordsWithNothingToSearchAreAQueryError(words: [String]) throws {
    let temporary = try timelineStore()
    #expect(throws: QueryError.self) { try temporary.store.events(EventQuery(words: words)) }
}

/// Found by `make fuzz` (fuzz-query): a NUL in `q` ended SQLite's copy of the MATCH text ("unterminated
/// string", a 500 from the API). Control characters now separate words like spaces.
@Test func controlCharactersInWordsSearchLikeSpaces() throws {
    let temporary = try timelineStore()
    let plain = try summaries(temporary.store, ["q": "bridge opened"])
    #expect(!plain.isEmpty)
    #expect(try summaries(temporary.store, ["q": "bridge\u{0}opened"]) == plain)
    #expect(try summaries(temporary.store, ["q": "bridge\u{7}"]) == summaries(temporary.store, ["q": "bridge"]))
}

/// Found by `make fuzz` (fuzz-query): a quote followed by a combining mark is one `Character`, so it was
/// not doubled and the FTS5 string ended early ("fts5: syntax error near …", a 500 from the API).
@Test func aQuoteWithACombiningMarkStaysQuoted() throws {
    let temporary = try timelineStore()
    let plain = try summaries(temporary.store, ["q": "bridge"])
    #expect(!plain.isEmpty)
    #expect(try summaries(temporary.store, ["q": "bridge\"\u{301}"]) == plain)
    _ = try summaries(temporary.store, ["q": "!\"\u{AFD}ts @ oo=0"])
}

@Test func documentFilter() throws {
    let temporary = try timelineStore()
    let (other, extraction) = sampleDocument(name: "other.txt", events: Array(timelineEvents.prefix(2)))
    let id = try temporary.store.ingest(other, extraction: extraction, sha256: fakeHash("other")).detail.document.id
    let events = try temporary.store.events(EventQuery(parameters: ["doc": String(id)])).events
    #expect(events.map(\.summary) == ["Kings ruled", "The bridge opened"])
    #expect(events.allSatisfy { $0.document.id == id && $0.document.name == "other.txt" })
    #expect(try temporary.store.events(EventQuery(documentID: 999)).events.isEmpty)
}

@Test func cursorPagesVisitEveryEventOnceInOrder() throws {
    let temporary = try TemporaryStore()
    // Many documents with the same intervals, so ties on (start, end) are broken by id across pages.
    for index in 0..<9 {
        let (document, extraction) = sampleDocument(name: "doc\(index).txt", events: timelineEvents)
        _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("doc\(index)"))
    }
    let all = try temporary.store.events(EventQuery(limit: 1000)).events
    #expect(all.count == 63)
    for parameters in [["limit": "5"], ["limit": "7", "from": "2021", "to": "2022"], ["limit": "1", "q": "Taliban"]] {
        var visited: [Int64] = []
        var cursor: String?
        var pages = 0
        repeat {
            var page = parameters
            page["cursor"] = cursor
            let result = try temporary.store.events(EventQuery(parameters: page))
            visited += result.events.map(\.id)
            cursor = result.nextCursor
            pages += 1
            #expect(result.events.count <= Int(parameters["limit"]!)!)
        } while cursor != nil && pages < 100
        var whole = parameters
        whole["limit"] = "1000"
        let expected = try temporary.store.events(EventQuery(parameters: whole)).events.map(\.id)
        #expect(visited == expected)
        #expect(Set(visited).count == visited.count)
    }
    let sortKeys = all.map { ($0.start ?? "", $0.end ?? "9999", $0.id) }
    #expect(zip(sortKeys, sortKeys.dropFirst()).allSatisfy { $0 < $1 })
}

@Test(arguments: [
    EventQuery(from: CalendarDate(year: 2021, month: 1, day: 1), to: CalendarDate(year: 2022, month: 1, day: 1)),
    EventQuery(to: CalendarDate(year: 2021, month: 1, day: 1)),
    EventQuery(from: CalendarDate(year: 2021, month: 1, day: 1)),
    EventQuery(
        from: CalendarDate(year: 2021, month: 1, day: 1), cursor: EventCursor(start: "2021", end: "2022", id: 1).encoded
    ),
    EventQuery(
        to: CalendarDate(year: 2021, month: 1, day: 1), cursor: EventCursor(start: "", end: "2022", id: 1).encoded),
    EventQuery(from: CalendarDate(year: 2021, month: 1, day: 1), documentID: 3),
    EventQuery(words: ["Taliban"]),
])
func theIntervalQueryUsesAnIndex(query: EventQuery) throws {
    let temporary = try timelineStore()
    let (sql, arguments) = try TimelineStore.eventSelection(query, limit: 101)
    let plan = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }
    // Every step on the event table must search an index, never scan it (not even in index order).
    let eventLines = plan.filter { $0.hasPrefix("SEARCH e ") || $0 == "SCAN e" || $0.hasPrefix("SCAN e ") }
    #expect(!eventLines.isEmpty, "\(plan)")
    for line in eventLines {
        #expect(line.hasPrefix("SEARCH e USING"), "not an index search: \(plan)")
    }
}
