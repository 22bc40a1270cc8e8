extension EventAnchoring {
    static let presentAuxiliaryKeys = KeySet(words: "is are has have")

    /// The past verb that took place in the event a time modifies (`was injured in the 1998 bombing`,
    /// `decided at last year's summit`, `raised in Saturday night's debate`): it happened at the noun's time.
    /// At most two words between the verb and the time, among them a preposition of place or time (`in`, `at`,
    /// `on`, `during`) and otherwise determiners, possessives or adverbs: a verb with the event as its object
    /// refers to it, whenever (`recalled the 1996 bombing`), and `adopted after the 1987 crash` is not at it.
    /// The verb is a past form the model takes for an event, no report, and not a present passive or perfect
    /// (`is charged in the 1996 bombing`).
    func verbOfDatedPhrase(
        _ tokens: [Token], first: Int, sentence: Range<Int>, keys: [WordKeys]?, isEvent: (Int) -> Bool
    ) -> Int? {
        guard let keys else { return nil }
        var index = first - 1
        var preposition = false
        while index >= sentence.lowerBound, first - index <= 3 {
            let token = tokens[index]
            guard token.kind == .word else { return nil }
            if TenseClues.isPastVerb(tokens, index) {
                let key = { (at: Int) in keys[at - sentence.lowerBound].word }
                guard preposition, isEvent(index), !Self.reportingKeys.contains(key(index)),
                    index == sentence.lowerBound || !Self.presentAuxiliaryKeys.contains(key(index - 1))
                else { return nil }
                return index
            }
            if let keyword = token.keyword, let relation = Self.signals[keyword] {
                guard relation == .on else { return nil }
                preposition = true
            } else if token.classes.isDisjoint(with: [.determiner, .possessive, .adverb]) {
                return nil
            }
            index -= 1
        }
        return nil
    }
}
