/// The few words of an event's clause: subject, auxiliaries, the trigger and its object.
enum Summary {
    static let maxSubject = 6
    static let maxObject = 14

    /// Index of the first token of the subject (or of the auxiliaries, if no subject is found).
    /// Tokens for which `blocked` is true (those of time expressions) are never part of the subject.
    static func subjectStart(
        _ tokens: [Token], trigger: Int, sentence: Range<Int>, blocked: (Int) -> Bool = { _ in false }
    ) -> Int {
        var index = trigger
        while index - 1 >= sentence.lowerBound, isVerbChainWord(tokens[index - 1]) { index -= 1 }
        var cursor = index - 1
        if cursor >= sentence.lowerBound, tokens[cursor].classes.contains(.relativePronoun) { cursor -= 1 }
        var start = index
        var taken = 0
        while cursor >= sentence.lowerBound, taken < maxSubject, !blocked(cursor), isSubjectWord(tokens, cursor) {
            start = cursor
            taken += 1
            cursor -= 1
        }
        // Keep a trailing "-" or "’" only inside a word run.
        while start < index, tokens[start].kind == .punct { start += 1 }
        return start
    }

    /// Index one past the last token of the object.
    static func objectEnd(_ tokens: [Token], trigger: Int, sentence: Range<Int>, blocked: (Int) -> Bool) -> Int {
        var index = trigger + 1
        var taken = 0
        while index < sentence.upperBound, taken < maxObject {
            let token = tokens[index]
            if blocked(index) { break }
            if token.kind == .punct && !isWordJoiner(tokens, index) { break }
            if token.kind == .word
                && (token.classes.contains(.clauseStop) || token.classes.contains(.subordinator)
                    || token.classes.contains(.relativePronoun) && !token.classes.contains(.determiner)
                    || token.is(.that))
            {
                break
            }
            index += 1
            taken += 1
        }
        while index > trigger + 1, isDangling(tokens[index - 1]), !isWordJoiner(tokens, index - 1) { index -= 1 }
        return index
    }

    static func text(
        _ scalars: [Unicode.Scalar], _ tokens: [Token], trigger: Int, sentence: Range<Int>, blocked: (Int) -> Bool
    ) -> String {
        let first = subjectStart(tokens, trigger: trigger, sentence: sentence, blocked: blocked)
        let end = objectEnd(tokens, trigger: trigger, sentence: sentence, blocked: blocked)
        func slice(_ from: Int, _ to: Int) -> String {
            ScalarText.string(scalars, tokens[from].start..<tokens[to - 1].end)
        }
        // A relative pronoun between subject and verb is left out: "the diplomat (who) arrived".
        if let pronoun = (first..<trigger).first(where: { tokens[$0].classes.contains(.relativePronoun) }),
            pronoun > first
        {
            return slice(first, pronoun) + " " + slice(pronoun + 1, end)
        }
        return slice(first, end)
    }

    private static func isVerbChainWord(_ token: Token) -> Bool {
        token.kind == .word
            && (token.classes.contains(.auxiliary) || token.classes.contains(.modal)
                || token.is(.not) || token.is(.also) || token.is(.already) || token.is(.been))
    }

    private static func isSubjectWord(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punct { return isWordJoiner(tokens, index) }
        if token.kind == .number { return true }
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .auxiliary, .verbPast,
            .participle, .clauseStop, .adverb,
        ]
        if !token.classes.isDisjoint(with: stops) && !token.classes.contains(.determiner) { return false }
        if token.classes.contains(.relativePronoun) { return false }
        return !(TenseClues.isPastVerb(tokens, index))
    }

    /// A hyphen or apostrophe with no space on either side (`US-backed`, `Russia’s`), or a percent sign
    /// right after a number (`5%`).
    private static func isWordJoiner(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.isPunct("%"), token.gapBefore == .none, index > 0, tokens[index - 1].kind == .number { return true }
        guard token.isPunct("-") || token.isPunct("'") || token.isPunct("\u{2019}"), token.gapBefore == .none,
            index + 1 < tokens.count, tokens[index + 1].gapBefore == .none
        else { return false }
        return true
    }

    private static func isDangling(_ token: Token) -> Bool {
        token.kind == .punct
            || (token.kind == .word
                && !token.classes.isDisjoint(with: [.preposition, .determiner, .conjunction, .auxiliary]))
    }
}
