import Testing

@testable import TimelineCore

/// Results-news periods named by their year: `the 1988 period` (the year) and `the 1988 quarter` (the
/// quarter being reported, in that year; not a duration of 1988 quarters).
@Suite struct BusinessPeriodTests {
    static let cases: [(sentence: String, text: String, type: TimexType, value: String)] = [
        ("Net was $306 million, compared with a loss in the 1988 period.", "the 1988 period", .date, "1988"),
        ("Earnings fell from $5 million in the 1988 quarter.", "the 1988 quarter", .date, "1988-Q3"),
        ("Sales rose from the 1988 fiscal quarter.", "the 1988 fiscal quarter", .date, "1988-Q3"),
        // The reported quarter a year back, however results news words it.
        ("Net fell from $3 million in the same period last year.", "the same period last year", .date, "1988-Q3"),
        ("Net fell from $3 million in the quarter a year ago.", "the quarter a year ago", .date, "1988-Q3"),
        ("Net fell from last year's quarter.", "last year's quarter", .date, "1988-Q3"),
        ("Sales rose from the comparable year-ago quarter.", "the comparable year-ago quarter", .date, "1988-Q3"),
        // `last` / `final` as the ordinal of a year's parts.
        ("Earnings will be lower for the last half of 1989.", "the last half of 1989", .date, "1989-H2"),
        ("Sales fell in the final quarter of 1988.", "the final quarter of 1988", .date, "1988-Q4"),
    ]

    @Test(arguments: cases)
    func readsPeriod(_ example: (sentence: String, text: String, type: TimexType, value: String)) throws {
        let found = extractOne(example.sentence, "1989-11-02")
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.type == example.type)
        #expect(match.value == example.value)
    }
}

/// A frequency word right after a percentage is a growth rate, not a TIMEX3 SET.
@Suite struct RateGuardTests {
    static let cases: [(sentence: String, word: String, tagged: Bool)] = [
        ("Sales should rise 8.5% annually through 1992.", "annually", false),
        ("Profits grew 12 percent yearly.", "yearly", false),
        ("Rallies are held daily outside the home.", "daily", true),
        ("It will cut payments of C$17.9 million annually.", "annually", true),
    ]

    @Test(arguments: cases)
    func guardsRate(_ example: (sentence: String, word: String, tagged: Bool)) {
        let found = extractOne(example.sentence, "1989-11-02")
        #expect(found.contains { $0.text == example.word } == example.tagged, "found \(found.map(\.text))")
    }
}
