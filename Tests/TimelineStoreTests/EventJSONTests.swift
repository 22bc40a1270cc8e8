import Foundation
import Testing
import TimelineCore
import TimelineWire

@testable import TimelineStore

/// The bytes `JSONEncoder` writes for the daemon (`JSON.encoder`): the hand-written `EventJSON` must match them.
private func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
}

/// Text that needs escaping, or looks as if it might: quotes, backslashes, every control character, slashes,
/// DEL, non-ASCII letters, combining marks, line and paragraph separators, emoji.
private let awkwardTexts: [String] = [
    "", "plain", "say \"hi\"", #"back\slash"#, "a/b</script>", "tab\tnew\nline\rcr", "\u{7F}del",
    String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "café naïve", "e\u{301}\"\u{301}",
    "line\u{2028}para\u{2029}", "😀 flag 🇫🇷", "\u{FEFF}bom", "end\\",
]

private func record(_ index: Int, text: String, optionals: Bool) -> EventRecord {
    EventRecord(
        id: Int64(index) * 1_234_567_891 + 1,
        time: EventTime(
            value: "2021-0\(index % 9 + 1)", type: "DATE", start: "2021-06-01", end: text, granularity: "month",
            text: text, offsets: Offsets(start: index - 3, end: index * 1000)),
        relation: "ON", start: optionals ? "2021-06-01" : nil, end: optionals ? text : nil,
        trigger: TextSpan(text: text, start: 0, end: -1), summary: text + text,
        sentence: TextSpan(text: "S: " + text, start: Int.max, end: Int.min), tense: "PAST", aspect: text,
        polarity: "POS", modality: optionals ? text : nil, datedByPublication: !optionals,
        extent: optionals
            ? EventExtentRecord(
                expression: text, value: "P\(index)Y", type: index % 2 == 0 ? "DURATION" : "SET", relation: "AFTER",
                start: index, end: -index, timex: "t\(index)", quant: index % 2 == 1 ? text : nil,
                freq: index % 3 == 0 ? "2X" : nil) : nil,
        document: DocumentRef(id: Int64(-index), name: text, title: optionals ? text : nil, published: "2021-06-30"))
}

@Test func eventJSONWritesWhatJSONEncoderWrites() throws {
    var events: [EventRecord] = []
    for (index, text) in awkwardTexts.enumerated() {
        for optionals in [false, true] {
            let event = record(index, text: text, optionals: optionals)
            var bytes: [UInt8] = []
            EventJSON.append(event, to: &bytes)
            #expect(bytes == (try encoded(event)), "\(text.debugDescription)")
            #expect(String(decoding: bytes, as: UTF8.self).contains(#""extent":{"#) == optionals)
            events.append(event)
        }
    }
    for page in [
        EventPage(events: [], nextCursor: nil), EventPage(events: events, nextCursor: "a\"b/c"),
        EventPage(events: Array(events.prefix(1)), nextCursor: nil),
    ] {
        var bytes: [UInt8] = []
        EventJSON.append(page, to: &bytes)
        #expect(bytes == (try encoded(page)))
    }
}

@Test func eventJSONWritesStoredPagesAsJSONEncoderDoes() throws {
    let temporary = try TemporaryStore()
    let (document, extraction) = sampleDocument(events: spanEvents)
    _ = try temporary.store.ingest(document, extraction: extraction, sha256: fakeHash("json"))
    let page = try temporary.store.events(EventQuery(limit: 7))
    #expect(page.nextCursor != nil && page.events.count == 7)
    var bytes: [UInt8] = []
    EventJSON.append(page, to: &bytes)
    #expect(bytes == (try encoded(page)))
}
