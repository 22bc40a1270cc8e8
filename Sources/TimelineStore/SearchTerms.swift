import GRDB
import Synchronization

/// The terms `event_search` indexes for a text (lowercased, diacritics removed, Porter-stemmed: `Companies` →
/// `compani`), from SQLite's own FTS5 tokenizer, so they are exactly the index's terms.
///
/// An in-memory contentless FTS5 table with `event_search`'s tokenizer and an `fts5vocab` view of its
/// instances: a text is inserted, its terms read back, and the table emptied, one call at a time.
///
///     let terms = try SearchTerms()
///     try terms.terms(of: [["Companies said", "", ""]])   // [["compani", "said"]]
final class SearchTerms: Sendable {
    /// `event_search`'s tokenizer (`schemaV1`).
    static let tokenizer = "porter unicode61 remove_diacritics 2"

    private let queue: DatabaseQueue

    /// Words' terms found before (a word's term never changes): at most `knownLimit`, forgotten all at once.
    private let known = Mutex<[String: String?]>([:])
    static let knownLimit = 10_000

    init() throws {
        queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE tokens USING fts5(a, b, c, content = '', tokenize = '\(Self.tokenizer)');
                    CREATE VIRTUAL TABLE token_instance USING fts5vocab(tokens, instance);
                    """)
        }
    }

    /// The terms of each row of up to three column texts, in order of their first occurrence, without repeats.
    func terms(of rows: [[String]]) throws -> [[String]] {
        try queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO tokens (rowid, a, b, c) VALUES (?, ?, ?, ?)")
            for (index, columns) in rows.enumerated() {
                let texts = columns + Array(repeating: "", count: max(0, 3 - columns.count))
                try insert.execute(arguments: [index, texts[0], texts[1], texts[2]])
            }
            var terms = Array(repeating: [String](), count: rows.count)
            let instances = try Row.fetchCursor(
                db, sql: "SELECT doc, term FROM token_instance ORDER BY doc, col, offset")
            while let row = try instances.next() {
                let index: Int = row[0]
                let term: String = row[1]
                if !terms[index].contains(term) { terms[index].append(term) }
            }
            try db.execute(sql: "INSERT INTO tokens (tokens) VALUES ('delete-all')")
            return terms
        }
    }

    /// The single term a search word stands for, or nil when it has none or several (`don't` is `don t`).
    /// Control characters are spaces, as `SearchWords.phrase` makes them.
    func term(ofWord word: String) throws -> String? {
        if let term = known.withLock({ $0[word] }) { return term }
        let term = try newTerm(ofWord: word)
        known.withLock { known in
            if known.count >= Self.knownLimit { known.removeAll(keepingCapacity: true) }
            known[word] = term
        }
        return term
    }

    /// `term(ofWord:)` from the tokenizer.
    private func newTerm(ofWord word: String) throws -> String? {
        let text = String(
            String.UnicodeScalarView(
                word.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        // Once per word query: prepared statements, no transaction (each statement is one on this private table).
        let instances = try queue.writeWithoutTransaction { db in
            try db.cachedStatement(sql: "INSERT INTO tokens (rowid, a) VALUES (0, ?)").execute(arguments: [text])
            defer { try? db.cachedStatement(sql: "INSERT INTO tokens (tokens) VALUES ('delete-all')").execute() }
            return try String.fetchAll(db.cachedStatement(sql: "SELECT term FROM token_instance LIMIT 2"))
        }
        return instances.count == 1 ? instances[0] : nil
    }
}
