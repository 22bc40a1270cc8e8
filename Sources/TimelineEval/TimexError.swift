/// One scoring error, for reading what went wrong: a gold timex missed, a system timex that matches
/// nothing, or a relaxed pair whose span, type or value differs.
public struct TimexError: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case mismatch, missed, spurious
    }

    /// A timex as an error shows it; `text` is the gold text over its span.
    public struct Side: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String?
        public var value: String?
    }

    public var document: String
    public var kind: Kind
    public var gold: Side?
    public var system: Side?
    /// For mismatches only.
    public var spanExact: Bool?
    public var typeCorrect: Bool?
    public var valueCorrect: Bool?
}
