extension EventAnchoring {
    /// Whether the event at `index` is the verb of a reporting clause that closes the sentence after what it
    /// reports (`…, police said.`, `…,'' Mr. Schwarz says.`, `…, said Greg Trevor, a spokesman`): a time in
    /// the reported words before it dates them, not the report. The clause opens at a comma or a closing quote
    /// after the time, at most six words before the verb (its subject, with no verb); the words before that
    /// have a verb of their own (not `In the year-ago quarter, the company reported`); and the clause ends the
    /// sentence: at most four words after the verb with no verb or `that` (`said on Wednesday`), or the verb
    /// right after the comma and a name after it (`, said Greg Trevor`).
    static func isTrailingReport(
        _ tokens: [Token], _ index: Int, time: ClosedRange<Int>, sentence: Range<Int>, keys: [WordKeys]
    ) -> Bool {
        let last = time.upperBound
        guard index > last + 1, reportingKeys.contains(keys[index - sentence.lowerBound].word) else { return false }
        var open = index - 1
        while !(tokens[open].isPunct(",") || tokens[open].isPunct("'") || tokens[open].isPunct("\"")) {
            guard open > last + 1, index - open < 7, tokens[open].kind == .word || tokens[open].isPunct("."),
                !isVerbLike(tokens, open)
            else { return false }
            open -= 1
        }
        let inverted =
            open == index - 1 && index + 1 < sentence.upperBound && tokens[index + 1].kind == .word
            && tokens[index + 1].spelling.contains(.capitalized)
        guard inverted || sentence.upperBound - index <= 5,
            (sentence.lowerBound..<open).contains(where: {
                !time.contains($0)
                    && (isVerbLike(tokens, $0) || !tokens[$0].classes.isDisjoint(with: [.verb, .verbPast, .auxiliary]))
            })
        else { return false }
        for after in (index + 1)..<sentence.upperBound where tokens[after].is(.that) || isVerbLike(tokens, after) {
            return false
        }
        return true
    }

    private static func isVerbLike(_ tokens: [Token], _ index: Int) -> Bool {
        TenseClues.isPastVerb(tokens, index) || Verbs.isEventVerb(tokens, index)
    }
}
