/// Rows for named days news uses whose names take more than one word (`Independence Day`, `Good Friday`).
/// One-word holidays (`Christmas`, `Easter`, `Thanksgiving`, `Halloween`) are lexicon words.
extension TimexPatterns {
    static let apostropheS: [E] = [
        .optional(.adjacent(.punct("'"))), .optional(.adjacent(.punct("\u{2019}"))),
        .optional(.adjacent(.words(["s"]))),
    ]

    static func named(_ example: String, _ elements: [E], _ code: String) -> TimexPattern {
        TimexPattern(example: example, elements: elements, reading: .namedDay, check: .capitalized, code: code)
    }

    static let holidays: [TimexPattern] = [
        named("New Year's Day", [.words(["new"]), .words(["year"])] + apostropheS + [.words(["day"])], "01-01"),
        named("New Year's Eve", [.words(["new"]), .words(["year"])] + apostropheS + [.words(["eve"])], "12-31"),
        named("Valentine's Day", [.words(["valentine", "valentines"])] + apostropheS + [.words(["day"])], "02-14"),
        named("Christmas Eve", [.words(["christmas"]), .words(["eve"])], "12-24"),
        named("Boxing Day", [.words(["boxing"]), .words(["day"])], "12-26"),
        named("Independence Day", [.words(["independence"]), .words(["day"])], "07-04"),
        named("Labor Day", [.words(["labor", "labour"]), .words(["day"])], "09-1-1"),
        named("Memorial Day", [.words(["memorial"]), .words(["day"])], "05-1-5"),
        named("Election Day", [.words(["election"]), .words(["day"])], "11-1-1@1"),
        named("Veterans Day", [.words(["veterans"])] + apostropheS + [.words(["day"])], "11-11"),
        named("Good Friday", [.words(["good"]), .words(["friday"])], "EASTER@-2"),
        named("Easter Monday", [.words(["easter"]), .words(["monday"])], "EASTER@1"),
        named("Black Friday", [.words(["black"]), .words(["friday"])], "11-4-4@1"),
        named("Cyber Monday", [.words(["cyber"]), .words(["monday"])], "11-4-4@4"),
        TimexPattern(
            example: "Easter week", elements: [.of(.holiday), .words(["week"])], reading: .holidayWeek,
            check: .capitalized),
    ]
}
