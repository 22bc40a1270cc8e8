/// Length classes of closed event intervals, in days: the values of `event.span_days` (`schemaV4`, copied into
/// `event_word`) and of `event.span_class` (version 9, for interval queries on the events themselves).
///
/// Class 0 holds open intervals (`OpenBound`), malformed bounds and events longer than the last class.
enum SpanClass {
    /// The bounded classes of `span_days`, as `schemaV4` computes them: an event is in the first one at least as
    /// long as it (days from its start's date to its end's date). Changing them needs a new migration.
    static let days = [1, 7, 31, 366, 3660, 36600]

    /// The bounded classes of `span_class`: `days` with quarters (92) apart from years. An interval query walks
    /// class D from `from - D days`, testing each event's end: in class 366, the quarters that ended before
    /// `from` (a third of the million-event store's events are years or quarters) were most of a month's walk.
    static let eventDays = [1, 7, 31, 92, 366, 3660, 36600]

    /// The migration's name in the store's migrator.
    static let migration = "v9"

    /// Adds `span_class` (virtual: nothing to fill in) and its index in place of `event_by_span`.
    static var schemaV9: String {
        let length = #"julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10))"#
        let cases = eventDays.map { "            WHEN \(length) <= \($0) THEN \($0)\n" }.joined()
        return """
            ALTER TABLE event ADD COLUMN span_class INTEGER GENERATED ALWAYS AS (
                CASE
                    WHEN length(start) < 10 OR length("end") < 10 THEN 0
            \(cases)            ELSE 0
                END) VIRTUAL;
            CREATE INDEX event_by_class ON event (span_class, start, "end");
            DROP INDEX event_by_span;
            """
    }
}
