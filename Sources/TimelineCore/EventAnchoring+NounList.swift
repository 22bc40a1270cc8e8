extension EventAnchoring {
    /// The event nouns coordinated with a dated event noun, which share its time (`40 years of the blockade,
    /// armed invasions, sabotage and attempts to kill`): each conjunct after `,`, `and`, `or` or `, and` is up to
    /// four words with no function word, pronoun or auxiliary, and its last word an event that is no verb. The
    /// list ends at the first conjunct that is not such a noun phrase (`and was plucked`, `and Yeltsin claimed`).
    func coordinatedNouns(_ tokens: [Token], after noun: Int, sentence: Range<Int>, isEvent: (Int) -> Bool) -> [Int] {
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .auxiliary, .modal, .clauseStop, .pronoun,
        ]
        var result: [Int] = []
        var index = noun + 1
        while index < sentence.upperBound {
            if tokens[index].isPunct(",") { index += 1 }
            guard index < sentence.upperBound else { break }
            let joined = tokens[index].is(.and) || tokens[index].is(.or)
            if joined { index += 1 }
            guard joined || tokens[index - 1].isPunct(",") else { break }
            var head: Int?
            var end = index
            while end < sentence.upperBound, end - index < 4, tokens[end].kind == .word,
                tokens[end].classes.isDisjoint(with: stops)
            {
                head = end
                end += 1
            }
            guard let head, !Verbs.isEventVerb(tokens, head), tokens[head].classes.contains(.eventNoun) || isEvent(head)
            else { break }
            result.append(head)
            index = end
        }
        return result
    }
}
