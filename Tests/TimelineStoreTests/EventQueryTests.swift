import Foundation
import Testing
import TimelineCore

@testable import TimelineStore

@Test(
    arguments: [
        (["from": "2021"], "2021-01-01", nil),
        (["to": "2021"], nil, "2022-01-01"),
        (["from": "2021", "to": "2023"], "2021-01-01", "2024-01-01"),
        (["from": "2021-08", "to": "2021-08"], "2021-08-01", "2021-09-01"),
        (["from": "2021-12", "to": "2021-12"], "2021-12-01", "2022-01-01"),
        (["from": "2021-08-15", "to": "2021-08-15"], "2021-08-15", "2021-08-16"),
        (["to": "2024-02-29"], nil, "2024-03-01"),
    ] as [([String: String], String?, String?)])
func partialDatesNamePeriods(parameters: [String: String], from: String?, to: String?) throws {
    let query = try EventQuery(parameters: parameters)
    #expect(query.from?.description == from)
    #expect(query.to?.description == to)
}

@Test func allParametersParse() throws {
    let query = try EventQuery(parameters: [
        "q": "  Taliban   seized ", "doc": "7", "limit": "1000", "cursor": "", "follow": "1",
    ])
    #expect(query.words == ["Taliban", "seized"])
    #expect(query.documentID == 7)
    #expect(query.limit == 1000)
    #expect(query.cursor == nil)
    #expect(try EventQuery(parameters: [:]) == EventQuery())
    #expect(EventQuery().limit == 100)
}

@Test(
    arguments: [
        (["from": "abc"], "from: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'abc'"),
        (["to": "2021-8"], "to: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2021-8'"),
        (["to": "21"], "to: expected YYYY, YYYY-MM or YYYY-MM-DD, got '21'"),
        (["from": ""], "from: expected YYYY, YYYY-MM or YYYY-MM-DD, got ''"),
        (["from": "2021-13"], "from: month 13 is not 01 to 12 in '2021-13'"),
        (["to": "2021-00"], "to: month 00 is not 01 to 12 in '2021-00'"),
        (["to": "2021-00-15"], "to: '2021-00-15' is not a day of the calendar"),
        (["to": "2021-08-1x"], "to: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2021-08-1x'"),
        (["to": "２０２１"], "to: expected YYYY, YYYY-MM or YYYY-MM-DD, got '２０２１'"),
        (["from": "2021-02-29"], "from: '2021-02-29' is not a day of the calendar"),
        (["from": "+202"], "from: expected YYYY, YYYY-MM or YYYY-MM-DD, got '+202'"),
        (["from": "2023", "to": "2021"], "from: '2023' is not before the end of to '2021'"),
        (["limit": "0"], "limit: expected an integer from 1 to 1000, got '0'"),
        (["limit": "1001"], "limit: expected an integer from 1 to 1000, got '1001'"),
        (["limit": "ten"], "limit: expected an integer from 1 to 1000, got 'ten'"),
        (["doc": "-3"], "doc: expected a document id (a positive integer), got '-3'"),
        (["cursor": "not-a-cursor"], "cursor: not a cursor from a previous page of events: 'not-a-cursor'"),
        (["q": "\" * ("], "q: no letters or digits to search for in '\" * ('"),
        (["fro": "2021"], "fro: unknown parameter (expected one of from, to, q, doc, limit, cursor, follow)"),
    ] as [([String: String], String)])
func badParametersAreNamed(parameters: [String: String], message: String) {
    let error = #expect(throws: QueryError.self) { try EventQuery(parameters: parameters) }
    #expect(error?.description == message)
}

/// `period` as it was written before it read the bytes once: the text split at hyphens, each part's width in
/// characters and its number, for the pattern test.
private func splitPeriodFields(_ text: String) -> [Int]? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = parts.compactMap { part in part.allSatisfy(\.isASCII) ? Int(part) : nil }
    guard [[4], [4, 2], [4, 2, 2]].contains(parts.map(\.count)), numbers.count == parts.count, !text.contains("+")
    else { return nil }
    return numbers
}

/// `dateFields` accepts exactly the texts the split accepted, with the same numbers: edge cases, then random
/// texts of digits, hyphens, signs, spaces and non-ASCII digits and marks.
@Test func dateFieldsAcceptWhatTheSplitAccepted() {
    var texts = [
        "2021", "2021-08", "2021-08-15", "0000", "9999-99-99", "2021-8", "2021-08-1", "2021-", "-2021", "2021--08",
        "2021-08-15-01", "20211", "+202", "2021-+8", "２０２１", "2021\u{301}", "2021-0\u{663}", "", "-", " 2021",
        "2021-13", "2021-00",
    ]
    let alphabet: [Character] = ["0", "1", "9", "-", "-", "+", " ", "a", "\u{663}", "\u{301}", "5", "2"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
        let length = Int.random(in: 0...11, using: &generator)
        texts.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
        // Mostly well-formed shapes, with one character changed.
        var shaped = Array("2021-08-15".prefix([4, 7, 10].randomElement(using: &generator)!))
        shaped[Int.random(in: 0..<shaped.count, using: &generator)] = alphabet.randomElement(using: &generator)!
        texts.append(String(shaped))
    }
    for text in texts {
        let fields = EventQuery.dateFields(text).map { [$0.year] + ($0.month.map { [$0] } ?? []) }
        let expected = splitPeriodFields(text).map { Array($0.prefix(2)) }
        #expect(fields == expected, "\(text.unicodeScalars.map(\.value))")
        #expect((EventQuery.dateFields(text)?.hasDay ?? false) == (splitPeriodFields(text)?.count == 3))
    }
}

@Test func aDocumentCursorIsNotAnEventCursor() throws {
    let cursor = DocumentCursor(id: 4).encoded
    #expect(throws: QueryError.self) { try EventQuery(parameters: ["cursor": cursor]) }
    let eventCursor = EventCursor(start: "", end: "9999", id: 12)
    #expect(try EventCursor(encoded: eventCursor.encoded) == eventCursor)
}

/// The cursor's base64url is Foundation's base64 with `-` for `+`, `_` for `/` and no padding, for every length
/// remainder and every byte value (cursors handed out before stay valid, and the pages byte-identical).
@Test func cursorsAreFoundationsBase64URL() throws {
    var generator = SystemRandomNumberGenerator()
    var samples: [[UInt8]] = (0..<7).map { Array(0..<UInt8($0)) } + [Array(0...255), Array((0...255).reversed())]
    samples += (0..<200).map { _ in
        (0..<Int.random(in: 0..<40, using: &generator)).map { _ in UInt8.random(in: 0...255) }
    }
    for bytes in samples {
        let foundation = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        #expect(Cursor.base64URL(bytes) == foundation, "\(bytes)")
    }
    let cursor = EventCursor(start: "2021-08-01T10:00", end: "2021-08-02", id: 1_234_567)
    #expect(try EventCursor(encoded: cursor.encoded) == cursor)
}
