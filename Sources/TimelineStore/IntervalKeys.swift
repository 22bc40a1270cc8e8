/// Where an interval plan (`spanSelection`) finds each event's length class, bounds and id, and what it
/// selects from: the events themselves, or a term's rows of `event_word` (which copy them) joined to them.
struct IntervalKeys {
    var span: String
    var start: String
    var end: String
    var id: String
    /// `FROM` with its joins.
    var joins: String
    /// The selected columns, as `eventColumns` orders them.
    var columns: String

    static let event = IntervalKeys(
        span: "e.span_days", start: "e.start", end: #"e."end""#, id: "e.id",
        joins: TimelineStore.eventJoins.replacingOccurrences(of: "event e", with: "event e INDEXED BY event_by_span"),
        columns: TimelineStore.eventColumns)

    static let posting = IntervalKeys(
        span: "w.span_days", start: "w.start", end: #"w."end""#, id: "w.event_id",
        joins: TimelineStore.eventJoins.replacingOccurrences(
            of: "FROM event e", with: "FROM event_word w JOIN event e ON e.id = w.event_id"),
        columns: TimelineStore.eventColumns(
            id: "w.event_id AS id", start: "w.start AS start", end: #"w."end" AS "end""#))
}
