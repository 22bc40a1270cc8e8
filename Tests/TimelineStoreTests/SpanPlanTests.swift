import GRDB
import Testing
import TimelineCore

@testable import TimelineStore

/// Events on each side of every length class of `SpanClass` (a day more and a day less than each bound),
/// exactly one calendar period (`SpanClass.Period`) and a day more, a day less or a day later than one, with
/// times of day, open bounds, a malformed end and an impossible date, all around 2021-06.
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
    var periods: Set<String> = []
    for period in SpanClass.Period.allCases {
        for anchor in [-40_000, -400, -40, 0, 30].map({ start.adding(days: $0) }) {
            for step in [-1, 0, 1] {
                let first = periodEnd(period, period.start(containing: anchor), times: step)
                let end = periodEnd(period, first)
                for (name, from, to) in [
                    ("Period", first, end), ("Period and a day", first, end.adding(days: 1)),
                    ("Period less a day", first, end.adding(days: -1)),
                    ("Period a day later", first.adding(days: 1), end.adding(days: 1)),
                ] where periods.insert("\(name) \(period) from \(from) to \(to)").inserted {
                    events.append(
                        SampleEvent(
                            trigger: "lasted", summary: "\(name) \(period) from \(from) to \(to)",
                            timexValue: from.description, start: from.description, end: to.description))
                }
            }
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
    events.append(
        SampleEvent(
            trigger: "lasted", summary: "Impossible day", timexValue: "2021", start: "2021-02-30",
            end: "2021-03-01"))
    return events
}()

/// The end of the calendar period of kind `period` starting on `start`, or with `times`, of that many periods.
func periodEnd(_ period: SpanClass.Period, _ start: CalendarDate, times: Int = 1) -> CalendarDate {
    switch period {
    case .day: start.adding(days: times)
    case .month: start.adding(months: times)
    case .quarter: start.adding(months: 3 * times)
    case .year: start.adding(months: 12 * times)
    case .decade: start.adding(months: 120 * times)
    case .century: start.adding(months: 1200 * times)
    }
}

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
    // Days around the classes' bounds, and the first days of periods with the days before and after them.
    let periodStarts = [
        CalendarDate(year: 2021, month: 6, day: 1), CalendarDate(year: 2021, month: 4, day: 1),
        CalendarDate(year: 2021, month: 1, day: 1), CalendarDate(year: 2020, month: 1, day: 1),
        CalendarDate(year: 2000, month: 1, day: 1),
    ]
    let bounds =
        ([-40_001, -3_701, -367, -32, -8, -1, 0, 1, 2, 30, 400].map { base.adding(days: $0) }
        + periodStarts.flatMap { [$0.adding(days: -1), $0, $0.adding(days: 1)] }).sorted()
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
        try Row.fetchAll(db, sql: #"SELECT summary, span_days, span_class, start, "end" FROM event"#)
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
    // The interval plan's classes (`span_class`): calendar periods apart, then the lengths with quarters apart.
    let spanClasses = Dictionary(uniqueKeysWithValues: rows.map { ($0["summary"] as String, $0["span_class"] as Int) })
    // SQLite's `julianday` reads `2021-02-30` as 2021-03-02: a day's length, not a day (`date(start)` keeps it).
    for row in rows where row["summary"] != "Impossible day" {
        let summary: String = row["summary"]
        #expect(spanClasses[summary] == expectedSpanClass(start: row["start"], end: row["end"]), "\(summary)")
    }
    #expect(rows.count == spanEvents.count)
    let (day, month, century) = (SpanClass.Period.day, SpanClass.Period.month, SpanClass.Period.century)
    #expect(spanClasses["Lasted 1 from 2021-06-10"] == day.rawValue)
    #expect(spanClasses["Lasted 2 from 2021-06-10"] == 7)
    #expect(spanClasses["Lasted 32 from 2021-06-10"] == 92)
    #expect(spanClasses["Lasted 93 from 2021-06-10"] == 366)
    #expect(spanClasses["Lasted 367 from 2021-06-10"] == 3660)
    #expect(spanClasses["Lasted 3661 from 2021-06-10"] == 36600)
    #expect(spanClasses["Lasted 36600 from 2021-06-10"] == 36600)
    #expect(spanClasses["Lasted 36601 from 2021-06-10"] == 0)
    #expect(spanClasses["Period month from 2021-06-01 to 2021-07-01"] == month.rawValue)
    #expect(spanClasses["Period and a day month from 2021-06-01 to 2021-07-02"] == 31)
    #expect(spanClasses["Period a day later month from 2021-06-02 to 2021-07-02"] == 31)
    #expect(spanClasses["Period century from 2000-01-01 to 2100-01-01"] == century.rawValue)
    #expect(spanClasses["Impossible day"] == 1)
    #expect(spanClasses["Hours"] == 1)
    #expect(spanClasses["Open start"] == 0)
    #expect(spanClasses["Malformed"] == 0)
}

/// The class `SpanClass.schemaV10` gives an event stored with these bounds, worked out in Swift: 0 for an open
/// or malformed bound, a calendar period for a real date starting one and ending where it ends, else the first
/// length class at least its days.
func expectedSpanClass(start: String, end: String) -> Int {
    guard start.count >= 10, end.count >= 10, let first = CalendarDate(iso: start), let last = CalendarDate(iso: end)
    else { return 0 }
    let realDay = CalendarDate(dayNumber: first.dayNumber) == first && first.description == start
    if realDay, end.count == 10,
        let period = SpanClass.Period.allCases.first(where: {
            $0.start(containing: first) == first && periodEnd($0, first).description == end
        })
    {
        return period.rawValue
    }
    let days = last.dayNumber - first.dayNumber
    return SpanClass.eventDays.first { days <= $0 } ?? 0
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
    #expect(searches.count == 2 + SpanClass.eventClasses.count, "\(plan)")
    #expect(searches.allSatisfy { $0.hasPrefix("SEARCH e USING INDEX event_by_class (span_class=?") }, "\(plan)")
    // Open starts are found by their end, not by walking every event of class 0 that starts before `to`.
    #expect(searches.first?.contains("start=?") == true, "\(plan)")
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
}
