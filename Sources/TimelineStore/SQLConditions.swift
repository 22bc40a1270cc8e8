import GRDB
import GRDBSQLite

/// A value bound to a `?` of a page's statement: the only two kinds the queries bind, kept unboxed (no
/// `DatabaseValueConvertible` existential, no `DatabaseValue`) so a page's values cost one small array.
enum SQLValue: Equatable {
    case text(String)
    case integer(Int64)

    var databaseValue: DatabaseValue {
        switch self {
        case .text(let text): text.databaseValue
        case .integer(let integer): integer.databaseValue
        }
    }

    /// `values` as GRDB's arguments, for the statements GRDB runs (`events`, the tests).
    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map(\.databaseValue))
    }

    /// Binds `values` to the `?`s of `statement` in order, after resetting it (SQLite copies the text).
    static func bind(_ values: [SQLValue], to statement: OpaquePointer) {
        sqlite3_reset(statement)
        for (index, value) in zip(Int32(1)..., values) {
            switch value {
            case .text(let text):
                // As GRDB binds a `String`: up to its first NUL (length -1). `withCString` never passes a null
                // pointer, which would bind NULL instead of '' (an open start).
                text.withCString { sqlite3_bind_text(statement, index, $0, -1, transient) }
            case .integer(let integer):
                sqlite3_bind_int64(statement, index, integer)
            }
        }
    }

    /// `SQLITE_TRANSIENT`: SQLite copies the bytes before `sqlite3_bind_text` returns.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}

/// SQL terms joined by `AND`, with their arguments in order. Without `writesText`, only the arguments are kept
/// (the terms are not even written): for a query whose text is known from its shape (`QueryShape`).
struct SQLConditions {
    private(set) var terms: [String] = []
    private(set) var values: [SQLValue] = []
    let writesText: Bool

    init(writesText: Bool = true) { self.writesText = writesText }

    /// Adds a term and the values of its `?` placeholders.
    mutating func add(_ term: @autoclosure () -> String, _ arguments: SQLValue...) {
        if writesText { terms.append(term()) }
        values += arguments
    }

    /// Adds all of `other`'s terms after these.
    mutating func append(_ other: SQLConditions) {
        terms += other.terms
        values += other.values
    }

    /// `WHERE …`, or nothing without terms.
    var whereClause: String { terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND ") }
}
