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
