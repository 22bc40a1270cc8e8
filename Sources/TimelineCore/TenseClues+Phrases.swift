/// Phrases around a date that settle its tense before any verb is looked at (`since` looks back).
extension TenseClues {
    /// `as soon as Tuesday`, `as early as next week` look ahead; a possessive day (`Friday's vote`,
    /// `Thursday's closing price`) names a day whose event is being reported, so it looks back unless a
    /// modal future (`will`, `shall`, `'ll`) comes before it in the sentence.
    static func phraseTense(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, aheadWord: Int32 = -1
    ) -> Tense? {
        // `since August`: a time already past.
        if first - 1 >= sentence.lowerBound, tokens[first - 1].is(.since) { return .past }
        // `effective Feb. 1`: when a change takes effect, which news announces ahead of it.
        if aheadWord >= 0, first - 1 >= sentence.lowerBound, tokens[first - 1].entry == aheadWord { return .future }
        if first - 3 >= sentence.lowerBound, tokens[first - 1].is(.as), tokens[first - 3].is(.as),
            tokens[first - 2].is(.soon) || tokens[first - 2].is(.early)
        {
            return .future
        }
        guard isPossessive(tokens, after: last) else { return nil }
        var index = first - 1
        while index >= sentence.lowerBound {
            if tokens[index].is(.will) || tokens[index].is(.shall) { return .future }
            index -= 1
        }
        return .past
    }

    /// `'s` (straight or curly apostrophe) right after the token at `last`.
    static func isPossessive(_ tokens: [Token], after last: Int) -> Bool {
        guard last + 2 < tokens.count else { return false }
        let mark = tokens[last + 1]
        let letter = tokens[last + 2]
        return (mark.isPunct("'") || mark.isPunct("\u{2019}")) && mark.gapBefore == .none
            && letter.is(.s) && letter.gapBefore == .none
    }
}
