/// A time expression as the scorer sees it, gold or system: a span of the gold text and two attributes.
///
/// Offsets count Unicode scalars of the gold text; the span is `[start, end)`.
public struct ScoredTimex: Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// `DATE`, `TIME`, `DURATION` or `SET`; nil when missing (it then never equals the gold one).
    public var type: String?
    public var value: String?
    /// `CREATION_TIME` marks a gold in-text creation time, left out of scoring.
    public var functionInDocument: String?
    /// What the system says the span covers; checked against the gold text (warnings only).
    public var text: String?

    public init(
        start: Int, end: Int, type: String? = nil, value: String? = nil, functionInDocument: String? = nil,
        text: String? = nil
    ) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.functionInDocument = functionInDocument
        self.text = text
    }

    /// Characters shared with `other`'s span; zero or less when they do not overlap.
    func overlap(_ other: ScoredTimex) -> Int {
        min(end, other.end) - max(start, other.start)
    }
}

/// An attribute as it is compared: surrounding whitespace stripped, missing stays missing.
func normalizedAttribute(_ value: String?) -> String? {
    guard let value else { return nil }
    let scalars = value.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
}

/// Whether two attributes are equal once normalized, scalar for scalar (as Python compares strings).
func sameAttribute(_ left: String?, _ right: String?) -> Bool {
    switch (normalizedAttribute(left), normalizedAttribute(right)) {
    case (nil, nil): true
    case (let left?, let right?): left.unicodeScalars.elementsEqual(right.unicodeScalars)
    default: false
    }
}
