extension Extractor {
    /// The events of sentences with no DATE or TIME of their own that open with `Since then,`
    /// (`EventAnchoring.backReference`), dated by the last DATE or TIME of the sentence right before. Such an
    /// event's `sentence` does not contain its expression: that is how a reader tells it inherited its time.
    func backReferenceEvents(
        _ scalars: [Unicode.Scalar], _ tokens: [Token], sentences: [Range<Int>], timexes: [TimeExpression],
        located: [(first: Int, last: Int, sentence: Range<Int>)], covered: [Bool], publicationDate: CalendarDate
    ) -> [DatedEvent] {
        var lastDated: [Int: Int] = [:]
        for index in located.indices where timexes[index].type == .date || timexes[index].type == .time {
            lastDated[located[index].sentence.lowerBound] = index
        }
        var result: [DatedEvent] = []
        for (position, sentence) in sentences.enumerated()
        where position > 0 && lastDated[sentence.lowerBound] == nil {
            guard let source = lastDated[sentences[position - 1].lowerBound], let span = timexes[source].span,
                tokens[sentence.lowerBound].is(.since)
            else { continue }
            let keys = WordKeys.of(scalars, tokens, sentence)
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
