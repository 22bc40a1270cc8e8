/// A piece of the body: `[start, end)` in Unicode scalar offsets, and its text.
public struct TextSpan: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// The scalars `range` of the body.
    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        self.init(text: ScalarText.string(scalars, range), start: range.lowerBound, end: range.upperBound)
    }
}

/// How an event stands to the time that dates it.
public enum TemporalRelation: String, Sendable, Codable, CaseIterable {
    /// The event happens within the time ("in August").
    case on = "ON"
    /// The event happens before the time ("before 2020", "by Friday").
    case before = "BEFORE"
    /// The event happens after the time ("after the war", "following Monday's vote").
    case after = "AFTER"
    /// The event starts at the time ("since last year").
    case begins = "BEGINS"
    /// The event ends at the time ("until March").
    case ends = "ENDS"
}

/// An event tied to the time expression that dates it.
public struct DatedEvent: Hashable, Sendable, Codable {
    /// The `id` of the dating `TimeExpression`, or `publicationTimexID` ("DCT") for an event dated only by
    /// the publication date (see `Extractor.extract(_:publicationDate:publicationDateEvents:)`).
    public var timexID: String
    /// The word that names the event ("seized").
    public var trigger: TextSpan
    public var relation: TemporalRelation
    /// The event's clause in a few words ("the Taliban seized control").
    public var summary: String
    /// The sentence the event is in.
    public var sentence: TextSpan
    /// When the event happens, derived from the time's interval and the relation: `ON` → the time's
    /// interval; `BEGINS` → from its start to the end of the publication day (or the time's end, if later);
    /// `ENDS` → open start (`""`) to its end; `BEFORE` → open start to its start; `AFTER` → from its end
    /// to an open end (`""`).
    public var span: TimeSpan
    /// The trigger's tense, aspect, polarity (negated events are kept, marked `NEG`) and modality.
    public var grammar: EventGrammar

    /// The `timexID` of an event dated only by the publication date.
    public static let publicationTimexID = "DCT"

    /// Dated only by the publication date, not by a time expression of the text.
    public var isDatedByPublication: Bool { timexID == Self.publicationTimexID }

    public init(
        timexID: String, trigger: TextSpan, relation: TemporalRelation, summary: String, sentence: TextSpan,
        span: TimeSpan, grammar: EventGrammar = EventGrammar()
    ) {
        self.timexID = timexID
        self.trigger = trigger
        self.relation = relation
        self.summary = summary
        self.sentence = sentence
        self.span = span
        self.grammar = grammar
    }
}

/// How long an event lasts, the stretch of time it stands to, or how often it recurs: a DURATION or SET
/// expression tied to its event ("withdrew … after 20 years", "rallies held almost daily"). An extent is not
/// a date: it never puts the event on the timeline, so it is kept apart from the dated events.
public struct EventExtent: Hashable, Sendable, Codable {
    /// The `id` of the DURATION or SET `TimeExpression`.
    public var timexID: String
    /// The word that names the event ("withdrew").
    public var trigger: TextSpan
    /// From the signal before the duration: `after 20 years` → `AFTER`, `for three days` → `ON`.
    public var relation: TemporalRelation

    public init(timexID: String, trigger: TextSpan, relation: TemporalRelation) {
        self.timexID = timexID
        self.trigger = trigger
        self.relation = relation
    }
}

/// Everything the extraction core finds in one document.
public struct Extraction: Hashable, Sendable, Codable {
    public var timexes: [TimeExpression]
    public var events: [DatedEvent]
    /// The durations and sets tied to their events (not on the timeline).
    public var extents: [EventExtent]

    public init(timexes: [TimeExpression] = [], events: [DatedEvent] = [], extents: [EventExtent] = []) {
        self.timexes = timexes
        self.events = events
        self.extents = extents
    }
}
