import GRDB

/// SQL terms joined by `AND`, with their arguments in order.
struct SQLConditions {
    private(set) var terms: [String] = []
    private var values: [(any DatabaseValueConvertible)?] = []

    /// Adds a term and the values of its `?` placeholders.
    mutating func add(_ term: String, _ arguments: (any DatabaseValueConvertible)?...) {
        terms.append(term)
        values += arguments
    }

    /// Adds all of `other`'s terms after these.
    mutating func append(_ other: SQLConditions) {
        terms += other.terms
        values += other.values
    }

    /// `WHERE …`, or nothing without terms.
    var whereClause: String { terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND ") }

    var arguments: StatementArguments { StatementArguments(values) }
}
