public import TimelineCore

/// How long an event lasts, or how often it recurs: a DURATION or SET expression tied to the event it measures
/// ("withdrew … after 20 years" → `P20Y`). An extent never dates its event: it rides on an event that is on the
/// timeline for a date of its own.
public struct EventExtentRecord: Codable, Hashable, Sendable {
    /// The expression as written (`20 years`).
    public var expression: String
    /// TIMEX3 value (`P20Y`, `P1D` for `every day`).
    public var value: String
    /// `DURATION` or `SET`.
    public var type: String
    /// From the signal before it: `after 20 years` → `AFTER`, `for three days` → `ON`.
    public var relation: String
    /// The expression's span in the body, Unicode scalar offsets.
    public var start: Int
    public var end: Int
    /// The expression's id in its document (`t2`), as in `GET /v1/documents/{id}`'s `timexes`.
    public var timex: String
    /// Set quantifier (`EVERY`, `EACH`) and frequency (`1X`, `2X`) of a SET; absent otherwise.
    public var quant: String?
    public var freq: String?

    public init(
        expression: String, value: String, type: String, relation: String, start: Int, end: Int, timex: String,
        quant: String? = nil, freq: String? = nil
    ) {
        self.expression = expression
        self.value = value
        self.type = type
        self.relation = relation
        self.start = start
        self.end = end
        self.timex = timex
        self.quant = quant
        self.freq = freq
    }
}

/// An extent with the event it measures, as `GET /v1/documents/{id}` lists them: every extent of the document,
/// also those whose event has no date (and so is not on the timeline).
public struct DocumentExtent: Codable, Hashable, Sendable {
    /// The word that names the measured event (`withdrew`).
    public var trigger: TextSpan
    public var extent: EventExtentRecord

    public init(trigger: TextSpan, extent: EventExtentRecord) {
        self.trigger = trigger
        self.extent = extent
    }
}
