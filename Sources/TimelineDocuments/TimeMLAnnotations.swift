/// The gold annotations of a TimeML file: its plain `<TEXT>` body and what is marked up in it.
///
/// Offsets count Unicode scalars of `body`, which is exactly the body `DocumentReader` gives the same
/// file (and the text `shared/tools/te3score.py` scores against). Spans are half-open, `[start, end)`.
///
///     let gold = try TimeMLAnnotations.read(bytes: Array(tml.utf8))
///     for timex in gold.timexes { print(timex.tid ?? "?", timex.value ?? "", timex.text) }
public struct TimeMLAnnotations: Hashable, Sendable {
    /// The plain text of `<TEXT>`: tags removed, references decoded, line ends normalised.
    public var body: String
    /// The `value` of the document creation time: the TIMEX3 in `<DCT>`, else the first TIMEX3 with
    /// `functionInDocument="CREATION_TIME"`.
    public var dctValue: String?
    /// The `type` of that same TIMEX3.
    public var dctType: String?
    /// TIMEX3 elements inside `<TEXT>`, in the order their end tags appear (an XML tree walk's order).
    public var timexes: [TimeMLTimex]
    /// EVENT elements inside `<TEXT>`, in the order their end tags appear.
    public var events: [TimeMLEvent]
    /// MAKEINSTANCE elements, anywhere in the file, in order.
    public var instances: [TimeMLInstance]
    /// TLINK elements, anywhere in the file, in order.
    public var links: [TimeMLLink]

    public init(
        body: String, dctValue: String? = nil, dctType: String? = nil, timexes: [TimeMLTimex] = [],
        events: [TimeMLEvent] = [], instances: [TimeMLInstance] = [], links: [TimeMLLink] = []
    ) {
        self.body = body
        self.dctValue = dctValue
        self.dctType = dctType
        self.timexes = timexes
        self.events = events
        self.instances = instances
        self.links = links
    }
}

/// A TIMEX3 inside `<TEXT>`. An empty (non-consuming) one has `start == end`.
public struct TimeMLTimex: Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// The body's text over `[start, end)`.
    public var text: String
    /// Every attribute as written (entities decoded).
    public var attributes: [String: String]

    public init(start: Int, end: Int, text: String, attributes: [String: String]) {
        self.start = start
        self.end = end
        self.text = text
        self.attributes = attributes
    }

    public var tid: String? { attributes["tid"] }
    public var type: String? { attributes["type"] }
    public var value: String? { attributes["value"] }
    /// `CREATION_TIME` marks an in-text document creation time (a dateline), which scorers leave out.
    public var functionInDocument: String? { attributes["functionInDocument"] }
}

/// An EVENT inside `<TEXT>`: its trigger span and attributes (`eid`, `class`; older TimeML puts
/// `tense`, `aspect` and `polarity` here too).
public struct TimeMLEvent: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    public var attributes: [String: String]

    public init(start: Int, end: Int, text: String, attributes: [String: String]) {
        self.start = start
        self.end = end
        self.text = text
        self.attributes = attributes
    }

    public var eid: String? { attributes["eid"] }
    public var eventClass: String? { attributes["class"] }
}

/// A MAKEINSTANCE: one instance (`eiid`) of an event (`eventID`), with its grammatical features.
public struct TimeMLInstance: Hashable, Sendable {
    public var attributes: [String: String]

    public init(attributes: [String: String]) { self.attributes = attributes }

    public var eiid: String? { attributes["eiid"] }
    public var eventID: String? { attributes["eventID"] }
    public var tense: String? { attributes["tense"] }
    public var aspect: String? { attributes["aspect"] }
    public var polarity: String? { attributes["polarity"] }
}

/// A TLINK: a temporal relation (`relType`) from an event instance or a time to another of either.
public struct TimeMLLink: Hashable, Sendable {
    public var attributes: [String: String]

    public init(attributes: [String: String]) { self.attributes = attributes }

    public var lid: String? { attributes["lid"] }
    public var relType: String? { attributes["relType"] }
    public var eventInstanceID: String? { attributes["eventInstanceID"] }
    public var timeID: String? { attributes["timeID"] }
    public var relatedToTime: String? { attributes["relatedToTime"] }
    public var relatedToEventInstance: String? { attributes["relatedToEventInstance"] }
}
