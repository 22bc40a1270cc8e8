/// The tense around a time expression, used to resolve `August` or `Friday` without a year or week.
enum Tense: Sendable {
    case past, present, future, unknown
}

/// Finds the tense clue nearest to a span of tokens in its sentence.
enum TenseClues {
    static func isPastVerb(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if token.classes.contains(.verbPast) { return true }
        // `succeed`, `exceed`, `proceed` end in -ed but are no past forms.
        guard token.spelling.contains(.longerThanFour), token.spelling.contains(.endsInED),
            !token.spelling.contains(.endsInCEED),
            !token.classes.contains(.notVerb),
            !token.isCapitalized || index == 0
        else { return false }
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.classes.contains(.determiner) || (previous.isPunct("-") && previous.gapBefore == .none) {
                return false
            }
        }
        return true
    }

    /// An `-ed` adjective after a determiner and an adverb (`a still unspecified date`, `the now closed plant`).
    static func isAdjective(_ tokens: [Token], _ index: Int) -> Bool {
        index >= 2 && tokens[index - 1].classes.contains(.adverb) && tokens[index - 2].classes.contains(.determiner)
    }

    /// `would` before a verb, as reported speech puts a future (`said they would leave Friday`), but not the
    /// adjective `would-be`.
    static func isConditionalFuture(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].is(.would) else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return !(next.isPunct("-") && next.gapBefore == .none)
    }

    static func clue(_ tokens: [Token], _ index: Int) -> Tense {
        let token = tokens[index]
        guard token.kind == .word else { return .unknown }
        if token.classes.contains(.futureMarker) || token.is(.will) || isConditionalFuture(tokens, index) {
            // `next to the embassy` is a place.
            if token.is(.next), index + 1 < tokens.count, tokens[index + 1].is(.to) { return .unknown }
            return .future
        }
        // `set to resume Monday`, `plans to meet Friday`: an infinitive looks ahead.
        if index > 0, tokens[index - 1].is(.to), token.classes.contains(.verbBase) { return .future }
        // `will be named`, `to be completed`, `would be paid`: a participle after `be` is no past tense.
        if index > 0, tokens[index - 1].is(.be) { return .unknown }
        if token.classes.contains(.pastMarker) || (isPastVerb(tokens, index) && !isAdjective(tokens, index)) {
            return .past
        }
        if token.is(.is) || token.is(.are) || token.is(.says) { return .present }
        return .unknown
    }

    /// The tense and what settled it: `"signal"` (a phrase such as `since`, `as soon as`, a possessive),
    /// `"tense"` (a verb or tense marker), `"nearest"` (no clue: the caller picks the nearest occurrence).
    /// `aheadWord` is the lexicon entry of `effective` (a date after it looks ahead), or -1.
    static func resolution(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, aheadWord: Int32 = -1
    ) -> (Tense, String) {
        if let fixed = phraseTense(tokens, first: first, last: last, sentence: sentence, aheadWord: aheadWord) {
            return (fixed, "signal")
        }
        let found = tense(tokens, first: first, last: last, sentence: sentence)
        return (found, found == .unknown ? "nearest" : "tense")
    }

    /// The nearest clue left of `first` in the sentence, else the nearest right of `last`.
    static func tense(_ tokens: [Token], first: Int, last: Int, sentence: Range<Int>) -> Tense {
        if let fixed = phraseTense(tokens, first: first, last: last, sentence: sentence) { return fixed }
        var index = first - 1
        while index >= sentence.lowerBound {
            let tense = clue(tokens, index)
            if tense != .unknown { return tense }
            index -= 1
        }
        index = last + 1
        while index < sentence.upperBound {
            let tense = clue(tokens, index)
            if tense != .unknown { return tense }
            index += 1
        }
        return .unknown
    }
}
