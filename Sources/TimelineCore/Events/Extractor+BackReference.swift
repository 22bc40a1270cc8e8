extension Extractor {
    /// The events of sentences with no DATE or TIME of their own that open with `Since then,`
    /// (`EventAnchoring.backReference`), dated by the last DATE or TIME of the sentence right before. Such an
    /// event's `sentence` does not contain its expression: that is how a reader tells it inherited its time.
    /// - Parameter lastDated: Per sentence (by position), the index in `timexes` of its last DATE or TIME, or -1.
    func backReferenceEvents(
        _ scalars: [Unicode.Scalar], _ tokens: [Token], sentences: [Range<Int>], timexes: [TimeExpression],
        lastDated: [Int], covered: [Bool], publicationDate: CalendarDate
    ) -> [DatedEvent] {
        var result: [DatedEvent] = []
        for (position, sentence) in sentences.enumerated() where position > 0 && lastDated[position] < 0 {
            let source = lastDated[position - 1]
            guard source >= 0, let span = timexes[source].span, tokens[sentence.lowerBound].is(.since)
            else { continue }
            let keys = tokenizer.keys(scalars, tokens, sentence)
            let found = detector.triggers(tokens, sentence: sentence, keys: keys, skip: { covered[$0] })
            let anchors = anchoring.backReference(tokens, sentence: sentence, keys: keys, events: found.map(\.index))
            for anchor in anchors {
                let eventSpan = EventAnchoring.eventSpan(span, anchor.relation, publication: publicationDate)
                guard !eventSpan.start.isEmpty || !eventSpan.end.isEmpty,
                    let grammar = found.first(where: { $0.index == anchor.trigger })?.grammar
                else { continue }
                result.append(
                    datedEvent(
                        anchor.trigger, grammar, scalars, tokens, sentence: sentence, timexID: timexes[source].id,
                        relation: anchor.relation, span: eventSpan, covered: covered))
            }
        }
        return result
    }
}
