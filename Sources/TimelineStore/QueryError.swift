/// A bad query parameter, with a message that names it: `from: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'abc'`.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The parameter at fault (`from`, `q`, …), or nil when the query as a whole is wrong.
    public var parameter: String?
    public var message: String

    public init(parameter: String?, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    /// `parameter: message`.
    public var description: String { parameter.map { "\($0): \(message)" } ?? message }
}
