/// Where an interval plan (`spanSelection`) finds each event's length class, bounds and id, and what it
/// selects from: the events themselves, or a term's rows of `event_word` (which copy them) joined to them.
struct IntervalKeys {
    var span: String
    /// The bounded classes of `span` (`SpanClass`), one walk each.
    var classes: [Int]
    var start: String
    var end: String
    var id: String
    /// `FROM` with its joins.
    var joins: String
    /// The selected columns, as `eventColumns` orders them.
    var columns: String
    /// `FROM` with the join to `event_json` alone (the index holds the bounds and id).
    var jsonJoins: String

    /// The selected columns and joins: the records' (`eventColumns`) or the stored objects' (`jsonColumns`).
    func selected(json: Bool) -> (columns: String, joins: String) {
        json ? (TimelineStore.jsonColumns(id: id, start: start, end: end), jsonJoins) : (columns, joins)
    }

    static let event = IntervalKeys(
        span: "e.span_class", classes: SpanClass.eventClasses, start: "e.start", end: #"e."end""#, id: "e.id",
        joins: TimelineStore.eventJoins.replacingOccurrences(of: "event e", with: "event e INDEXED BY event_by_class"),
        columns: TimelineStore.eventColumns,
        jsonJoins: "FROM event e INDEXED BY event_by_class JOIN event_json j ON j.id = e.id")

    static let posting = IntervalKeys(
        span: "w.span_days", classes: SpanClass.days, start: "w.start", end: #"w."end""#, id: "w.event_id",
        joins: TimelineStore.eventJoins.replacingOccurrences(
            of: "FROM event e", with: "FROM event_word w JOIN event e ON e.id = w.event_id"),
        columns: TimelineStore.eventColumns(
            id: "w.event_id AS id", start: "w.start AS start", end: #"w."end" AS "end""#),
        jsonJoins: "FROM event_word w JOIN event_json j ON j.id = w.event_id")
}
