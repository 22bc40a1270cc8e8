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

/// Spelling facts about a token's lowercased text that the rules ask for, computed once by the tokenizer.
struct Spelling: OptionSet, Sendable {
    let rawValue: UInt8

    static let capitalized = Spelling(rawValue: 1 << 0)
    /// Ends in `ed` (`seized`).
    static let endsInED = Spelling(rawValue: 1 << 1)
    /// Ends in `ceed` (`succeed`: no past form).
    static let endsInCEED = Spelling(rawValue: 1 << 2)
    /// Ends in `ing`.
    static let endsInING = Spelling(rawValue: 1 << 3)
    /// More than four UTF-8 bytes.
    static let longerThanFour = Spelling(rawValue: 1 << 4)
    /// Exactly one Unicode scalar (`U` of `U.S.`).
    static let singleScalar = Spelling(rawValue: 1 << 5)
}

/// One token of the body: a word, a digit run or a punctuation mark, with its Unicode-scalar offsets.
///
/// A plain value with no references, so that copying tokens costs no reference counting. Its text is not
/// kept: words are known by their lexicon entry (the rules name words through `Keyword`), punctuation by
/// its scalar, and the spelling facts the rules need are flags.
struct Token: Sendable {
    /// Offset of the first scalar in the body.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// The numeric value of a digit run (`1,500` → 1500); 0 for other tokens.
    var number: Int
    /// The classes of the lexicon entry (empty when there is none).
    var classes: WordClass
    /// Index of the lexicon entry for the lowercased text, or -1 (always -1 for numbers).
    var entry: Int32
    /// The first scalar of the lowercased text of a punctuation token; 0 for other tokens.
    var punct: UInt32
    /// Number of digits of a plain digit run; 0 when the number has separators (`1,500`, `3.5`) or is no number.
    var digits: Int16
    var kind: TokenKind
    var gapBefore: Gap
    var spelling: Spelling

    var isCapitalized: Bool { spelling.contains(.capitalized) }
}

extension Token {
    @inline(__always) func isPunct(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punct && punct == scalar.value
    }

    /// The token is an ordinal suffix (`th` of `5th`).
    @inline(__always) var isOrdinalSuffix: Bool { Keyword.isOrdinalSuffix(entry) }

    /// The token's lowercased text is `keyword`.
    @inline(__always) func `is`(_ keyword: Keyword) -> Bool { entry == keyword.rawValue }

    /// The keyword the token spells, if any.
    var keyword: Keyword? { entry >= 0 && entry < Keyword.count ? Keyword(rawValue: entry) : nil }

    var isSentenceEndMark: Bool { kind == .punct && (punct == 46 || punct == 33 || punct == 63) }

    var isQuote: Bool {
        guard kind == .punct else { return false }
        switch punct {
        case 0x22, 0x201C, 0x201D, 0x27, 0x2019, 0x2018, 0x60: return true
        default: return false
        }
    }
}

/// The words the rules name directly. The lexicon adds them first, in this order, so that a keyword's raw
/// value is its entry index and a token is checked for one with an integer comparison.
extension Keyword {
    /// Whether lexicon entry `entry` is an ordinal suffix a day number takes (`st`, `nd`, `rd`, `th`: consecutive
    /// cases).
    @inline(__always) static func isOrdinalSuffix(_ entry: Int32) -> Bool {
        entry >= st.rawValue && entry <= th.rawValue
    }
}

enum Keyword: Int32, CaseIterable, Sendable {
    case the, of, a, an, p, m, am, pm, st, nd, rd, th, nineteen, quarter, old, ended, ending, may, march
    case that, not, also, already, been, will, `is`, are, says
    // Signal words and cues.
    case `in`, on, at, during, within, throughout, over, before, by, prior, until, till, through, to, after
    case following, since, from, `for`, took, take, lasted, early, late, mid, between, and, or, end, beginning
    case last, next, this, `as`, soon, s, percent
    // Modifier prefixes.
    case no, more, than, less, least, up, nearly, almost, around, approximately, roughly
    // Base-form cues.
    case would, shall, should, can, could, might, must, `do`, does, did, i, we, they, you, be, fall
    // Anaphoric references and set quantifiers.
    case later, earlier, previous, preceding, same, every, each, once, twice, thrice, times

    /// Number of keywords (the last case is `times`).
    static var count: Int32 { Keyword.times.rawValue + 1 }

    /// The lowercased word.
    var text: String { String(describing: self) }
}
