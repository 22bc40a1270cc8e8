extension EventAnchoring {
    static let thenKey = WordKeys.key("then")
    static let asKey = WordKeys.key("as")

    /// The events a sentence dates by the time of the sentence before it, when it opens with `Since then,`
    /// (`Since then, 427 fugitives have been taken into custody or located`): `then` names that time, and
    /// the events begin at it (`BEGINS`). The events after the comma, up to a subordinate, relative or
    /// reported clause (`that`, `;`, `:`; `as` is mostly a preposition: `as a result of`), reporting verbs left
    /// out (`the FBI said` reports the events, it does not last since then). `Until then,` is left alone:
    /// TimeBank dates its events by `then` itself, which is no time expression here. Nothing else is inherited
    /// across sentences: on TBAQ, giving the next sentence's first event the previous sentence's time is
    /// right for 1 link in 7, and `then`, `later`, `also`, `meanwhile` do not make it better.
    /// - Parameter events: The sentence's event triggers (token indices, in order).
    func backReference(_ tokens: [Token], sentence: Range<Int>, keys: [WordKeys], events: [Int]) -> [Anchor] {
        let start = sentence.lowerBound
        guard sentence.count > 4, tokens[start].kind == .word, tokens[start].is(.since),
            keys[1].word == Self.thenKey, tokens[start + 2].isPunct(",")
        else { return [] }
        let comma = start + 2
        var result: [Anchor] = []
        for index in (comma + 1)..<sentence.upperBound {
            let token = tokens[index]
            if token.isPunct(";") || token.isPunct(":") || token.is(.that)
                || token.classes.contains(.relativePronoun)
                || (token.classes.contains(.subordinator) && keys[index - start].word != Self.asKey)
            {
                break
            }
            if events.contains(index), !Self.reportingKeys.contains(keys[index - start].word) {
                result.append(Anchor(trigger: index, relation: .begins))
            }
        }
        return result
    }
}
