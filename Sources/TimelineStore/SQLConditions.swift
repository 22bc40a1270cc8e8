import GRDB

/// SQL terms joined by `AND`, with their arguments in order. Without `writesText`, only the arguments are kept
/// (the terms are not even written): for a query whose text is known from its shape (`QueryShape`).
struct SQLConditions {
    private(set) var terms: [String] = []
    private var values: [(any DatabaseValueConvertible)?] = []
    let writesText: Bool

    init(writesText: Bool = true) { self.writesText = writesText }

    /// Adds a term and the values of its `?` placeholders.
    mutating func add(_ term: @autoclosure () -> String, _ arguments: (any DatabaseValueConvertible)?...) {
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

    var arguments: StatementArguments { StatementArguments(values) }
}
