import Testing

@testable import TimelineCore

/// Inputs `make fuzz` (fuzz-extract) found, kept so they stay fixed.
@Suite struct FuzzRegressionTests {
    static let extractor = Extractor()

    /// `3699 years ago` from 2024 gave the value `-1675`, which TIMEX3 cannot write: such an expression is
    /// not normalized (and so not reported), while a representable shift still is.
    @Test func shiftsBeforeYearZeroAreNotReported() {
        let day = CalendarDate(year: 2024, month: 2, day: 29)
        let body = "It was founded 3699 years ago. The dam was built 30 years ago."
        let timexes = Self.extractor.extract(body, publicationDate: day).timexes
        #expect(timexes.map(\.value) == ["1994"])
        #expect(!timexes.contains { $0.text.contains("3699") })
    }

    @Test(arguments: [
        (CalendarDate(year: 2024, month: 2, day: 29), "The city fell 9999 years ago and 2025 years ago."),
        (CalendarDate(year: 9999, month: 12, day: 31), "Next year, tomorrow and next week the index rises."),
        (CalendarDate(year: 0, month: 1, day: 1), "Last year, yesterday and last week the index fell."),
    ])
    func valuesStayWithinFourDigitYears(day: CalendarDate, body: String) {
        for timex in Self.extractor.extract(body, publicationDate: day).timexes {
            #expect(TimexValueGrammar.isWellFormed(timex.value, type: timex.type), "\(timex.text) → \(timex.value)")
        }
    }
}
