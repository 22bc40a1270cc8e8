extension Extractor {
    /// A present-perfect event with no time of its own, dated by the publication date: it ended by the end
    /// of the publication day (`ENDS`, open start).
    func publicationEvent(
        _ found: EventDetector.Found, _ scalars: [Unicode.Scalar], _ tokens: [Token], sentence: Range<Int>,
        publicationDate: CalendarDate, covered: [Bool]
    ) -> DatedEvent {
        let trigger = tokens[found.index]
        let sentenceStart = tokens[sentence.lowerBound].start
        let sentenceEnd = tokens[sentence.upperBound - 1].end
        return DatedEvent(
            timexID: DatedEvent.publicationTimexID,
            trigger: TextSpan(
                text: ScalarText.string(scalars, trigger.start..<trigger.end), start: trigger.start, end: trigger.end),
            relation: .ends,
            summary: Summary.text(scalars, tokens, trigger: found.index, sentence: sentence, blocked: { covered[$0] }),
            sentence: TextSpan(
                text: ScalarText.string(scalars, sentenceStart..<sentenceEnd), start: sentenceStart, end: sentenceEnd),
            span: TimeSpan(start: "", end: publicationDate.adding(days: 1).description, granularity: .day),
            grammar: found.grammar)
    }
}
