/// Words right before a match that TimeBank puts inside the TIMEX3, with the `mod` they give it
/// (`nearly two years` → `APPROX`, `more than four hours` → `MORE_THAN`). `about` and `over` stay outside,
/// as TimeBank mostly leaves them (`about [five hours]`, `over [three years]`).
enum ModifierPrefixes {
    struct Row: Sendable {
        /// A phrase the row extends, used by the tests.
        var example: String
        var words: [Keyword]
        var mod: String
        /// Only before durations and shifts (`over a week`, not `over the weekend`).
        var durationsOnly: Bool
    }

    /// Longer rows first: `no more than` before `more than`.
    static let rows: [Row] = [
        Row(
            example: "no more than sixty days", words: [.no, .more, .than], mod: "EQUAL_OR_LESS", durationsOnly: true
        ),
        Row(example: "more than four hours", words: [.more, .than], mod: "MORE_THAN", durationsOnly: true),
        Row(example: "less than one hour", words: [.less, .than], mod: "LESS_THAN", durationsOnly: true),
        Row(example: "at least 72 hours", words: [.at, .least], mod: "EQUAL_OR_MORE", durationsOnly: true),
        Row(example: "up to 180 days", words: [.up, .to], mod: "EQUAL_OR_LESS", durationsOnly: true),
        Row(example: "nearly forty years", words: [.nearly], mod: "APPROX", durationsOnly: false),
        Row(example: "almost two years ago", words: [.almost], mod: "APPROX", durationsOnly: false),
        Row(example: "around 7:15 p.m.", words: [.around], mod: "APPROX", durationsOnly: false),
        Row(example: "approximately three weeks", words: [.approximately], mod: "APPROX", durationsOnly: false),
        Row(example: "roughly six months", words: [.roughly], mod: "APPROX", durationsOnly: false),
    ]

    /// The first token of the prefix and its mod, when a row's words end right before `first`, start after
    /// `floor` (the end of the previous match), and the match starts with a number, a numeral or a month.
    static func prefix(_ tokens: [Token], first: Int, floor: Int, reading: Reading) -> (first: Int, mod: String)? {
        let head = tokens[first]
        let counted = head.kind == .number || head.classes.contains(.numeral)
        let dated = head.classes.contains(.month) || head.classes.contains(.monthAbbreviation)
        guard counted || dated else { return nil }
        let isDuration = reading == .duration || reading == .shift
        for row in rows where !row.durationsOnly || (isDuration && counted) {
            let start = first - row.words.count
            guard start > floor else { continue }
            var matched = true
            for (offset, word) in row.words.enumerated() where !tokens[start + offset].is(word) {
                matched = false
                break
            }
            if matched { return (start, row.mod) }
        }
        return nil
    }
}
