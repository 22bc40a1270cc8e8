import Testing

@testable import TimelineCore

/// How an underspecified expression was placed, as `resolvedBy` records it.
@Suite struct ResolutionTests {
    /// (sentence, expression, value, resolvedBy)
    static let cases: [(String, String, String, String?)] = [
        ("The plant closed in August.", "August", "2021-08", "tense"),
        ("The summit opens in August.", "August", "2021-08", "nearest"),
        ("Elections in August, an official says.", "August", "2021-08", "tense"),
        ("Prices have risen since August.", "August", "2021-08", "signal"),
        ("They could meet as soon as Tuesday.", "Tuesday", "2022-04-05", "signal"),
        ("They meet next Friday.", "next Friday", "2022-04-01", "signal"),
        ("Officials met Monday.", "Monday", "2022-03-28", "tense"),
        ("Talks on Monday.", "Monday", "2022-03-28", "nearest"),
        ("It ended on March 3, 1944.", "March 3, 1944", "1944-03-03", nil),
        ("He arrived yesterday.", "yesterday", "2022-03-30", nil),
    ]

    @Test(arguments: cases)
    func records(_ example: (String, String, String, String?)) throws {
        let found = extractOne(example.0, "2022-03-31")
        let timex = try #require(found.first { $0.text == example.1 }, "\(found.map(\.text))")
        #expect(timex.value == example.2)
        #expect(timex.resolvedBy == example.3)
        #expect(timex.guessed == (example.3 == "nearest"))
    }
}
