/// Rows for the business calendar: quarters and halves, fiscal and reported periods.
extension TimexPatterns {
    static let fiscal: E = .optional(.words(["fiscal"]))
    static let quarterWord: E = .words(["quarter", "half"])
    /// `the comparable year-ago quarter`, `the same period last year`.
    static let comparable: E = .optional(.words(["comparable", "corresponding", "same", "like"]))
    static let possessiveS: [E] = [.adjacent(.punct("'")), .adjacent(.words(["s"]))]

    static let quarters: [TimexPattern] = [
        TimexPattern(
            example: "the third quarter",
            elements: [.optional(the), fiscal, .of(.ordinal), .optional(dash), quarterWord], reading: .quarter),
        TimexPattern(
            example: "the first quarter of 1990",
            elements: [
                .optional(the), fiscal, .of(.ordinal), .optional(dash), quarterWord, .words(["of"]), .year,
            ], reading: .quarter),
        TimexPattern(
            example: "the 1988 third quarter",
            elements: [.optional(the), .year, fiscal, .of(.ordinal), .optional(dash), quarterWord], reading: .quarter),
        TimexPattern(
            example: "next year's first quarter",
            elements: [.of(.deictic), .words(["year"])] + possessiveS + [.of(.ordinal), .optional(dash), quarterWord],
            reading: .quarter),
        TimexPattern(
            example: "the year-ago third quarter",
            elements: [the, .words(["year"]), dash, .adjacent(.of(.shiftWord)), .of(.ordinal), .words(["quarter"])],
            reading: .quarter),
        TimexPattern(
            example: "the 1988 quarter", elements: [the, .year, fiscal, .words(["quarter"])], reading: .quarter),
        TimexPattern(
            example: "the latest quarter",
            elements: [
                the, .optional(.words(["latest", "recent", "most"])), .optional(.words(["recent"])),
                .words(["quarter"]),
            ], reading: .reportedQuarter),
        TimexPattern(
            example: "the latest period", elements: [the, .words(["latest"]), .words(["period"])],
            reading: .reportedQuarter),
        TimexPattern(
            example: "the year-ago quarter",
            elements: [
                the, comparable, .words(["year"]), dash, .adjacent(.words(["ago", "earlier"])),
                .words(["quarter", "period"]),
            ],
            reading: .yearAgoQuarter),
        TimexPattern(
            example: "the same period last year",
            elements: [the, comparable, .words(["quarter", "period"]), .words(["last"]), .words(["year"])],
            reading: .yearAgoQuarter),
        TimexPattern(
            example: "the quarter a year ago",
            elements: [
                the, comparable, .words(["quarter", "period"]), .words(["a"]), .words(["year"]),
                .words(["ago", "earlier"]),
            ],
            reading: .yearAgoQuarter),
        TimexPattern(
            example: "last year's quarter",
            elements: [.words(["last"]), .words(["year"])] + possessiveS + [.words(["quarter", "period"])],
            reading: .yearAgoQuarter),
    ]
}
