/// The TIMEX3 type of a time expression.
public enum TimexType: String, Sendable, Codable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// How precise a time is: the unit of its interval.
public enum Granularity: String, Sendable, Codable, CaseIterable {
    case century, decade, year, half, quarter, season, month, week, day, partOfDay, hour, minute, second
}

/// The half-open interval `[start, end)` a DATE or TIME denotes.
///
/// Bounds are ISO 8601 strings that sort chronologically as text: `YYYY-MM-DD` for day and coarser
/// granularities, `YYYY-MM-DDTHH:MM` for times. `2021-08` is `[2021-08-01, 2021-09-01)`.
public struct TimeSpan: Hashable, Sendable, Codable {
    public var start: String
    public var end: String
    public var granularity: Granularity

    public init(start: String, end: String, granularity: Granularity) {
        self.start = start
        self.end = end
        self.granularity = granularity
    }
}

/// A time expression found in a document body, normalized against the publication date.
///
/// Offsets are Unicode scalar (code point) offsets into the body, half-open: `[start, end)`.
public struct TimeExpression: Hashable, Sendable, Codable {
    /// `t1`, `t2`, … in document order.
    public var id: String
    public var text: String
    public var start: Int
    public var end: Int
    public var type: TimexType
    /// TIMEX3 value: `2021`, `2021-08`, `2022-02-28`, `P20Y`, `PRESENT_REF`, …
    public var value: String
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `MORE_THAN`, …), if any.
    public var mod: String?
    /// The interval the expression denotes; for an anchored duration (`the past three years`), the interval
    /// it covers ending (or, looking ahead, starting) at its reference; `nil` for other durations, sets and
    /// unresolved references.
    public var span: TimeSpan?
    /// The reference time the value was computed from (TimeML's `anchorTimeID`): `"DCT"` for the publication
    /// date (`yesterday`, `last week`, `August`), the `id` of an earlier time expression for an anaphoric one
    /// (`two days later`, `the previous day`, `that day`), `nil` for absolute expressions (`March 3, 1944`),
    /// plain durations and sets.
    public var anchor: String?
    /// How an underspecified expression (`August`, `Monday`, `March 5`, `Easter`) was placed: `"tense"` (the
    /// tense of its clause), `"signal"` (a word that fixes the direction: `next`, `last`, `since`, `as soon as`,
    /// a possessive), or `"nearest"` (no clue: the occurrence nearest the reference, as HeidelTime's news rules
    /// choose; a guess). `nil` when nothing had to be chosen.
    public var resolvedBy: String?
    /// TIMEX3 `quant` of a SET: `"EVERY"` (`every Monday`), `"EACH"` (`each year`); `nil` otherwise.
    public var quant: String?
    /// TIMEX3 `freq` of a SET: `"1X"` (`daily`, `annually`), `"2X"` (`twice a week`), `"3X"` (`three times a
    /// year`); `nil` otherwise.
    public var freq: String?

    /// Whether the value is a guess: an underspecified expression placed with no clue in the text.
    public var guessed: Bool { resolvedBy == "nearest" }

    public init(
        id: String, text: String, start: Int, end: Int, type: TimexType, value: String,
        mod: String? = nil, span: TimeSpan? = nil, anchor: String? = nil, resolvedBy: String? = nil,
        quant: String? = nil, freq: String? = nil
    ) {
        self.id = id
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.span = span
        self.anchor = anchor
        self.resolvedBy = resolvedBy
        self.quant = quant
        self.freq = freq
    }
}
