/// Splits a body into tokens in one pass over its Unicode scalars.
///
/// Words are runs of letters; numbers are runs of digits, with `1,500`-style group separators and decimal
/// points folded in; every other non-space scalar is a punctuation token of its own. Offsets count
/// Unicode scalars.
struct Tokenizer: Sendable {
    let lexicon: Lexicon

    func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var newlines = 0
        var sawSpace = false
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
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
            buffer.removeAll(keepingCapacity: true)
            var kind = TokenKind.punct
            var number = 0
            var digits = 0
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
            } else if Self.isLetter(scalars[index]) {
                kind = .word
                while index < count, Self.isLetter(scalars[index]) {
                    Self.appendLower(scalars[index], to: &buffer)
                    index += 1
                }
            } else {
                Self.appendLower(scalar, to: &buffer)
                index += 1
            }
            let lower = String(decoding: buffer, as: UTF8.self)
            let entry = kind == .number ? -1 : lexicon.index(of: lower)
            let first = scalars[start].value
            tokens.append(
                Token(
                    start: start, end: index, lower: lower, kind: kind, gapBefore: gap,
                    isCapitalized: kind == .word
                        && (first < 128
                            ? (first >= 65 && first <= 90)
                            : scalars[start].properties.isUppercase),
                    number: number, digits: digits, entry: entry,
                    classes: entry >= 0 ? lexicon.entries[Int(entry)].classes : []))
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
    static func isGroup(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        for offset in 0..<3 where !isDigit(scalars[index + offset].value) { return false }
        return index + 3 == scalars.count || !isDigit(scalars[index + 3].value)
    }

    static func appendLower(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        let v = scalar.value
        if v < 128 {
            buffer.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
        } else {
            for lower in scalar.properties.lowercaseMapping.utf8 { buffer.append(lower) }
        }
    }
}
