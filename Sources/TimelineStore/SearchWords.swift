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
        return searchable.map { "\"" + String(phraseText($0)).replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }

    /// `word` with control characters as spaces: a NUL would end SQLite's copy of the text (an
    /// "unterminated string" error), and FTS5 tokenizes spaces and controls alike.
    static func phraseText(_ word: String) -> String.UnicodeScalarView {
        String.UnicodeScalarView(word.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 })
    }

    static func isSearchable(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
