/// Rows for durations (`20 years`, `2 1/2 hours`), vague references (`now`) and sets (`every week`).
extension TimexPatterns {
    static let unitAny: E = .of([.unit, .unitPlural])
    static let andAHalf: [E] = [.words(["and"]), .words(["a"]), .words(["half"])]
    static let spanWords: E = .words(["past", "last", "next", "first", "previous", "coming", "latest"])

    static let durations: [TimexPattern] = [
        TimexPattern(example: "20 years", elements: [.amount, unitAny], reading: .duration, check: .notOld),
        TimexPattern(
            example: "two-year", elements: [.amount, dash, .adjacent(.of(.unit))], reading: .duration, check: .notAge),
        TimexPattern(
            example: "the past two months", elements: [.optional(the), spanWords, .amount, unitAny],
            reading: .duration),
        TimexPattern(
            example: "the next couple of years",
            elements: [.optional(the), spanWords, .optional(.words(["a"])), .amount, .words(["of"]), .of(.unitPlural)],
            reading: .duration),
        TimexPattern(
            example: "a couple of years", elements: [.words(["a"]), .amount, .words(["of"]), .of(.unitPlural)],
            reading: .duration),
        TimexPattern(
            example: "20 more years",
            elements: [.amount, .words(["more", "additional", "extra", "further"]), unitAny],
            reading: .duration),
        // `eight trading days`, `ten business days`: days counted on a calendar of working days.
        TimexPattern(
            example: "eight trading days",
            elements: [.amount, .words(["trading", "business", "working"]), .of([.unit, .unitPlural])],
            reading: .duration, check: .notOld),
        TimexPattern(example: "2 1/2 years", elements: [.amount, .halfFraction, unitAny], reading: .duration),
        TimexPattern(
            example: "three and a half hours", elements: [.amount] + andAHalf + [unitAny], reading: .duration),
        TimexPattern(
            example: "a minute and a half", elements: [.amount, .of(.unit)] + andAHalf, reading: .duration),
        TimexPattern(
            example: "the nine months", elements: [the, .amount, .of(.unitPlural)], reading: .duration),
        TimexPattern(
            example: "several years", elements: [.words(["several", "many", "some"]), .of(.unitPlural)],
            reading: .duration),
        TimexPattern(
            example: "a few days", elements: [.words(["a"]), .words(["few"]), .of(.unitPlural)],
            reading: .duration),
        TimexPattern(
            example: "the past few years",
            elements: [
                .optional(the), .words(["past", "last", "next"]), .words(["few", "several"]),
                .of(.unitPlural),
            ], reading: .duration),
        TimexPattern(
            example: "years", elements: [.words(["years", "decades", "months"])], reading: .duration,
            check: .notOld),
        TimexPattern(
            example: "weeks", elements: [.words(["weeks", "days", "hours"])], reading: .duration, check: .bareDuration,
            context: "Troops arrive within weeks."),
        TimexPattern(
            example: "the fiscal year", elements: [the, .optional(.words(["fiscal"])), .words(["year"])],
            reading: .wholeUnit, check: .beforeEnded,
            context: "Net rose for the fiscal year ended June 30."),
        TimexPattern(
            example: "the year", elements: [the, .optional(.words(["fiscal"])), .words(["year"])],
            reading: .relative, check: .ofTheYear, context: "For the year, volume was flat."),
    ]

    static let vagueAndSets: [TimexPattern] = [
        TimexPattern(
            example: "now", elements: [.words(["now", "currently", "nowadays", "recently", "lately"])],
            reading: .vague),
        TimexPattern(example: "current", elements: [.words(["current", "recent"])], reading: .vague),
        // `the then current chairman`: current at a past time. The row's value wins over the word's.
        TimexPattern(
            example: "then current", elements: [.words(["then"]), .words(["current"])], reading: .vague,
            code: "PAST_REF"),
        TimexPattern(
            example: "the near future", elements: [the, .optional(.words(["near"])), .words(["future"])],
            reading: .vague),
        TimexPattern(example: "the past", elements: [the, .words(["past"])], reading: .vague),
        // The value is the row's: `term` must stay a plain word for the event model's lexicon features.
        TimexPattern(
            example: "the near term", elements: [the, .words(["near", "short", "long"]), .words(["term"])],
            reading: .vague, check: .endsPhrase, context: "Sales will suffer in the near term.", code: "FUTURE_REF"),
        // `in recent weeks`: a stretch of unnamed length up to publication, as TimeML annotates it (`PXW`).
        TimexPattern(example: "recent years", elements: [.words(["recent"]), .of(.unitPlural)], reading: .duration),
        // `in the coming weeks`: the same stretch ahead of publication (`PXW`).
        TimexPattern(
            example: "the coming weeks", elements: [.optional(the), .words(["coming", "upcoming"]), .of(.unitPlural)],
            reading: .duration),
        // `for weeks or months`: a stretch of unnamed length in the first unit named (`PXW`).
        TimexPattern(
            example: "weeks or months",
            elements: [.of(.unitPlural), .words(["or"]), .words(["days", "weeks", "months", "years", "decades"])],
            reading: .duration),
        TimexPattern(
            example: "future quarters", elements: [.optional(the), .words(["future"]), .of(.unitPlural)],
            reading: .vague),
        TimexPattern(example: "these days", elements: [.words(["these"]), .words(["days"])], reading: .vague),
        TimexPattern(
            example: "a later date", elements: [.words(["a"]), .words(["later"]), .words(["date"])], reading: .vague,
            code: "FUTURE_REF"),
        TimexPattern(
            example: "daily", elements: [.words(["daily", "weekly", "monthly", "annually", "yearly", "hourly"])],
            reading: .set, check: .notRate, context: "Rallies are held daily."),
        TimexPattern(
            example: "every week", elements: [.words(["every", "each", "per"]), .of(.unit)], reading: .set),
        TimexPattern(
            example: "each Thursday", elements: [.words(["every", "each"]), .of([.weekday, .month])],
            reading: .calendarSet),
        TimexPattern(
            example: "Tuesday nights", elements: [.of(.weekday), .of(.partOfDayPlural)],
            reading: .calendarSet, check: .capitalized),
    ]
}
