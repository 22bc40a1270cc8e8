import Synchronization
import TimelineCore

/// What the SQL text of a page's statement depends on (`eventSelection`): queries of one shape differ only in
/// their arguments, so the text is written once per shape (`PageTexts`) instead of once per query.
struct QueryShape: Hashable {
    var limit: Int
    var json: Bool
    var term: Bool
    var wordsInTimeOrder: Bool
    var from: Bool
    var to: Bool
    var document: Bool
    var words: Bool
    var cursor: Bool
    /// Bit i: the walk of the i-th bounded class starts at a date (`TimelineStore.walkStart`).
    var boundedClasses: Int

    /// The shape of `eventSelection(query, limit:, wordsInTimeOrder:, term:, json:)`.
    init(_ query: EventQuery, limit: Int, wordsInTimeOrder: Bool, term: String?, json: Bool) {
        self.limit = limit
        self.json = json
        self.term = term != nil
        self.wordsInTimeOrder = wordsInTimeOrder
        from = query.from != nil
        to = query.to != nil
        document = query.documentID != nil
        words = !query.words.isEmpty
        cursor = !(query.cursor ?? "").isEmpty
        boundedClasses = 0
        let classes = term == nil ? IntervalKeys.event.classes : IntervalKeys.posting.classes
        for (index, spanClass) in classes.enumerated()
        where TimelineStore.walkStart(from: query.from, spanClass: spanClass) != nil {
            boundedClasses |= 1 << index
        }
    }
}

/// The SQL text of each page shape seen, written once: at most `limit` shapes, forgotten all at once past it.
/// Each reading connection prepares a text once (GRDB's statement cache); the arguments are bound per query.
final class PageTexts: Sendable {
    private let texts = Mutex<[QueryShape: String]>([:])
    static let limit = 1_000

    /// The text for `shape`, from `write` the first time.
    func text(for shape: QueryShape, _ write: () throws(QueryError) -> String) throws(QueryError) -> String {
        if let text = texts.withLock({ $0[shape] }) { return text }
        let text = try write()
        texts.withLock { texts in
            if texts.count >= Self.limit { texts.removeAll(keepingCapacity: true) }
            texts[shape] = text
        }
        return text
    }
}
