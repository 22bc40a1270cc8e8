/// What every extraction must satisfy, whatever the body.
public enum ExtractionInvariants {
    static let extractor = Extractor()

    /// Extracts from `body` and checks: each time expression and event span lies within the body on scalar
    /// offsets and its text is exactly the body's scalars there; time-expression ids are unique and every
    /// event names one; every value is a well-formed TIMEX3 value (`TimexValue`); spans run forward.
    public static func check(body: String, publicationDate: CalendarDate) {
        let extraction = extractor.extract(body, publicationDate: publicationDate)
        let scalars = Array(body.unicodeScalars)
        var ids: Set<String> = []
        for timex in extraction.timexes {
            checkSpan(timex.text, timex.start, timex.end, in: scalars, what: "timex \(timex.id)")
            guard ids.insert(timex.id).inserted else { violated("duplicate timex id \(timex.id)") }
            guard TimexValue.isWellFormed(timex.value) else {
                violated("timex \(timex.id) '\(timex.text)' has malformed value '\(timex.value)'")
            }
            if let span = timex.span, span.start > span.end, sameShape(span.start, span.end) {
                violated("timex \(timex.id) '\(timex.text)' spans backwards: \(span.start) > \(span.end)")
            }
        }
        for event in extraction.events {
            checkSpan(event.trigger.text, event.trigger.start, event.trigger.end, in: scalars, what: "trigger")
            checkSpan(event.sentence.text, event.sentence.start, event.sentence.end, in: scalars, what: "sentence")
            guard ids.contains(event.timexID) else { violated("event dated by unknown timex \(event.timexID)") }
        }
    }

    static func checkSpan(_ text: String, _ start: Int, _ end: Int, in scalars: [Unicode.Scalar], what: String) {
        guard 0 <= start, start <= end, end <= scalars.count else {
            violated("\(what) offsets \(start)..<\(end) outside the body's \(scalars.count) scalars")
        }
        guard text.unicodeScalars.elementsEqual(scalars[start..<end]) else {
            violated("\(what) text '\(text)' is not the body's scalars \(start)..<\(end)")
        }
    }

    /// Two ISO instants compare as strings only when written alike (same length, both dates or both times).
    static func sameShape(_ a: String, _ b: String) -> Bool { a.count == b.count }
}
