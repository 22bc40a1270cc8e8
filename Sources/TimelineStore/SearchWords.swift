/// Turns the words of a search into an FTS5 query that user input cannot break.
///
/// Each word becomes an FTS5 string (`"…"`, inner quotes doubled), so operators (`OR`, `NEAR(`, `*`,
/// `^`, `:`, parentheses) are plain text; the strings are joined by spaces, which FTS5 reads as AND.
/// A word with punctuation becomes a phrase of its tokens (`don't` → `don t`). Words with no letter
/// or digit are dropped: they have no token to match. Control characters (NUL) are spaces.
enum SearchWords {
    /// Splits a `q` parameter into words at whitespace, keeping those with a letter or digit.
    static func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter(isSearchable)
    }

    /// The FTS5 `MATCH` expression for all of `words`, or nil for no words.
    /// - Throws: `QueryError` when there are words but none has a letter or digit.
    static func expression(for words: [String]) throws(QueryError) -> String? {
        guard !words.isEmpty else { return nil }
        let searchable = words.filter(isSearchable)
        guard !searchable.isEmpty else {
            throw QueryError(parameter: "q", "no letters or digits to search for in '\(words.joined(separator: " "))'")
        }
        return searchable.map(phrase).joined(separator: " ")
    }

    /// `word` as an FTS5 string, built scalar by scalar: a quote is doubled even when a combining mark
    /// follows it (one `Character`, which a `String` replacement would not see, leaving the string open),
    /// and a control character becomes a space (a NUL would end SQLite's copy of the text).
    static func phrase(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append("\"")
        for scalar in word.unicodeScalars {
            if scalar == "\"" {
                scalars.append(contentsOf: ["\"", "\""])
            } else {
                scalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        scalars.append("\"")
        return String(scalars)
    }

    static func isSearchable(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
