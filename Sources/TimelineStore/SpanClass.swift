import TimelineCore

/// Length classes of closed event intervals, in days: the values of `event.span_days` (`schemaV4`, copied into
/// `event_word`) and of `event.span_class` (for interval queries on the events themselves).
///
/// Class 0 holds open intervals (`OpenBound`), malformed bounds and events longer than the last class.
enum SpanClass {
    /// The bounded classes of `span_days`, as `schemaV4` computes them: an event is in the first one at least as
    /// long as it (days from its start's date to its end's date). Changing them needs a new migration.
    static let days = [1, 7, 31, 366, 3660, 36600]

    /// The bounded length classes of `span_class` (versions 9 and 10) for the events that are not one calendar
    /// `Period`: `days` with quarters (92) apart from years. An interval query walks class D from `from - D days`,
    /// testing each event's end; finer classes past a year (731 to 14,610 days) read more rows than they saved on
    /// the load's months, each class's walk reading its own rows before its first match.
    static let eventDays = [1, 7, 31, 92, 366, 3660, 36600]

    /// Every bounded class of `span_class`: the calendar periods (negative), then `eventDays`.
    static let eventClasses = Period.allCases.map(\.rawValue) + eventDays

    /// An event that is exactly one calendar day, month, quarter, year, decade or century (`[2000-02-01,
    /// 2000-03-01)`, most of a normalized timeline's events). Such an event ends after `from` only if it starts
    /// on or after the start of the period containing `from`, so its walk reads no event that ended before:
    /// as a length class, the month before `from` (ending on `from`) was read by every month query.
    enum Period: Int, CaseIterable {
        case day = -1, month = -2, quarter = -3, year = -4, decade = -5, century = -6

        /// The start of the period of this kind that contains `date`.
        func start(containing date: CalendarDate) -> CalendarDate {
            func first(year: Int, multiple: Int) -> CalendarDate {
                CalendarDate(year: year - ((year % multiple) + multiple) % multiple, month: 1, day: 1)
            }
            switch self {
            case .day: return date
            case .month: return CalendarDate(year: date.year, month: date.month, day: 1)
            case .quarter: return CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)
            case .year: return first(year: date.year, multiple: 1)
            case .decade: return first(year: date.year, multiple: 10)
            case .century: return first(year: date.year, multiple: 100)
            }
        }

        /// The SQL test that a start (`YYYY-MM-DD`, checked apart) is the first day of such a period, and the
        /// `date()` modifier giving the period's end.
        var sql: (aligned: String, modifier: String) {
            switch self {
            case .day: return ("1", "+1 day")
            case .month: return ("substr(start, 9, 2) = '01'", "+1 month")
            case .quarter: return ("substr(start, 6, 5) IN ('01-01', '04-01', '07-01', '10-01')", "+3 months")
            case .year: return ("substr(start, 6, 5) = '01-01'", "+1 year")
            case .decade: return ("substr(start, 4, 7) = '0-01-01'", "+10 years")
            case .century: return ("substr(start, 3, 8) = '00-01-01'", "+100 years")
            }
        }
    }

    /// The migrations' names in the store's migrator.
    static let migration = "v9"
    static let periodMigration = "v10"

    /// Version 9: adds `span_class` (virtual: nothing to fill in) and its index in place of `event_by_span`, with
    /// the classes of `eventDays` alone (written out: a shipped migration never changes).
    static var schemaV9: String {
        """
        ALTER TABLE event ADD COLUMN span_class INTEGER GENERATED ALWAYS AS (\(classCases([1, 7, 31, 92, 366, 3660, 36600]))) VIRTUAL;
        CREATE INDEX event_by_class ON event (span_class, start, "end");
        DROP INDEX event_by_span;
        """
    }

    /// Version 10: `span_class` redefined with the calendar periods and `eventDays` (a virtual column and its
    /// index: dropped and added again, no table rewrite; about 6 s on the million-event store).
    ///
    /// A period's start must be a real date as `date()` writes it (`2021-02-30` is not: `date(start)` keeps it).
    static var schemaV10: String {
        let periods = Period.allCases.map { period in
            let (aligned, modifier) = period.sql
            return
                "WHEN date(start, '+0 days') = start AND \(aligned) AND \"end\" = date(start, '\(modifier)') THEN \(period.rawValue)"
        }
        return """
            DROP INDEX event_by_class;
            ALTER TABLE event DROP COLUMN span_class;
            ALTER TABLE event ADD COLUMN span_class INTEGER GENERATED ALWAYS AS (\(classCases(eventDays, first: periods))) VIRTUAL;
            CREATE INDEX event_by_class ON event (span_class, start, "end");
            """
    }

    /// The `CASE` giving an event's class: 0 for an open or malformed bound, then the `first` cases, then the
    /// first of `days` at least the event's length, or 0.
    static func classCases(_ days: [Int], first: [String] = []) -> String {
        let length = #"julianday(substr("end", 1, 10)) - julianday(substr(start, 1, 10))"#
        let cases =
            [#"WHEN length(start) < 10 OR length("end") < 10 THEN 0"#] + first
            + days.map { "WHEN \(length) <= \($0) THEN \($0)" } + ["ELSE 0"]
        return "\n    CASE\n" + cases.map { "        \($0)\n" }.joined() + "    END"
    }
}
