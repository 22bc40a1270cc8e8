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
