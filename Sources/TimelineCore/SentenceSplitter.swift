/// Splits a token array into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by whitespace (closing quotes stay with it), unless the
/// period ends an abbreviation (`Mr.`, `Jan.`) or a single letter (`U.S.`) and the next word is not
/// on a new line; a line break also ends a sentence. A run of more than `maximumTokens` tokens without
/// any of these (hostile or unpunctuated text) is cut, so the per-sentence work stays bounded.
enum SentenceSplitter {
    /// Longer than any sentence of real prose (news sentences rarely pass 80 tokens).
    static let maximumTokens = 300

    static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        tokens.withUnsafeBufferPointer { sentences($0) }
    }

    private static func sentences(_ tokens: UnsafeBufferPointer<Token>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(tokens.count / 16 + 4)  // news sentences run to 20 to 30 tokens
        var start = 0
        var index = 0
        while index < tokens.count {
            if index > start
                && (tokens[index].gapBefore.rawValue >= Gap.newline.rawValue || index - start >= maximumTokens)
            {
                result.append(start..<index)
                start = index
            }
            let token = tokens[index]
            if token.isSentenceEndMark {
                var end = index + 1
                while end < tokens.count, tokens[end].gapBefore == .none,
                    tokens[end].isQuote || tokens[end].isPunct(")")
                        || tokens[end].isSentenceEndMark
                {
                    end += 1
                }
                if end < tokens.count, tokens[end].gapBefore != .none, endsSentence(tokens, period: index, next: end) {
                    result.append(start..<end)
                    start = end
                }
                index = end
                continue
            }
            index += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private static func endsSentence(_ tokens: UnsafeBufferPointer<Token>, period: Int, next: Int) -> Bool {
        let nextToken = tokens[next]
        if nextToken.gapBefore.rawValue >= Gap.newline.rawValue { return true }
        if nextToken.kind == .word && !nextToken.isCapitalized { return false }
        guard tokens[period].isPunct("."), period > 0 else { return true }
        let before = tokens[period - 1]
        guard before.kind == .word, tokens[period].gapBefore == .none else { return true }
        if before.classes.contains(.abbreviation) { return false }
        if before.spelling.contains(.singleScalar) { return false }
        return true
    }
}
