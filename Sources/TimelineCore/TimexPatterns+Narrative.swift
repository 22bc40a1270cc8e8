/// Rows for references that anchor on the story's last mentioned time rather than on publication
/// (`the day before`, `the following week`, `that day`, `later that month`), and `the turn of the century`.
extension TimexPatterns {
    static let calendarUnit: E = .words(["day", "week", "month", "year"])

    static let narrative: [TimexPattern] = [
        TimexPattern(
            example: "the day before", elements: [the, calendarUnit, .words(["before", "after"])], reading: .shift,
            check: .endsPhrase, context: "He had arrived the day before."),
        TimexPattern(
            example: "the following week",
            elements: [the, .words(["following", "previous", "preceding"]), calendarUnit], reading: .shift),
        // `the previous Friday`: the one before the day the story tells, not before publication.
        TimexPattern(
            example: "the following Monday",
            elements: [.optional(the), .words(["following", "previous", "preceding"]), .of(.weekday)],
            reading: .relative),
        TimexPattern(example: "the next day", elements: [the, .words(["next"]), .words(["day"])], reading: .shift),
        TimexPattern(
            example: "later that month",
            elements: [.optional(.of(.modifier)), .words(["that"]), .optional(.words(["same"])), calendarUnit],
            reading: .sameUnit),
        TimexPattern(example: "the same day", elements: [the, .words(["same"]), calendarUnit], reading: .sameUnit),
        TimexPattern(
            example: "the turn of the century",
            elements: [the, .words(["turn"]), .words(["of"]), the, .words(["century"])], reading: .turnOfCentury),
    ]
}
