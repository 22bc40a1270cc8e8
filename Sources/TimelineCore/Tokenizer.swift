/// Splits a body into tokens in one pass over its Unicode scalars.
///
/// Words are runs of letters; numbers are runs of digits, with `1,500`-style group separators and decimal
/// points folded in; every other non-space scalar is a punctuation token of its own. Offsets count
/// Unicode scalars.
struct Tokenizer: Sendable {
    let lexicon: Lexicon
    /// The lexicon's words by their bytes.
    private let table: WordTable
    /// The classes of each lexicon entry.
    private let classesByEntry: [WordClass]

    /// The event model's keys of each lexicon entry's word.
    let knownKeys: [WordKeys.Known]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        table = WordTable(lexicon)
        classesByEntry = lexicon.entries.map(\.classes)
        knownKeys = WordKeys.known(lexicon)
    }

    /// The `WordKeys` of the tokens in `range` (a sentence), those of lexicon words from a table.
    func keys(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ range: Range<Int>) -> [WordKeys] {
        WordKeys.of(scalars, tokens, range, known: knownKeys)
    }

    /// Where the scan stands between two calls of `scan`: a token array is filled in one or more parts.
    struct ScanState {
        var index = 0
        var newlines = 0
        var sawSpace = false
    }

    func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var buffer = ByteBuffer()
        defer { buffer.free() }
        var state = ScanState()
        // Written in place into an array sized for news text (about one token per 5 to 6 scalars); text
        // denser in tokens continues in further parts.
        var tokens = [Token](unsafeUninitializedCapacity: scalars.count / 4 + 16) { part, written in
            written = scan(scalars, &state, &buffer, into: part)
        }
        while state.index < scalars.count {
            let part = [Token](unsafeUninitializedCapacity: max(1024, tokens.count)) { part, written in
                written = scan(scalars, &state, &buffer, into: part)
            }
            tokens += part
        }
        return tokens
    }

    /// Tokenizes from `state` on until the end of `scalars` or until `out` is full; returns the number of
    /// tokens written.
    private func scan(
        _ scalars: [Unicode.Scalar], _ state: inout ScanState, _ buffer: inout ByteBuffer,
        into out: UnsafeMutableBufferPointer<Token>
    ) -> Int {
        var written = 0
        let capacity = out.count
        let out = out.baseAddress.unsafelyUnwrapped
        scalars.withUnsafeBufferPointer { scalars in
            classesByEntry.withUnsafeBufferPointer { classesByEntry in
                var index = state.index
                var newlines = state.newlines
                var sawSpace = state.sawSpace
                defer { (state.index, state.newlines, state.sawSpace) = (index, newlines, sawSpace) }
                let count = scalars.count
                while index < count, written < capacity {
                    let scalar = scalars[index]
                    let value = scalar.value
                    if value == 32 {
                        sawSpace = true
                        index += 1
                        continue
                    }
                    if value == 10 {
                        newlines += 1
                        index += 1
                        continue
                    }
                    if value == 9 || value == 13 || (value >= 128 && scalar.properties.isWhitespace) {
                        sawSpace = true
                        index += 1
                        continue
                    }
                    let gap: Gap =
                        newlines >= 2 ? .blankLine : newlines == 1 ? .newline : sawSpace ? .space : .none
                    newlines = 0
                    sawSpace = false
                    let start = index
                    var kind = TokenKind.punct
                    var number = 0
                    var digits = 0
                    var punct: UInt32 = 0
                    let entry: Int32
                    var spelling: Spelling
                    if Self.isDigit(value) {
                        kind = .number
                        (number, digits, spelling) = Self.number(scalars, &index)
                        entry = -1
                    } else if Self.isASCIILetter(value) || (value >= 128 && scalar.properties.isAlphabetic) {
                        kind = .word
                        // ASCII letters first, hashed as they are read; a letter beyond ASCII goes through
                        // the byte buffer.
                        let (end, hash, tail) = Self.asciiLetters(scalars, from: index)
                        index = end
                        if index < count, scalars[index].value >= 128, scalars[index].properties.isAlphabetic {
                            buffer.count = 0
                            for offset in start..<index { buffer.append(UInt8(scalars[offset].value | 32)) }
                            while index < count {
                                let v = scalars[index].value
                                if Self.isASCIILetter(v) {
                                    buffer.append(UInt8(v | 32))
                                } else if v >= 128 && scalars[index].properties.isAlphabetic {
                                    Self.appendLower(scalars[index], to: &buffer)
                                } else {
                                    break
                                }
                                index += 1
                            }
                            entry = table.entry(buffer.bytes)
                            spelling = Self.spelling(buffer.bytes)
                        } else {
                            entry = table.entry(ascii: scalars, start..<index, hash: hash, tail: tail)
                            spelling = Self.spelling(count: index - start, tail: tail, singleScalar: index - start == 1)
                        }
                        if value < 128 ? (value >= 65 && value <= 90) : scalar.properties.isUppercase {
                            spelling.insert(.capitalized)
                        }
                    } else if value < 128 {
                        punct = value
                        entry = table.entry(byte: UInt8(value))
                        spelling = .singleScalar
                        index += 1
                    } else {
                        buffer.count = 0
                        Self.appendLower(scalar, to: &buffer)
                        punct = Self.firstScalar(buffer)
                        entry = table.entry(buffer.bytes)
                        spelling = Self.spelling(buffer.bytes)
                        index += 1
                    }
                    (out + written).initialize(
                        to: Token(
                            start: start, end: index, number: number,
                            classes: entry >= 0 ? classesByEntry[Int(entry)] : [], entry: entry, punct: punct,
                            digits: Int16(truncatingIfNeeded: digits), kind: kind, gapBefore: gap,
                            spelling: spelling))
                    written += 1
                }
            }
        }
        return written
    }

    /// The end of the run of ASCII letters at `start`, the `WordTable` hash steps over them lowercased, and
    /// their last four bytes lowercased, the last in the lowest byte. A function of its own so that its loop
    /// keeps its few variables in registers.
    @inline(never) static func asciiLetters(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int
    ) -> (end: Int, hash: UInt64, tail: UInt32) {
        var hash = FNV1a.seed
        var tail: UInt32 = 0
        var index = start
        while index < scalars.count {
            let lower = scalars[index].value | 32
            guard lower &- 97 < 26 else { break }
            hash = FNV1a.step(hash, lower)
            tail = tail << 8 | lower
            index += 1
        }
        return (index, hash, tail)
    }

    /// Reads the digit run at `index` (with `1,500` group separators and a decimal part folded in) and
    /// moves `index` past it: its value, its digit count (0 when not a plain run) and its spelling facts.
    @inline(__always) static func number(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: inout Int
    ) -> (number: Int, digits: Int, spelling: Spelling) {
        let count = scalars.count
        var number = 0
        var digits = 0
        var length = 0  // the UTF-8 bytes of the token's text without its group separators
        var plain = true
        while index < count {
            let v = scalars[index].value
            if isDigit(v) {
                number = number &* 10 &+ Int(v - 48)
                digits += 1
                length += 1
                index += 1
            } else if v == 44, isGroup(scalars, index + 1) {
                plain = false
                index += 1
            } else if v == 46, index + 1 < count, isDigit(scalars[index + 1].value) {
                plain = false
                length += 1
                index += 1
                while index < count, isDigit(scalars[index].value) {
                    length += 1
                    index += 1
                }
                break
            } else {
                break
            }
        }
        return (number, plain ? digits : 0, spelling(count: length, tail: 0, singleScalar: length == 1))
    }

    @inline(__always) static func isASCIILetter(_ value: UInt32) -> Bool { (value | 32) &- 97 < 26 }

    @inline(__always) static func isDigit(_ value: UInt32) -> Bool { value >= 48 && value <= 57 }

    /// Exactly three digits follow at `index`, and then no further digit.
    static func isGroup(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        for offset in 0..<3 where !isDigit(scalars[index + offset].value) { return false }
        return index + 3 == scalars.count || !isDigit(scalars[index + 3].value)
    }
}
