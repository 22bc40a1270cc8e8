import Testing

@testable import TimelineCore

/// `CalendarDate.pad` writes the digits of TIMEX3 values itself; it must match plain decimal formatting.
@Suite struct PaddingTests {
    @Test func padsWithLeadingZerosAndKeepsTheSignFirst() {
        #expect(CalendarDate.pad(7, 2) == "07")
        #expect(CalendarDate.pad(2022, 4) == "2022")
        #expect(CalendarDate.pad(123, 2) == "123")
        #expect(CalendarDate.pad(0, 1) == "0")
        #expect(CalendarDate.pad(0, 4) == "0000")
        #expect(CalendarDate.pad(-5, 4) == "-0005")
        #expect(CalendarDate.pad(-44, 1) == "-44")
    }

    @Test func agreesWithDecimalFormattingOverARange() {
        for value in -12_000...12_000 {
            for width in 0...5 {
                let digits = String(value.magnitude)
                let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
                #expect(CalendarDate.pad(value, width) == (value < 0 ? "-" + padded : padded))
            }
        }
    }
}

/// `CalendarDate.description` spells common dates itself; it must match `pad` for every date.
@Suite struct DateSpellingTests {
    @Test func agreesWithPaddedFields() {
        for year in [-44, 0, 7, 99, 476, 1999, 2022, 9999, 10_000, 12_345] {
            for month in [0, 1, 9, 10, 12, 100] {
                for day in [0, 1, 9, 10, 31, 100] {
                    let date = CalendarDate(year: year, month: month, day: day)
                    let padded =
                        CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(day, 2)
                    #expect(date.description == padded)
                }
            }
        }
        #expect(CalendarDate(year: 2022, month: 3, day: 31).description == "2022-03-31")
    }
}
