/// Length classes of closed event intervals, in days: the values of `event.span_days` (`schemaV4`).
///
/// Class 0 holds open intervals (`OpenBound`), malformed bounds and events longer than the last class.
enum SpanClass {
    /// The bounded classes, as `schemaV4` computes them: an event is in the first one at least as long as it
    /// (days from its start's date to its end's date). Changing them needs a new migration.
    static let days = [1, 7, 31, 366, 3660, 36600]
}
