import TimelineCore

/// Which events to list: an interval, words, a document, and a page.
///
/// Built from the API's query parameters with `init(parameters:)`, or directly.
public struct EventQuery: Sendable, Hashable {
    /// The page size when none is given.
    public static let defaultLimit = 100
    /// The largest page size.
    public static let maximumLimit = 1000

    /// Events ending after the start of this day (inclusive lower bound of the interval); nil is open.
    public var from: CalendarDate?
    /// Events starting before this day (exclusive upper bound); nil is open.
    public var to: CalendarDate?
    /// Words that must all occur in the event's summary, sentence or trigger (FTS5, stemmed).
    public var words: [String]
    /// Only events of this document.
    public var documentID: Int64?
    /// Page size; the store clamps it to `1...maximumLimit`.
    public var limit: Int
    /// `nextCursor` of the previous page.
    public var cursor: String?

    public init(
        from: CalendarDate? = nil, to: CalendarDate? = nil, words: [String] = [], documentID: Int64? = nil,
        limit: Int = EventQuery.defaultLimit, cursor: String? = nil
    ) {
        self.from = from
        self.to = to
        self.words = words
        self.documentID = documentID
        self.limit = limit
        self.cursor = cursor
    }

    /// The parameters `init(parameters:)` accepts. `follow` is the API's (streaming); it is accepted
    /// and ignored here.
    public static let parameterNames: Set<String> = ["from", "to", "q", "doc", "limit", "cursor", "follow"]

    /// Parses the API's query parameters.
    ///
    /// - `from`, `to`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each naming a period. `from` is the START of its
    ///   period and `to` the END of its period (exclusive), so both ends are inclusive of the periods
    ///   named: `from=2021&to=2022` is all of 2021 and 2022 (up to 2023-01-01), `from=2021-08&to=2021-08`
    ///   is all of August 2021, `to=2021-08-15` includes that day. `from` must come before the end of `to`.
    /// - `q`: words, all required (empty: no word filter).
    /// - `doc`: a document id (a positive integer).
    /// - `limit`: 1 to 1000 (default 100).
    /// - `cursor`: `nextCursor` of the previous page (empty: the first page).
    ///
    /// Any other parameter except `follow` is an error.
    /// - Throws: `QueryError` naming the bad parameter.
    public init(parameters: [String: String]) throws(QueryError) {
        self.init()
        // The first unknown key in order, found without sorting the keys of every query.
        if let unknown = parameters.keys.filter({ !Self.parameterNames.contains($0) }).min() {
            let expected = "from, to, q, doc, limit, cursor, follow"
            throw QueryError(parameter: unknown, "unknown parameter (expected one of \(expected))")
        }
        if let text = parameters["from"] { from = try Self.period(text, parameter: "from").start }
        if let text = parameters["to"] { to = try Self.period(text, parameter: "to").end }
        if let from, let to, from >= to {
            throw QueryError(
                parameter: "from",
                "'\(parameters["from"] ?? "")' is not before the end of to '\(parameters["to"] ?? "")'")
        }
        if let text = parameters["q"] {
            words = SearchWords.words(in: text)
            if words.isEmpty && !text.allSatisfy(\.isWhitespace) {
                throw QueryError(parameter: "q", "no letters or digits to search for in '\(text)'")
            }
        }
        if let text = parameters["doc"] {
            guard let id = Int64(text), id > 0 else {
                throw QueryError(parameter: "doc", "expected a document id (a positive integer), got '\(text)'")
            }
            documentID = id
        }
        if let text = parameters["limit"] {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw QueryError(
                    parameter: "limit", "expected an integer from 1 to \(Self.maximumLimit), got '\(text)'")
            }
            limit = value
        }
        if let text = parameters["cursor"], !text.isEmpty {
            _ = try EventCursor(encoded: text)
            cursor = text
        }
    }

    /// The period a partial date names: `[start, end)`.
    static func period(_ text: String, parameter: String) throws(QueryError) -> (start: CalendarDate, end: CalendarDate)
    {
        guard let (year, month, hasDay) = dateFields(text) else {
            throw QueryError(parameter: parameter, "expected YYYY, YYYY-MM or YYYY-MM-DD, got '\(text)'")
        }
        guard let month else {
            return (CalendarDate(year: year, month: 1, day: 1), CalendarDate(year: year + 1, month: 1, day: 1))
        }
        guard hasDay else {
            guard (1...12).contains(month) else {
                throw QueryError(parameter: parameter, "month \(text.dropFirst(5)) is not 01 to 12 in '\(text)'")
            }
            let start = CalendarDate(year: year, month: month, day: 1)
            return (start, start.adding(months: 1))
        }
        guard let day = CalendarDate(iso: text) else {
            throw QueryError(parameter: parameter, "'\(text)' is not a day of the calendar")
        }
        return (day, day.adding(days: 1))
    }

    /// The year and month of `text` and whether it has a day, when it is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in
    /// ASCII digits; nil otherwise. Read from its UTF-8 bytes once: splitting it and counting its characters was
    /// 2.2% of the HTTP threads' samples under load.
    static func dateFields(_ text: String) -> (year: Int, month: Int?, hasDay: Bool)? {
        var fields = (year: 0, month: 0)
        var field = 0
        var value = 0
        var width = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard width == (field == 0 ? 4 : 2), field < 2 else { return nil }
                if field == 0 { fields.year = value } else { fields.month = value }
                (field, value, width) = (field + 1, 0, 0)
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), width < 4 else { return nil }
                (value, width) = (value * 10 + Int(byte - UInt8(ascii: "0")), width + 1)
            }
        }
        guard width == (field == 0 ? 4 : 2) else { return nil }
        switch field {
        case 0: return (value, nil, false)
        case 1: return (fields.year, value, false)
        default: return (fields.year, fields.month, true)
        }
    }
}
