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

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        table = WordTable(lexicon)
        classesByEntry = lexicon.entries.map(\.classes)
    }

    func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 16)  // news text has about one token per 5 to 6 scalars
        var buffer = ByteBuffer()
        defer { buffer.free() }
        scalars.withUnsafeBufferPointer { scalars in
            classesByEntry.withUnsafeBufferPointer { classesByEntry in
                var index = 0
                var newlines = 0
                var sawSpace = false
                let count = scalars.count
                while index < count {
                    let scalar = scalars[index]
                    let value = scalar.value
                    if value == 10 {
                        newlines += 1
                        index += 1
                        continue
                    }
                    if value == 32 || value == 9 || value == 13 || (value >= 128 && scalar.properties.isWhitespace) {
                        sawSpace = true
                        index += 1
                        continue
                    }
                    let gap: Gap =
                        newlines >= 2 ? .blankLine : newlines == 1 ? .newline : sawSpace ? .space : .none
                    newlines = 0
                    sawSpace = false
                    let start = index
                    buffer.count = 0
                    var kind = TokenKind.punct
                    var number = 0
                    var digits = 0
                    var punct: UInt32 = 0
                    if Self.isDigit(value) {
                        kind = .number
                        var plain = true
                        while index < count {
                            let v = scalars[index].value
                            if Self.isDigit(v) {
                                number = number &* 10 &+ Int(v - 48)
                                digits += 1
                                buffer.append(UInt8(v))
                                index += 1
                            } else if v == 44, Self.isGroup(scalars, index + 1) {
                                plain = false
                                index += 1
                            } else if v == 46, index + 1 < count, Self.isDigit(scalars[index + 1].value) {
                                plain = false
                                buffer.append(46)
                                index += 1
                                while index < count, Self.isDigit(scalars[index].value) {
                                    buffer.append(UInt8(scalars[index].value))
                                    index += 1
                                }
                                break
                            } else {
                                break
                            }
                        }
                        if !plain { digits = 0 }
                    } else if Self.isLetter(scalar) {
                        kind = .word
                        while index < count {
                            let v = scalars[index].value
                            if v >= 97 && v <= 122 {  // the common case first: a lowercase ASCII letter
                                buffer.append(UInt8(v))
                            } else if v >= 65 && v <= 90 {
                                buffer.append(UInt8(v + 32))
                            } else if v >= 128 && scalars[index].properties.isAlphabetic {
                                Self.appendLower(scalars[index], to: &buffer)
                            } else {
                                break
                            }
                            index += 1
                        }
                    } else {
                        Self.appendLower(scalar, to: &buffer)
                        punct = value < 128 ? UInt32(buffer[0]) : Self.firstScalar(buffer)
                        index += 1
                    }
                    let entry = kind == .number ? -1 : table.entry(buffer.bytes)
                    var spelling = Self.spelling(buffer.bytes)
                    if kind == .word, value < 128 ? (value >= 65 && value <= 90) : scalar.properties.isUppercase {
                        spelling.insert(.capitalized)
                    }
                    tokens.append(
                        Token(
                            start: start, end: index, number: number,
                            classes: entry >= 0 ? classesByEntry[Int(entry)] : [], entry: entry, punct: punct,
                            digits: Int16(truncatingIfNeeded: digits), kind: kind, gapBefore: gap,
                            spelling: spelling))
                }
            }
        }
        return tokens
    }

    @inline(__always) static func isDigit(_ value: UInt32) -> Bool { value >= 48 && value <= 57 }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
        return scalar.properties.isAlphabetic
    }

    /// Exactly three digits follow at `index`, and then no further digit.
    static func isGroup(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        for offset in 0..<3 where !isDigit(scalars[index + offset].value) { return false }
        return index + 3 == scalars.count || !isDigit(scalars[index + 3].value)
    }

    @inline(__always) static func appendLower(_ scalar: Unicode.Scalar, to buffer: inout ByteBuffer) {
        let v = scalar.value
        if v < 128 {
            buffer.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
        } else {
            for lower in scalar.properties.lowercaseMapping.utf8 { buffer.append(lower) }
        }
    }

    /// The first scalar of non-empty UTF-8 bytes.
    static func firstScalar(_ buffer: ByteBuffer) -> UInt32 {
        String(decoding: buffer.bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0
    }

    /// The spelling facts of lowercased UTF-8 text (all but `capitalized`).
    @inline(__always) static func spelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Spelling {
        var spelling: Spelling = []
        let count = bytes.count
        if count > 4 { spelling.insert(.longerThanFour) }
        if count >= 2, bytes[count - 1] == 100, bytes[count - 2] == 101 {  // "ed"
            spelling.insert(.endsInED)
            if count >= 4, bytes[count - 3] == 101, bytes[count - 4] == 99 { spelling.insert(.endsInCEED) }
        }
        if count >= 3, bytes[count - 1] == 103, bytes[count - 2] == 110, bytes[count - 3] == 105 {  // "ing"
            spelling.insert(.endsInING)
        }
        if count == 1 || (count > 1 && count <= 4 && bytes[0] >= 0xC0 && !bytes[1...].contains { $0 & 0xC0 != 0x80 }) {
            spelling.insert(.singleScalar)
        }
        return spelling
    }
}

/// The lowercased bytes of the current token: a growable buffer the tokenizer owns for one call and frees
/// at its end (no uniqueness checks per byte, as an array would make).
struct ByteBuffer {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
    private var capacity = 64
    var count = 0

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    subscript(index: Int) -> UInt8 { storage[index] }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        storage[count] = byte
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    func free() { storage.deallocate() }
}
