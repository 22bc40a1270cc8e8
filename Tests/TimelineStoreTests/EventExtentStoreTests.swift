import Foundation
import GRDB
import Testing
import TimelineCore
import TimelineDocuments
import TimelineWire

@testable import TimelineStore

/// Durations and sets tied to their events: stored with the document, served on the event they measure.
@Suite struct EventExtentStoreTests {
    static let extractor = Extractor()

    /// A document read from `body`, published 2021-09-01, with what the real extractor finds in it.
    static func extracted(_ body: String, name: String = "report.txt") -> (Document, Extraction) {
        let date = CalendarDate(year: 2021, month: 9, day: 1)
        let document = Document(name: name, body: body, publicationDate: date, dctSource: .explicit)
        return (document, extractor.extract(body, publicationDate: date))
    }

    static let withdrawal = "The United States withdrew its troops from Afghanistan in August 2021 after 20 years."

    @Test func aDatedEventCarriesItsDuration() throws {
        let temporary = try TemporaryStore()
        let (document, extraction) = Self.extracted(Self.withdrawal)
        try #require(extraction.extents.count == 1, "\(extraction.extents)")
        let detail = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("withdrew")).detail

        let events = try temporary.store.events(EventQuery()).events
        let withdrew = try #require(events.first { $0.trigger.text == "withdrew" })
        #expect(withdrew.time.value == "2021-08" && withdrew.start == "2021-08-01")
        let extent = try #require(withdrew.extent)
        #expect(
            extent
                == EventExtentRecord(
                    expression: "20 years", value: "P20Y", type: "DURATION", relation: "AFTER", start: 76, end: 84,
                    timex: "t2"))
        // The duration is a stored expression of the document, not a date on the timeline.
        #expect(detail.timexes.contains { $0.id == "t2" && $0.type == "DURATION" })
        #expect(events.count == 1)
        #expect(detail.events.first?.extent == extent)
        #expect(detail.extents == [DocumentExtent(trigger: withdrew.trigger, extent: extent)])
        // Words and date filters go through the same path.
        #expect(try temporary.store.events(EventQuery(parameters: ["q": "troops"])).events.first?.extent == extent)
        #expect(try temporary.store.events(EventQuery(parameters: ["from": "2021-08"])).events.first?.extent == extent)
        let reread = try #require(try temporary.store.document(id: detail.document.id))
        #expect(reread.extents == detail.extents && reread.events.first?.extent == extent)
    }

    /// An extent whose event has no date of its own is kept with the document but puts nothing on the timeline.
    @Test func anUndatedEventsExtentStaysWithTheDocumentOnly() throws {
        let temporary = try TemporaryStore()
        let (document, extraction) = Self.extracted("The US withdrew its soldiers from Afghanistan after 20 years.")
        try #require(extraction.events.isEmpty && extraction.extents.count == 1)
        let detail = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("undated")).detail
        #expect(try temporary.store.events(EventQuery()).events.isEmpty)
        let only = try #require(detail.extents?.first)
        #expect(only.trigger.text == "withdrew" && only.extent.value == "P20Y" && only.extent.relation == "AFTER")
    }

    @Test func aSetKeepsItsQuantifier() throws {
        let temporary = try TemporaryStore()
        let (document, extraction) = Self.extracted("On Monday, protesters rallied every day outside parliament.")
        _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("set"))
        let rallied = try #require(
            try temporary.store.events(EventQuery()).events.first { $0.trigger.text == "rallied" })
        let extent = try #require(rallied.extent, "\(extraction)")
        #expect(extent.type == "SET" && extent.expression == "every day" && extent.quant == "EVERY")
    }

    /// A page's extents are looked up trigger by trigger in the index, never by scanning every extent.
    @Test func extentsAreLookedUpInTheirIndex() throws {
        let temporary = try TemporaryStore()
        let plan = try temporary.store.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + TimelineStore.extentLookup(count: 3),
                arguments: [1, 10, 1, 20, 2, 10]
            ).map {
                $0["detail"] as String
            }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH x USING INDEX extent_by_trigger") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN x") }, "\(plan)")
    }

    @Test func anExtentNamingAnUnknownExpressionStoresNothing() throws {
        let temporary = try TemporaryStore()
        var (document, extraction) = Self.extracted(Self.withdrawal)
        extraction.extents[0].timexID = "t9"
        #expect(throws: StoreError.self) {
            try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("bad"))
        }
        #expect(try temporary.store.counts() == StoreCounts(documents: 0, timexes: 0, events: 0))
    }

    /// A version-4 database with documents and events opens under version 5 with everything kept; its
    /// documents have no extents, and a document stored afterwards gets its own.
    @Test func aVersion4DatabaseUpgradesKeepingItsEventsAndAddsExtents() throws {
        let old = try OldDatabase(
            version: "v4",
            sql: """
                INSERT INTO document (id, name, published, dct_source, sha256, body, ingested_at)
                    VALUES (1, 'old.txt', '2020-01-02', 'filename', 'abc', 'It rained on Monday for hours.', 'now');
                INSERT INTO timex (id, document_id, tid, text, start, "end", type, value, span_start, span_end,
                                   granularity)
                    VALUES (1, 1, 't1', 'Monday', 13, 19, 'DATE', '2019-12-30', '2019-12-30', '2019-12-31',
                            'day'),
                           (2, 1, 't2', 'hours', 24, 29, 'DURATION', 'PTXH', NULL, NULL, NULL);
                INSERT INTO event (id, document_id, timex_id, trigger_text, trigger_start, trigger_end,
                                   relation, summary, sentence_text, sentence_start, sentence_end, start,
                                   "end", tense)
                    VALUES (7, 1, 1, 'rained', 3, 9, 'ON', 'It rained', 'It rained on Monday for hours.', 0,
                            30, '2019-12-30', '2019-12-31', 'PAST');
                INSERT INTO event_search (rowid, summary, sentence_text, trigger_text)
                    VALUES (7, 'It rained', 'It rained on Monday for hours.', 'rained');
                """)
        let store = try TimelineStore(path: old.path)
        let oldEvents = try store.events(EventQuery()).events
        #expect(oldEvents.map(\.id) == [7] && oldEvents.first?.tense == "PAST" && oldEvents.first?.extent == nil)
        #expect(try store.events(EventQuery(words: ["rained"])).events.map(\.id) == [7])
        let oldDetail = try #require(try store.document(id: 1))
        #expect(oldDetail.timexes.map(\.id) == ["t1", "t2"] && oldDetail.extents == nil)

        let (document, extraction) = Self.extracted(Self.withdrawal)
        _ = try store.ingest(document, extraction: extraction, sha256: fakeHash("after-upgrade"))
        let events = try store.events(EventQuery()).events
        #expect(events.map(\.id).first == 7 && events.count == 2)
        #expect(events.last?.extent?.value == "P20Y" && events.first?.extent == nil)
        let version = try DatabaseQueue(path: old.path).read { db in try TimelineStore.migrator.appliedMigrations(db) }
        #expect(version.contains("v5"))
    }
}
