import Testing

@testable import TimelineCore

/// `year-end` and `earlier in the year` (cases in `TimexFamiliesTests`) leave the shifts alone.
@Suite struct YearEndTests {
    @Test func aYearEarlierStaysAShift() throws {
        let found = extractOne("Profit was $5 million a year earlier.", "1989-10-26")
        let match = try #require(found.first { $0.text == "a year earlier" }, "found \(found.map(\.text))")
        #expect(match.value == "1988")
        #expect(match.mod == nil)
    }

    @Test func theYearEarlierIsNoEndOfYear() {
        let found = extractOne("Profit rose from the year-earlier level.", "1989-10-26")
        #expect(!found.contains { $0.mod == "END" || $0.mod == "START" })
    }
}
