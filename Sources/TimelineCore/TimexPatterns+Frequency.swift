/// Rows for sets with a frequency: `twice a week`, `three times a year`, `once monthly`.
extension TimexPatterns {
    static let perWord: E = .words(["a", "an", "per", "each", "every"])
    static let frequencyAdverb: E = .words(["daily", "weekly", "monthly", "annually", "yearly", "hourly"])

    static let frequencies: [TimexPattern] = [
        TimexPattern(
            example: "twice a week", elements: [.words(["once", "twice", "thrice"]), perWord, .of(.unit)],
            reading: .set),
        TimexPattern(
            example: "three times a year", elements: [.amount, .words(["times"]), perWord, .of(.unit)], reading: .set
        ),
        TimexPattern(
            example: "twice weekly", elements: [.words(["once", "twice", "thrice"]), frequencyAdverb], reading: .set),
    ]
}
