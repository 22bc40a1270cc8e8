/// Rows for approximate amounts that TimeML keeps inside the TIMEX3: a trailing `or so` (`the next year or
/// so`, `the next two years or so`, `a week or so ago`) and an unnamed amount shifted into the past
/// (`several years ago`, `a few months ago`: a past reference, `PAST_REF`), and the week around a named
/// day (`the week of March 6` → `2000-W10`).
extension TimexPatterns {
    static let orSo: [E] = [.words(["or"]), .words(["so"])]
    static let someAmount: [E] = [.words(["several", "many", "some"])]
    static let aFew: [E] = [.words(["a"]), .words(["few"])]
    static let weekOf: [E] = [the, .words(["week"]), .words(["of"])]

    static let approximate: [TimexPattern] = [
        TimexPattern(
            example: "the next year or so", elements: [.optional(the), .of(.deictic), .of(.unit)] + orSo,
            reading: .relative),
        TimexPattern(
            example: "the next two years or so", elements: [.optional(the), spanWords, .amount, unitAny] + orSo,
            reading: .duration),
        TimexPattern(example: "two years or so", elements: [.amount, unitAny] + orSo, reading: .duration),
        TimexPattern(
            example: "a week or so ago", elements: [.amount, unitAny] + orSo + [.of(.shiftWord)], reading: .shift),
        TimexPattern(
            example: "several years ago", elements: someAmount + [.of(.unitPlural), .words(["ago"])],
            reading: .pastReference),
        TimexPattern(
            example: "a few months ago", elements: aFew + [.of(.unitPlural), .words(["ago"])],
            reading: .pastReference),
        TimexPattern(example: "the week of March 6", elements: weekOf + [month, .day], reading: .weekOf),
        TimexPattern(
            example: "the week of Oct. 16, 1989", elements: weekOf + [month, .day, comma, .year], reading: .weekOf),
    ]
}

/// Spoken decades: `the nineties` → `199`. The row's code is the decade's digit; the normalizer takes the
/// latest such decade that began by publication (`the twenties` is 192 in 1998, 202 in 2026).
extension TimexPatterns {
    static let spokenDecades: [TimexPattern] = [
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    ].enumerated().map { index, word in
        TimexPattern(example: "the \(word)", elements: [the, .words([word])], reading: .decade, code: "\(index + 2)")
    }
}
