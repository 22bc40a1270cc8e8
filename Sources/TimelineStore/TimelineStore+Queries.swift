import Foundation
import GRDB
import GRDBSQLite
import TimelineCore
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
        let records = try read("listing events") { db in
            let (statement, values) = try pageStatement(query, limit: limit, json: false, db)
            return try Self.withExtents(
                Array(Row.fetchCursor(statement, arguments: SQLValue.arguments(values)).map(Self.eventRecord)), db)
        }
        guard records.count > limit else { return EventPage(events: records, nextCursor: nil) }
        let page = Array(records.prefix(limit))
        let last = page[page.count - 1]
        let cursor = EventCursor(start: last.start ?? OpenBound.start, end: last.end ?? OpenBound.end, id: last.id)
        return EventPage(events: page, nextCursor: cursor.encoded)
    }

    /// The page `events(query)` lists, as the JSON bytes `EventJSON.append(_:to:)` writes for it, made of the
    /// events' stored objects (`event_json`): the same events in the same order, nothing decoded or re-encoded.
    /// - Throws: as `events(_:)`.
    public func eventsJSON(_ query: EventQuery) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.pageCapacity(query))
        try eventsJSON(query) { bytes += $0 }
        return bytes
    }

    /// Writes the page `eventsJSON(query)` lists, passing its bytes to `write` in order, piece by piece (the
    /// daemon appends them to the buffer it sends: no array in between, no second copy of the page).
    /// - Throws: as `events(_:)`.
    public func eventsJSON(_ query: EventQuery, write: (UnsafeRawBufferPointer) -> Void) throws {
        let limit = min(max(query.limit, 1), EventQuery.maximumLimit)
        // One statement lists the page: it reads one snapshot without a transaction around it (`BEGIN` and
        // `COMMIT` were two more statements per page). `wordsAreFrequent` only picks the plan.
        try read("listing events", isolated: false) { db in
            let (statement, values) = try pageStatement(query, limit: limit, json: true, db)
            try Self.page(statement, values, limit: limit, write)
        }
    }

    /// Bytes to reserve for `query`'s page: stored objects are about 750 bytes.
    public static func pageCapacity(_ query: EventQuery) -> Int {
        800 * min(max(query.limit, 1), 100) + 64
    }

    /// The statement listing `query`'s page of `limit` events and one more (whether a next page follows), in
    /// the plan `eventSelection` picks: rows of `eventColumns`, or of `jsonColumns` with `json`.
    ///
    /// The SQL text is written once per `QueryShape` (`pageTexts`) and prepared once per reading connection
    /// (GRDB's statement cache); each query only builds its values. Writing the text of about 2.5 KB, and
    /// GRDB hashing a new string to find its statement, was 3.5-5.5% of the daemon's CPU on months and words.
    func pageStatement(
        _ query: EventQuery, limit: Int, json: Bool, _ db: Database
    ) throws -> (Statement, [SQLValue]) {
        let term = try Self.postingTerm(query, searchTerms)
        let inTimeOrder = try term == nil && Self.wordsAreFrequent(query, db)
        let shape = QueryShape(query, limit: limit + 1, wordsInTimeOrder: inTimeOrder, term: term, json: json)
        func selection(text: Bool) throws(QueryError) -> (String, [SQLValue]) {
            try Self.selection(
                query, limit: limit + 1, wordsInTimeOrder: inTimeOrder, term: term, json: json, text: text)
        }
        let arguments = try selection(text: false).1
        let sql = try pageTexts.text(for: shape) { () throws(QueryError) in try selection(text: true).0 }
        assert(sql == (try? selection(text: true).0), "one query shape with two SQL texts")
        return (try db.cachedStatement(sql: sql), arguments)
    }

    /// Writes the page of rows of `jsonColumns`, framed as `EventJSON.append(_ page:)` frames it: the first `limit`
    /// objects, and a cursor after the last of them when there is one more row.
    ///
    /// The statement is run by SQLite's own calls, `values` bound by position (`SQLValue.bind`): GRDB's arguments
    /// and row cursor boxed each value and checked the arguments per query. It is reset on the way out, so that
    /// it holds no snapshot of the database between pages.
    static func page(
        _ statement: Statement, _ values: [SQLValue], limit: Int, _ write: (UnsafeRawBufferPointer) -> Void
    ) throws {
        let sqlite = statement.sqliteStatement
        SQLValue.bind(values, to: sqlite)
        defer {
            sqlite3_reset(sqlite)
            sqlite3_clear_bindings(sqlite)
        }
        EventJSON.pageOpening.withUnsafeBytes(write)
        var count = 0
        var last: EventCursor?
        while true {
            let code = sqlite3_step(sqlite)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else {
                    let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(sqlite)))
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
                }
                break
            }
            guard count < limit else {
                close(nextCursor: last?.encoded ?? "", write)
                return
            }
            if count > 0 { withUnsafeBytes(of: UInt8(ascii: ","), write) }
            // The blob in place (in the mapped file or the page cache), written without a `Data` in between.
            guard let blob = sqlite3_column_blob(sqlite, 3) else {
                throw StoreError("event \(sqlite3_column_int64(sqlite, 0)) has no stored JSON")
            }
            write(UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(sqlite, 3))))
            count += 1
            if count == limit {
                last = EventCursor(start: text(sqlite, 1), end: text(sqlite, 2), id: sqlite3_column_int64(sqlite, 0))
            }
        }
        close(nextCursor: nil, write)
    }

    /// Column `index` of the current row as text (the bounds: never NULL, open ones are `OpenBound`'s texts).
    private static func text(_ statement: OpaquePointer, _ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, index) else { return "" }
        return String(
            decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index))),
            as: UTF8.self)
    }

    /// Ends the page as `EventJSON.closePage` does.
    private static func close(nextCursor: String?, _ write: (UnsafeRawBufferPointer) -> Void) {
        var tail: [UInt8] = []
        EventJSON.closePage(nextCursor: nextCursor, to: &tail)
        tail.withUnsafeBytes(write)
    }

    /// The term whose `event_word` rows answer `query`: a search for one word that is one term (most are),
    /// not within a document (its events are few). Nil for the other queries.
    static func postingTerm(_ query: EventQuery, _ searchTerms: SearchTerms) throws -> String? {
        guard query.documentID == nil, query.words.count == 1 else { return nil }
        return try searchTerms.term(ofWord: query.words[0])
    }

    /// How many events a word query must match to be answered by walking the events in time order.
    static let frequentWordMatches = 20_000

    /// Whether `query`'s words match at least `frequentWordMatches` events (counted up to there, from the
    /// search index alone), so that walking the events in order finds a page sooner than sorting every match.
    static func wordsAreFrequent(_ query: EventQuery, _ db: Database) throws -> Bool {
        guard query.documentID == nil, let match = try SearchWords.expression(for: query.words) else { return false }
        let sql = """
            SELECT count(*) FROM (SELECT rowid FROM event_search WHERE event_search MATCH ? LIMIT \(frequentWordMatches))
            """
        return try Int.fetchOne(db.cachedStatement(sql: sql), arguments: [match]) ?? 0 >= frequentWordMatches
    }

    /// The SQL and arguments selecting up to `limit` events for `query`.
    ///
    /// With `term` (see `postingTerm`), the events are that term's `event_word` rows, walked in order per
    /// length class. Otherwise words are searched with the set of matching ids: sorting the matches (few),
    /// or, with `wordsInTimeOrder` (many), walking `event_by_interval` in order and stopping after `limit`.
    /// With `json`, each row is `jsonColumns` (the stored object) instead of `eventColumns`. Without `text`, the
    /// SQL is left empty: only the arguments are built (the text is that of the query's `QueryShape`).
    static func eventSelection(
        _ query: EventQuery, limit: Int, wordsInTimeOrder: Bool = false, term: String? = nil, json: Bool = false,
        text: Bool = true
    ) throws(QueryError) -> (String, StatementArguments) {
        let (sql, values) = try selection(
            query, limit: limit, wordsInTimeOrder: wordsInTimeOrder, term: term, json: json, text: text)
        return (sql, SQLValue.arguments(values))
    }

    /// `eventSelection` with its values as `pageStatement` binds them.
    static func selection(
        _ query: EventQuery, limit: Int, wordsInTimeOrder: Bool, term: String?, json: Bool, text: Bool
    ) throws(QueryError) -> (String, [SQLValue]) {
        let keys = term == nil ? IntervalKeys.event : IntervalKeys.posting
        // Before the others: the open-start arm of `spanSelection` leaves it out (`''` is before every day).
        var before = SQLConditions(writesText: text)
        if let to = query.to {
            before.add("\(keys.start) < ?", .text(to.description))
        }
        var common = SQLConditions(writesText: text)
        if let term {
            common.add("w.term = ?", .text(term))
        }
        if let from = query.from {
            common.add("\(keys.end) > ?", .text(from.description))
        }
        if let documentID = query.documentID {
            common.add("e.document_id = ?", .integer(documentID))
        }
        if term == nil, let match = try SearchWords.expression(for: query.words) {
            common.add("e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)", .text(match))
        }
        if let text = query.cursor, !text.isEmpty {
            let cursor = try EventCursor(encoded: text)
            common.add(
                "(\(keys.start), \(keys.end), \(keys.id)) > (?, ?, ?)", .text(cursor.start), .text(cursor.end),
                .integer(cursor.id))
        }
        if term != nil {
            return spanSelection(
                from: query.from, keys: keys, before: before, common: common, limit: limit, json: json)
        }
        if let from = query.from, query.documentID == nil, query.words.isEmpty {
            return spanSelection(from: from, keys: keys, before: before, common: common, limit: limit, json: json)
        }
        before.append(common)
        common = before
        guard text else { return ("", common.values) }
        let (columns, from) =
            json ? (jsonColumns(id: "e.id", start: "e.start", end: #"e."end""#), jsonJoins) : (eventColumns, eventJoins)
        let joins =
            wordsInTimeOrder && !query.words.isEmpty
            ? from.replacingOccurrences(of: "event e", with: "event e INDEXED BY event_by_interval")
            : from
        let sql = """
            SELECT \(columns) \(joins)
            \(common.whereClause)
            ORDER BY e.start, e."end", e.id
            LIMIT \(limit)
            """
        return (sql, common.values)
    }

    /// An interval query, one index walk per class merged in order: walking `event_by_interval` would
    /// read every event that starts before the window to test its end (and a word's events would be sorted).
    ///
    /// Open starts (`''`) are searched by their end; the other events of class 0 (open ends, longer than the
    /// last class) are walked from the oldest, and those of class D from `from - D days` (see `schemaV4`) or of a
    /// calendar period from the period containing `from` (`walkStart`), or from the oldest without `from`.
    /// `before` (the `to` bound) is left out of the open-start walk: with it SQLite searches `start < to`
    /// instead of `start = ''` and sorts every open start that ends after `from`.
    static func spanSelection(
        from: CalendarDate?, keys: IntervalKeys, before: SQLConditions, common: SQLConditions, limit: Int,
        json: Bool = false
    ) -> (String, [SQLValue]) {
        let text = common.writesText
        var openStart = SQLConditions(writesText: text)
        openStart.add("\(keys.span) = 0")
        openStart.add("\(keys.start) = ''")
        var openRest = SQLConditions(writesText: text)
        openRest.add("\(keys.span) = 0")
        openRest.add("\(keys.start) > ''")
        openRest.append(before)
        var arms = [openStart, openRest]
        for spanClass in keys.classes {
            var arm = SQLConditions(writesText: text)
            arm.add("\(keys.span) = ?", .integer(Int64(spanClass)))
            if let earliest = walkStart(from: from, spanClass: spanClass) {
                arm.add("\(keys.start) >= ?", .text(earliest.description))
            }
            arm.append(before)
            arms.append(arm)
        }
        // Each arm's values, then the common ones: the order of its terms (`arm.append(common)` below).
        var arguments: [SQLValue] = []
        arguments.reserveCapacity(arms.count * (3 + common.values.count))
        for arm in arms {
            arguments += arm.values
            arguments += common.values
        }
        guard text else { return ("", arguments) }
        let (columns, joins) = keys.selected(json: json)
        let selects = arms.map { arm in
            var arm = arm
            arm.append(common)
            return "SELECT \(columns) \(joins)\n\(arm.whereClause)"
        }
        let order = json ? jsonOrder : unionOrder
        let sql = selects.joined(separator: "\nUNION ALL\n") + "\nORDER BY \(order)\nLIMIT \(limit)"
        return (sql, arguments)
    }

    /// Where the walk of class `spanClass` starts for a query from `from`: `spanClass` days before it, or for a
    /// calendar period (`SpanClass.Period`) the start of the period containing it; nil to walk the class from its
    /// oldest event (no `from`, or before year 1, where the ISO text no longer sorts by date).
    static func walkStart(from: CalendarDate?, spanClass: Int) -> CalendarDate? {
        guard let from else { return nil }
        let earliest =
            SpanClass.Period(rawValue: spanClass)?.start(containing: from) ?? from.adding(days: -spanClass)
        return earliest.year >= 1 ? earliest : nil
    }

    /// `e.start, e."end", e.id` as positions in `eventColumns`: a compound select orders by its result columns.
    static let unionOrder: String = {
        let columns = eventColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return ["e.start", "e.\"end\"", "e.id"].map { key in
            String(columns.firstIndex(of: key).map { $0 + 1 } ?? 0)
        }.joined(separator: ", ")
    }()

    /// Runs a read, turning database errors into a `StoreError` that says what was being done. Not `isolated`:
    /// without a transaction, each statement reading its own snapshot, on the thread's own connection when the
    /// store has `threadReaders`.
    func read<T: Sendable>(
        _ what: String, isolated: Bool = true, _ body: (Database) throws -> T
    ) throws -> T {
        do {
            if isolated { return try pool.read(body) }
            return try threadReaders?.read(body) ?? pool.unsafeRead(body)
        } catch let error as QueryError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("\(what) failed in \(path): \(error)")
        }
    }
}
