/// The pattern table: each row is a token pattern, how to read it, and an example it must match.
///
/// The matcher tries every row that can start at a token and keeps the longest match, so a row only has
/// to describe its own shape: `March 31` and `March 31, 2022` are separate rows.
enum TimexPatterns {
    typealias E = PatternElement

    static let month: E = .of([.month, .monthAbbreviation])
    static let comma: E = .optional(.punct(","))
    static let the: E = .words(["the"])
    static let dash: E = .adjacent(.punct("-"))

    static let rows: [TimexPattern] =
        narrative + holidays + explicitDates + relativeDates + durations + frequencies + vagueAndSets + quarters
        + spokenDecades
        + clock + approximate

    static let explicitDates: [TimexPattern] = [
        TimexPattern(example: "March 31, 2022", elements: [month, .day, comma, .year], reading: .calendar),
        TimexPattern(example: "31 March 2022", elements: [.day, month, comma, .year], reading: .calendar),
        TimexPattern(example: "Mar. 31", elements: [month, .day], reading: .calendar),
        TimexPattern(example: "31 March", elements: [.day, .of(.month)], reading: .calendar),
        TimexPattern(example: "August 2021", elements: [month, comma, .year], reading: .calendar),
        TimexPattern(example: "July of 1997", elements: [.of(.month), .words(["of"]), .year], reading: .calendar),
        TimexPattern(example: "Aug. '89", elements: [month, .shortYear], reading: .calendar),
        TimexPattern(
            example: "2022-03-31",
            elements: [.year, dash, .adjacent(.monthNumber), dash, .adjacent(.day)], reading: .calendar),
        TimexPattern(
            example: "3/31/2022",
            elements: [
                .monthNumber, .adjacent(.punct("/")), .adjacent(.day), .adjacent(.punct("/")),
                .adjacent(.year),
            ], reading: .calendar),
        TimexPattern(
            example: "Thursday, March 31, 2022",
            elements: [.of(.weekday), comma, month, .day, comma, .optional(.year)], reading: .calendar),
        TimexPattern(example: "August", elements: [.of(.month)], reading: .calendar, check: .bareMonth),
        TimexPattern(
            example: "mid-November", elements: [.of(.modifier), .optional(dash), .of(.month)], reading: .calendar),
        TimexPattern(
            example: "the middle of October", elements: [the, .of(.modifier), .words(["of"]), .of(.month)],
            reading: .calendar),
        TimexPattern(
            example: "June last year", elements: [.of(.month), .of(.deictic), .words(["year"])], reading: .calendar),
        TimexPattern(
            example: "early 1998", elements: [.of(.modifier), .optional(dash), .year], reading: .calendar),
        TimexPattern(
            example: "the end of 1998",
            elements: [the, .of(.modifier), .words(["of"]), .optional(.of(.month)), .year], reading: .calendar),
        TimexPattern(example: "1998", elements: [.year], reading: .calendar, check: .bareYear),
        TimexPattern(example: "fiscal 1989", elements: [.words(["fiscal"]), .year], reading: .calendar),
        TimexPattern(
            example: "the 1988 period", elements: [the, .year, .words(["period"])], reading: .calendar),
        TimexPattern(
            example: "the summer of 1998", elements: [.optional(the), .of(.season), .optional(.words(["of"])), .year],
            reading: .calendar),
        TimexPattern(
            example: "Friday", elements: [.of(.weekday)], reading: .calendar, check: .weekdayName,
            context: "They met on Friday."),
        TimexPattern(
            example: "Wednesday night", elements: [.of(.weekday), .of(.partOfDay)], reading: .calendar,
            check: .capitalized),
        TimexPattern(
            example: "the 1990s", elements: [.optional(the), .year, .adjacent(.words(["s"]))], reading: .decade),
        TimexPattern(
            example: "the 20th century", elements: [.optional(the), .day, .words(["century"])], reading: .century),
        TimexPattern(
            example: "the late 19th century",
            elements: [.optional(the), .of(.modifier), .optional(dash), .day, .words(["century"])],
            reading: .century),
        TimexPattern(
            example: "the third century", elements: [.optional(the), .of(.ordinal), .words(["century"])],
            reading: .century),
        TimexPattern(
            example: "the late 1970s",
            elements: [.optional(the), .of(.modifier), .optional(dash), .year, .adjacent(.words(["s"]))],
            reading: .decade),
        TimexPattern(
            example: "Thanksgiving Day", elements: [.of(.holiday), .optional(.words(["day"]))], reading: .calendar,
            check: .capitalized),
    ]

    static let relativeDates: [TimexPattern] = [
        TimexPattern(example: "yesterday", elements: [.of(.dayReference)], reading: .dayReference),
        TimexPattern(
            example: "yesterday morning", elements: [.of(.dayReference), .of(.partOfDay)],
            reading: .dayReference),
        TimexPattern(
            example: "this morning", elements: [.words(["this"]), .of(.partOfDay)], reading: .dayReference),
        TimexPattern(
            example: "last night", elements: [.words(["last"]), .of(.partOfDay)], reading: .dayReference,
            code: "-1"),
        TimexPattern(
            example: "late yesterday", elements: [.of(.modifier), .of(.dayReference)], reading: .dayReference),
        // `mid-afternoon yesterday`, `late morning today`: a part of the day named, with its mod.
        TimexPattern(
            example: "mid-afternoon yesterday",
            elements: [.of(.modifier), .optional(dash), .of(.partOfDay), .optional(.of(.dayReference))],
            reading: .dayReference),
        TimexPattern(
            example: "last year", elements: [.of(.deictic), .of(.unit)], reading: .relative, check: .lowercaseUnit),
        // `over the past decade`: the ten years up to now, a duration as `the past three years` is.
        TimexPattern(
            example: "the past decade", elements: [the, .words(["past"]), .words(["decade", "century"])],
            reading: .wholeUnit),
        TimexPattern(example: "the past week", elements: [the, .of(.deictic), .of(.unit)], reading: .relative),
        TimexPattern(example: "next Friday", elements: [.of(.deictic), .of(.weekday)], reading: .relative),
        TimexPattern(
            example: "last August", elements: [.of(.deictic), .of(.month)], reading: .relative, check: .capitalizedLast),
        TimexPattern(example: "last fall", elements: [.of(.deictic), .of(.season)], reading: .relative),
        TimexPattern(
            example: "the early summer", elements: [the, .optional(.of(.modifier)), .of(.season)], reading: .relative,
            check: .notFall),
        TimexPattern(
            example: "the full year", elements: [the, .words(["full", "whole", "entire"]), .words(["year"])],
            reading: .relative),
        TimexPattern(
            example: "early next year", elements: [.of(.modifier), .of(.deictic), .of(.unit)],
            reading: .relative),
        TimexPattern(
            example: "the end of this year",
            elements: [the, .of(.modifier), .words(["of"]), .of(.deictic), .of(.unit)], reading: .relative),
        TimexPattern(
            example: "the end of the year", elements: [the, .of(.modifier), .words(["of"]), the, .of(.unit)],
            reading: .relative),
        TimexPattern(
            example: "the current fiscal year",
            elements: [the, .of(.deictic), .words(["fiscal"]), .words(["year"])], reading: .relative),
        TimexPattern(
            example: "two years ago", elements: [.amount, .of([.unit, .unitPlural]), .of(.shiftWord)],
            reading: .shift),
        TimexPattern(
            example: "year-earlier", elements: [.optional(the), .of(.unit), dash, .adjacent(.of(.shiftWord))],
            reading: .shift),
        TimexPattern(
            example: "year-ago", elements: [.optional(the), .of(.unit), dash, .adjacent(.words(["ago"]))],
            reading: .shift),
        TimexPattern(example: "the weekend", elements: [the, .words(["weekend"])], reading: .relative),
        // `by year-end`, `at year end`, `by the year's end`: the end of the current year (`mod=END`).
        TimexPattern(
            example: "year-end 1988",
            elements: [.optional(the), .words(["year"]), dash, .adjacent(.words(["end"])), .optional(.year)],
            reading: .relative),
        TimexPattern(
            example: "year end", elements: [.optional(the), .words(["year"]), .words(["end"]), .optional(.year)],
            reading: .relative),
        TimexPattern(
            example: "the year's end",
            elements: [
                .optional(the), .words(["year"]), .adjacent(.punct("'")), .adjacent(.words(["s"])), .words(["end"]),
            ], reading: .relative),
        // `earlier in the year`: a part of the current year, as `earlier this year`.
        TimexPattern(
            example: "earlier in the year",
            elements: [.of(.modifier), .words(["in"]), the, .words(["year", "month", "week", "quarter"])],
            reading: .relative),
    ]
}
