/// Small rules on a match's extent and value that TimeBank's conventions ask for.
enum SpanRules {
    /// A hyphenated adjective before its noun leaves the article out (`the [third-quarter] results`,
    /// `the [year-ago] figure`), while a noun phrase keeps it (`[the third quarter]`).
    static func dropsArticle(_ tokens: [Token], first: Int, last: Int) -> Bool {
        guard tokens[first].is(.the), last - 1 > first + 1, last + 1 < tokens.count else { return false }
        let dash = tokens[last - 1]
        let next = tokens[last + 1]
        return dash.isPunct("-") && dash.gapBefore == .none && tokens[last].gapBefore == .none
            && next.kind == .word && next.gapBefore == .space
    }

    /// The year and quarter of a `YYYY-Qn` value.
    static func quarter(of value: String) -> (year: Int, quarter: Int)? {
        let utf8 = Array(value.utf8)
        guard utf8.count == 7, utf8[4] == 45, utf8[5] == 81, (49...52).contains(utf8[6]) else { return nil }
        var year = 0
        for byte in utf8[0..<4] {
            guard (48...57).contains(byte) else { return nil }
            year = year * 10 + Int(byte - 48)
        }
        return (year, Int(utf8[6] - 48))
    }
}
