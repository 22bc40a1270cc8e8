/// What a token is made of.
enum TokenKind: UInt8, Sendable {
    case word
    case number
    case punct
}

/// The whitespace between a token and the one before it.
enum Gap: UInt8, Sendable {
    case none
    case space
    case newline
    case blankLine
}

/// One token of the body: a word, a digit run or a punctuation mark, with its Unicode-scalar offsets.
struct Token: Sendable {
    /// Offset of the first scalar in the body.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// The text, lowercased (ASCII fast path; other letters through their Unicode lowercase mapping).
    var lower: String
    var kind: TokenKind
    var gapBefore: Gap
    var isCapitalized: Bool
    /// The numeric value of a digit run (`1,500` → 1500); 0 for other tokens.
    var number: Int
    /// Number of digits of a plain digit run; 0 when the number has separators (`1,500`, `3.5`) or is no number.
    var digits: Int
    /// Index of the lexicon entry for `lower`, or -1.
    var entry: Int32
    /// The classes of that entry (empty when there is none).
    var classes: WordClass
}

extension Token {
    func isPunct(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punct && lower.unicodeScalars.first == scalar
    }

    var isSentenceEndMark: Bool { isPunct(".") || isPunct("!") || isPunct("?") }

    var isQuote: Bool {
        guard kind == .punct, let scalar = lower.unicodeScalars.first else { return false }
        return scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" || scalar == "'"
            || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "`"
    }
}
