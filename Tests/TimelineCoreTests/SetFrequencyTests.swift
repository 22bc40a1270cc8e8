import Testing

@testable import TimelineCore

/// Sets carry TIMEX3 `quant` and `freq` where TimeML sets them.
@Suite struct SetFrequencyTests {
    /// (sentence, expression, value, quant, freq)
    static let cases: [(String, String, String, String?, String?)] = [
        ("They meet every Monday.", "every Monday", "XXXX-WXX-1", "EVERY", nil),
        ("Fees rise each year.", "each year", "P1Y", "EACH", nil),
        ("The board meets annually.", "annually", "P1Y", nil, "1X"),
        ("Rallies are held daily.", "daily", "P1D", nil, "1X"),
        ("She calls twice a week.", "twice a week", "P1W", nil, "2X"),
        ("It reports three times a year.", "three times a year", "P1Y", nil, "3X"),
        ("They meet once a month.", "once a month", "P1M", nil, "1X"),
        ("The paper appears twice weekly.", "twice weekly", "P1W", nil, "2X"),
        ("Guards rotate every week.", "every week", "P1W", "EVERY", nil),
    ]

    @Test(arguments: cases)
    func quantifies(_ example: (String, String, String, String?, String?)) throws {
        let found = extractOne(example.0, "2022-03-31")
        let timex = try #require(found.first { $0.text == example.1 }, "\(found.map(\.text))")
        #expect(timex.type == .set)
        #expect(timex.value == example.2)
        #expect(timex.quant == example.3)
        #expect(timex.freq == example.4)
        #expect(timex.anchor == nil)
    }

    @Test func datesHaveNoQuantOrFreq() throws {
        let found = extractOne("It ended on March 3, 1944.", "2022-03-31")
        #expect(found.allSatisfy { $0.quant == nil && $0.freq == nil })
    }
}
