/// A news dateline at the head of a body (`BUDAPEST, March 12 (Xinhua) --`, `PARIS, Oct. 3 -`): the date the
/// report was filed, which its `today`, `Friday` and `last week` count from even when the publication date
/// given is a day later.
enum DatelineDay {
    /// Tokens a dateline's date may start after: a place name of a few words and its comma.
    static let maximumStart = 10

    /// The day a dateline names, when the match is one: a day date after a comma near the start of the body,
    /// followed by an agency in parentheses or a dash.
    static func date(_ tokens: [Token], _ slots: Slots, span: TimeSpan?) -> CalendarDate? {
        guard slots.first > 0, slots.first <= maximumStart, slots.last + 1 < tokens.count,
            tokens[slots.first - 1].isPunct(","), let span, span.granularity == .day
        else { return nil }
        let next = tokens[slots.last + 1]
        guard next.isPunct("(") || next.isPunct("-") || next.isPunct("\u{2014}") || next.isPunct("\u{2013}")
        else { return nil }
        for index in 0..<slots.first where tokens[index].isSentenceEndMark { return nil }
        return CalendarDate(iso: span.start)
    }
}
