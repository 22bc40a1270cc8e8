/// Deciding, without a tagger, whether a token is a verb that names an event.
enum Verbs {
    /// Words that make a following base form a verb (`will meet`, `to sign`, `they agree`).
    /// (`'ll` and `n't` are no tokens: the tokenizer splits at the apostrophe.)
    static let baseFormCues: Set<Keyword> = [
        .to, .will, .would, .shall, .should, .can, .could, .may, .might, .must, .do, .does, .did,
        .not, .i, .we, .they, .you,
    ]

    static func isAuxiliary(_ token: Token) -> Bool {
        token.kind == .word && token.classes.contains(.auxiliary)
    }

    /// A main verb: a past form or participle, a base form after a modal or `to`, a `-s` form after a subject,
    /// or an `-ing` form after `be` or a comma. Auxiliaries and adjectival participles (`the proposed`) are not.
    static func isEventVerb(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.classes.contains(.auxiliary), !token.classes.contains(.notVerb) else {
            return false
        }
        let previous = index > 0 ? tokens[index - 1] : nil
        if let previous,
            previous.classes.contains(.determiner) || (previous.isPunct("-") && previous.gapBefore == .none)
        {
            return false
        }
        if TenseClues.isPastVerb(tokens, index) || token.classes.contains(.participle) { return true }
        guard token.classes.contains(.verb) else { return false }
        guard let previous else { return false }
        if token.spelling.contains(.endsInING) {
            return previous.isPunct(",") || isAuxiliary(previous)
        }
        if token.classes.contains(.verbBase) {
            return previous.keyword.map(baseFormCues.contains) ?? false
        }
        // An -s form: after a pronoun or a name.
        return previous.classes.contains(.pronoun) || (previous.isCapitalized && previous.kind == .word)
    }
}
