extension EventAnchoring {
    /// The verb of a relative clause right after a dated event noun, which happened at the noun's time (`the
    /// 1996 Olympic bombing that killed one person`): `that`/`which`/`who` and then a verb the model takes
    /// for an event. A verb form is needed: `the attack that Saturday …` has no clause.
    func relativeClauseVerb(_ tokens: [Token], after index: Int, sentence: Range<Int>, isEvent: (Int) -> Bool) -> Int? {
        let verb = index + 2
        guard verb < sentence.upperBound, tokens[index + 1].classes.contains(.relativePronoun),
            tokens[verb].kind == .word,
            !tokens[verb].classes.isDisjoint(with: [.verb, .verbPast]) || tokens[verb].spelling.contains(.endsInED),
            isEvent(verb)
        else { return nil }
        return verb
    }
}
