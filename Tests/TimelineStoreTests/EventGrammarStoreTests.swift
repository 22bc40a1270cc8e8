import Foundation
import GRDB
import Testing
import TimelineCore
import TimelineWire

@testable import TimelineStore

/// An event's tense, aspect, polarity and modality go into the store and come back on the wire record.
@Test func eventGrammarIsStoredAndServed() throws {
    let temporary = try TemporaryStore()
    var (document, extraction) = sampleDocument(events: twoEvents)
    extraction.events[0].grammar = EventGrammar(tense: .past, aspect: .none, polarity: .negative, modality: nil)
    extraction.events[1].grammar = EventGrammar(
        tense: .infinitive, aspect: .perfective, polarity: .positive, modality: "plans")
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("grammar"))
    let events = try temporary.store.events(EventQuery()).events
    let seized = try #require(events.first { $0.trigger.text == "seized" })
    #expect(seized.tense == "PAST" && seized.aspect == "NONE" && seized.polarity == "NEG" && seized.modality == nil)
    let ended = try #require(events.first { $0.trigger.text == "ended" })
    #expect(ended.tense == "INFINITIVE" && ended.aspect == "PERFECTIVE" && ended.polarity == "POS")
    #expect(ended.modality == "plans")
}

/// An event dated only by the publication date is stored without a time expression and served marked, its
/// time being the publication day.
@Test func publicationDateEventsAreStoredWithoutATimeExpression() throws {
    let temporary = try TemporaryStore()
    var (document, extraction) = sampleDocument(events: twoEvents)
    var event = extraction.events[0]
    event.timexID = DatedEvent.publicationTimexID
    event.relation = .ends
    event.span = TimeSpan(start: "", end: "2022-04-01", granularity: .day)
    extraction.events.append(event)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("publication"))
    let events = try temporary.store.events(EventQuery()).events
    #expect(events.count == 3)
    let dated = try #require(events.first { $0.datedByPublication })
    #expect(dated.relation == "ENDS" && dated.start == nil && dated.end == "2022-04-01")
    #expect(dated.time.value == "2022-03-31" && dated.time.text == "")
    #expect(events.filter { !$0.datedByPublication }.count == 2)
}

/// A version-2 database with events opens under version 3: its events keep their ids, read as `NONE`/`POS`
/// and stay searchable.
@Test func aVersion2DatabaseUpgradesKeepingItsEvents() throws {
    let old = try OldDatabase(
        version: "v2",
        sql: """
            INSERT INTO document (id, name, published, dct_source, sha256, body, ingested_at)
                VALUES (1, 'old.txt', '2020-01-02', 'filename', 'abc', 'It rained on Monday.', 'now');
            INSERT INTO timex (id, document_id, tid, text, start, "end", type, value)
                VALUES (1, 1, 't1', 'Monday', 12, 18, 'DATE', '2019-12-30');
            INSERT INTO event (id, document_id, timex_id, trigger_text, trigger_start, trigger_end, relation,
                               summary, sentence_text, sentence_start, sentence_end, start, "end")
                VALUES (7, 1, 1, 'rained', 3, 9, 'ON', 'It rained', 'It rained on Monday.', 0, 20,
                        '2019-12-30', '2019-12-31');
            INSERT INTO event_search (rowid, summary, sentence_text, trigger_text)
                VALUES (7, 'It rained', 'It rained on Monday.', 'rained');
            """)
    defer { withExtendedLifetime(old) {} }  // The folder goes with it.
    let store = try TimelineStore(path: old.path)
    let events = try store.events(EventQuery()).events
    #expect(events.map(\.id) == [7])
    #expect(
        events.first?.tense == "NONE" && events.first?.polarity == "POS" && events.first?.datedByPublication == false)
    #expect(try store.events(EventQuery(words: ["rained"])).events.map(\.id) == [7])
}
