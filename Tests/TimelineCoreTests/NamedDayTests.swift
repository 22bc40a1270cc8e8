import Testing

@testable import TimelineCore

/// Holidays news uses, `the turn of the century`, and names that only look like dates.
@Suite struct NamedDayTests {
    /// (sentence, published, expression, value, mod)
    static let cases: [(String, String, String, String, String?)] = [
        ("Stores closed on Christmas Day.", "2022-03-31", "Christmas Day", "2021-12-25", nil),
        ("Stores closed on Christmas Eve.", "2022-03-31", "Christmas Eve", "2021-12-24", nil),
        ("They met on New Year's Day.", "2022-03-31", "New Year's Day", "2022-01-01", nil),
        ("Crowds gathered on New Year's Eve.", "2022-03-31", "New Year's Eve", "2021-12-31", nil),
        ("Fireworks lit up Independence Day.", "2022-03-31", "Independence Day", "2022-07-04", nil),
        ("Parades marked Labor Day.", "2022-03-31", "Labor Day", "2021-09-06", nil),
        ("Crowds gathered on Memorial Day.", "2022-07-15", "Memorial Day", "2022-05-30", nil),
        ("Churches will open on Good Friday.", "2022-03-31", "Good Friday", "2022-04-15", nil),
        ("Children went out on Halloween.", "2022-03-31", "Halloween", "2021-10-31", nil),
        ("Roses sold out on Valentine's Day.", "2022-03-31", "Valentine's Day", "2022-02-14", nil),
        ("Black Friday deals drew crowds.", "2022-12-01", "Black Friday", "2022-11-25", nil),
        ("Sales soared on Cyber Monday.", "2022-12-01", "Cyber Monday", "2022-11-28", nil),
        // The ISO week holding the holiday: Easter Sunday closes its week.
        ("Hotels fill up in Easter week.", "2022-03-31", "Easter week", "2022-W15", nil),
        ("Shops stay open in Christmas week.", "2022-12-01", "Christmas week", "2022-W51", nil),
        ("The mill closed at the turn of the century.", "2022-03-31", "the turn of the century", "2000", "APPROX"),
        ("The mill closed at the turn of the century.", "1880-05-01", "the turn of the century", "1900", "APPROX"),
    ]

    @Test(arguments: cases)
    func names(_ example: (String, String, String, String, String?)) throws {
        let found = extractOne(example.0, example.1)
        let timex = try #require(found.first { $0.text == example.2 }, "\(found.map(\.text))")
        #expect(timex.type == .date)
        #expect(timex.value == example.3)
        #expect(timex.mod == example.4)
        #expect(timex.anchor == "DCT")
    }

    @Test(arguments: [
        "The Sunday Times reported the deal.", "He wrote for the Sunday Telegraph.", "The Sunday Express ran it.",
    ])
    func newspapersAreNoDates(_ sentence: String) {
        #expect(extractOne(sentence, "2022-03-31").isEmpty)
    }

    @Test func aWeekdayBeforeOtherCapitalsIsStillADate() throws {
        let found = extractOne("On Sunday Smith resigned.", "2022-03-31")
        #expect(found.map(\.value) == ["2022-03-27"])
    }
}
