/// 64-bit keys of a token's lowercased text and of its last letters, for the event model's features and
/// for telling words apart that the lexicon does not hold (`t` of `didn't`).
struct WordKeys: Sendable {
    var word: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    /// 0 lower-case word, 1 capitalized, 2 all capitals, 3 number, 4 punctuation.
    var shape: UInt64

    static let outside = WordKeys(word: 0x5EED, suffix2: 0x5EED, suffix3: 0x5EED, suffix4: 0x5EED, shape: 9)

    /// FNV-1a over lowercased Unicode scalar values.
    @inline(__always) static func hash<S: Sequence>(_ values: S) -> UInt64 where S.Element == UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in values { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The key of a lowercase word as the tokenizer would see it.
    static func key(_ word: String) -> UInt64 { hash(word.unicodeScalars.map(\.value)) }

    @inline(__always) static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 128 { return value >= 65 && value <= 90 ? value + 32 : value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    /// Keys of the tokens in `range`.
    static func of(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ range: Range<Int>) -> [WordKeys] {
        var result: [WordKeys] = []
        result.reserveCapacity(range.count)
        var letters: [UInt32] = []
        for index in range {
            let token = tokens[index]
            letters.removeAll(keepingCapacity: true)
            var upper = 0
            for offset in token.start..<token.end {
                let lowered = lower(scalars[offset])
                if lowered != scalars[offset].value { upper += 1 }
                letters.append(lowered)
            }
            let count = letters.count
            let shape: UInt64 =
                token.kind == .number
                ? 3 : token.kind == .punct ? 4 : upper == 0 ? 0 : upper == count && count > 1 ? 2 : 1
            result.append(
                WordKeys(
                    word: hash(letters), suffix2: hash(letters[max(0, count - 2)...]),
                    suffix3: hash(letters[max(0, count - 3)...]), suffix4: hash(letters[max(0, count - 4)...]),
                    shape: shape))
        }
        return result
    }
}
