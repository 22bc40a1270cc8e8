extension Extractor {
    /// A present-perfect event with no time of its own, dated by the publication date: it ended by the end
    /// of the publication day (`ENDS`, open start).
    func publicationEvent(
        _ found: EventDetector.Found, _ scalars: [Unicode.Scalar], _ tokens: [Token], sentence: Range<Int>,
        publicationDate: CalendarDate, covered: [Bool]
    ) -> DatedEvent {
        datedEvent(
            found.index, found.grammar, scalars, tokens, sentence: sentence, timexID: DatedEvent.publicationTimexID,
            relation: .ends,
            span: TimeSpan(start: "", end: publicationDate.adding(days: 1).description, granularity: .day),
            covered: covered)
    }

    /// The event whose trigger is the token at `trigger`, with its summary and sentence.
    func datedEvent(
        _ trigger: Int, _ grammar: EventGrammar, _ scalars: [Unicode.Scalar], _ tokens: [Token], sentence: Range<Int>,
        timexID: String, relation: TemporalRelation, span: TimeSpan, covered: [Bool]
    ) -> DatedEvent {
        let token = tokens[trigger]
        let sentenceStart = tokens[sentence.lowerBound].start
        let sentenceEnd = tokens[sentence.upperBound - 1].end
        return DatedEvent(
            timexID: timexID,
            trigger: TextSpan(
                text: ScalarText.string(scalars, token.start..<token.end), start: token.start, end: token.end),
            relation: relation,
            summary: Summary.text(scalars, tokens, trigger: trigger, sentence: sentence, blocked: { covered[$0] }),
            sentence: TextSpan(
                text: ScalarText.string(scalars, sentenceStart..<sentenceEnd), start: sentenceStart, end: sentenceEnd),
            span: span, grammar: grammar)
    }
}
