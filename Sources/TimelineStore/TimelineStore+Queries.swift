import GRDB
import TimelineWire

extension TimelineStore {
    /// Lists events whose interval overlaps `[query.from, query.to)`, oldest first.
    ///
    /// An event `[start, end)` overlaps when `start < to AND end > from`; an open bound always passes.
    /// Order: event start, then end, then id (open starts first). Pass the page's `nextCursor` as
    /// `query.cursor` for the next page; it is nil on the last page.
    /// - Throws: `QueryError` for a bad cursor or words with nothing to search for; `StoreError` when the
    ///   database fails.
    public func events(_ query: EventQuery) throws -> EventPage {
        let limit = min(max(query.limit, 1), EventQuery.maximumLimit)
        let (sql, arguments) = try Self.eventSelection(query, limit: limit + 1)
        let records = try read("listing events") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.eventRecord)
        }
        guard records.count > limit else { return EventPage(events: records, nextCursor: nil) }
        let page = Array(records.prefix(limit))
        let last = page[page.count - 1]
        let cursor = EventCursor(start: last.start ?? OpenBound.start, end: last.end ?? OpenBound.end, id: last.id)
        return EventPage(events: page, nextCursor: cursor.encoded)
    }

    /// The SQL and arguments selecting up to `limit` events for `query`.
    static func eventSelection(_ query: EventQuery, limit: Int) throws(QueryError) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let to = query.to {
            conditions.append("e.start < ?")
            arguments.append(to.description)
        }
        if let from = query.from {
            conditions.append("e.\"end\" > ?")
            arguments.append(from.description)
        }
        if let documentID = query.documentID {
            conditions.append("e.document_id = ?")
            arguments.append(documentID)
        }
        if let match = try SearchWords.expression(for: query.words) {
            conditions.append("e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)")
            arguments.append(match)
        }
        if let text = query.cursor, !text.isEmpty {
            let cursor = try EventCursor(encoded: text)
            conditions.append("(e.start, e.\"end\", e.id) > (?, ?, ?)")
            arguments += [cursor.start, cursor.end, cursor.id]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // With only `from`, SQLite would walk event_by_interval in order from the oldest event (a scan):
        // searching event_by_end for `end > from` and sorting the matches reads only what can match.
        let onlyFrom = query.from != nil && query.to == nil && query.documentID == nil && query.words.isEmpty
        let joins =
            onlyFrom
            ? eventJoins.replacingOccurrences(of: "event e", with: "event e INDEXED BY event_by_end")
            : eventJoins
        let sql = """
            SELECT \(eventColumns) \(joins)
            \(filter)
            ORDER BY e.start, e."end", e.id
            LIMIT \(limit)
            """
        return (sql, StatementArguments(arguments))
    }

    /// Runs a read, turning database errors into a `StoreError` that says what was being done.
    func read<T: Sendable>(_ what: String, _ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as QueryError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("\(what) failed in \(path): \(error)")
        }
    }
}
