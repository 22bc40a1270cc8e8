import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// Events on each side of every length class of `SpanClass` (a day more and a day less than each bound),
/// with times of day, open bounds and a malformed end, all around 2021-06.
let spanEvents: [SampleEvent] = {
    var events: [SampleEvent] = []
    let start = CalendarDate(year: 2021, month: 6, day: 10)
    for days in Set(SpanClass.days + SpanClass.eventDays).sorted().flatMap({ [$0 - 1, $0, $0 + 1] }) + [50_000] {
        for offset in [-40_000, -3_700, -400, -40, -8, -2, 0, 3] {
            let first = start.adding(days: offset)
            events.append(
                SampleEvent(
                    trigger: "lasted", summary: "Lasted \(days) from \(first)", timexValue: first.description,
                    start: first.description, end: first.adding(days: days).description))
        }
    }
    events.append(
        SampleEvent(
            trigger: "lasted", summary: "Hours", timexValue: "2021-06-10", start: "2021-06-09T22:00",
            end: "2021-06-10T01:00"))
    events.append(
        SampleEvent(
            trigger: "lasted", summary: "Open start", relation: .before, timexValue: "2021", start: "2021-05-01",
            end: "2021-06-01"))
    events.append(
        SampleEvent(
            trigger: "lasted", summary: "Open end", relation: .after, timexValue: "2021", start: "2019-01-01",
            end: "2019-05-01"))
    events.append(
        SampleEvent(trigger: "lasted", summary: "Malformed", timexValue: "2021", start: "2021-06-01", end: "2021-7"))
    return events
}()

/// Every event of the store, oldest first, with the stored bounds.
func allEvents(_ store: TimelineStore) throws -> [(id: Int64, start: String, end: String)] {
    try store.events(EventQuery(limit: EventQuery.maximumLimit)).events.map {
        ($0.id, $0.start ?? OpenBound.start, $0.end ?? OpenBound.end)
    }
}

@Test func theLengthClassPlanListsWhatTheOverlapTestSelects() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    let all = try allEvents(temporary.store)
    #expect(all.count == spanEvents.count)
    let base = CalendarDate(year: 2021, month: 6, day: 10)
    let bounds = [-40_001, -3_701, -367, -32, -8, -1, 0, 1, 2, 30, 400].map { base.adding(days: $0) }
    for from in bounds {
        for to in [nil] + bounds.filter({ $0 > from }) {
            let expected = all.filter { event in
                event.end > from.description && (to.map { event.start < $0.description } ?? true)
            }
            var listed: [Int64] = []
            var cursor: String?
            repeat {
                let page = try temporary.store.events(EventQuery(from: from, to: to, limit: 7, cursor: cursor))
                listed += page.events.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil
            #expect(listed == expected.map(\.id), "from \(from) to \(String(describing: to))")
        }
    }
}

@Test func theLengthClassOfAnExistingEventIsComputed() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    let rows = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: "SELECT summary, span_days, span_class FROM event")
    }
    let classes = Dictionary(uniqueKeysWithValues: rows.map { ($0["summary"] as String, $0["span_days"] as Int) })
    #expect(classes["Lasted 1 from 2021-06-10"] == 1)
    #expect(classes["Lasted 2 from 2021-06-10"] == 7)
    #expect(classes["Lasted 366 from 2021-06-10"] == 366)
    #expect(classes["Lasted 367 from 2021-06-10"] == 3660)
    #expect(classes["Lasted 36601 from 2021-06-10"] == 0)
    #expect(classes["Hours"] == 1)
    #expect(classes["Open start"] == 0)
    #expect(classes["Open end"] == 0)
    #expect(classes["Malformed"] == 0)
    // The interval plan's classes (`span_class`): the same, with quarters apart from years.
    let finer = Dictionary(uniqueKeysWithValues: rows.map { ($0["summary"] as String, $0["span_class"] as Int) })
    for (summary, days) in classes where ![32, 91, 92].contains(where: { summary.hasPrefix("Lasted \($0) ") }) {
        #expect(finer[summary] == days, "\(summary)")
    }
    #expect(finer["Lasted 32 from 2021-06-10"] == 92)
    #expect(finer["Lasted 92 from 2021-06-10"] == 92)
    #expect(finer["Lasted 93 from 2021-06-10"] == 366)
}

@Test(arguments: [
    ["q": "lasted"], ["q": "lasted from"], ["q": "lasted", "from": "2021-06", "to": "2021-06"],
    ["q": "lasted", "to": "2020"], ["q": "open"],
])
func frequentWordsWalkTheEventsInTimeOrderAndListTheSame(parameters: [String: String]) throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("spans"))
    for limit in ["3", "1000"] {
        var query = try EventQuery(parameters: parameters.merging(["limit": limit]) { $1 })
        query.limit += 1
        let listed = try [false, true].map { inTimeOrder in
            let (sql, arguments) = try TimelineStore.eventSelection(
                query, limit: query.limit, wordsInTimeOrder: inTimeOrder)
            return try temporary.store.pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { $0["id"] as Int64 }
            }
        }
        #expect(listed[0] == listed[1], "\(parameters)")
        #expect(!listed[0].isEmpty || parameters["to"] != nil)
    }
    let (sql, arguments) = try TimelineStore.eventSelection(
        EventQuery(parameters: parameters), limit: 101, wordsInTimeOrder: true)
    let plan = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }
    // Walks the chronological index (no sort), testing each event against the set of matching ids.
    #expect(
        plan.contains {
            $0.hasPrefix("SCAN e USING INDEX event_by_interval")
                || $0.hasPrefix("SEARCH e USING INDEX event_by_interval")
        }, "\(plan)")
    #expect(plan.contains { $0.hasPrefix("LIST SUBQUERY") }, "\(plan)")
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    let query = try EventQuery(parameters: parameters)
    let frequent = try temporary.store.pool.read { db in try TimelineStore.wordsAreFrequent(query, db) }
    #expect(!frequent)
}

@Test(arguments: [
    ["from": "2021-06", "to": "2021-06"], ["from": "2021"],
    ["from": "2021", "cursor": EventCursor(start: "", end: "2022", id: 1).encoded],
])
func theLengthClassPlanSearchesEachClassInOrderWithoutSorting(parameters: [String: String]) throws {
    let temporary = try timelineStore()
    let (sql, arguments) = try TimelineStore.eventSelection(EventQuery(parameters: parameters), limit: 101)
    let plan = try temporary.store.pool.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }
    let searches = plan.filter { $0.hasPrefix("SEARCH e ") }
    #expect(searches.count == 2 + SpanClass.eventDays.count, "\(plan)")
    #expect(searches.allSatisfy { $0.hasPrefix("SEARCH e USING INDEX event_by_class (span_class=?") }, "\(plan)")
    // Open starts are found by their end, not by walking every event of class 0 that starts before `to`.
    #expect(searches.first?.contains("start=?") == true, "\(plan)")
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
}
