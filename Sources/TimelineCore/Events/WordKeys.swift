/// 64-bit keys of a token's lowercased text and of its last letters, for the event model's features and
/// for telling words apart that the lexicon does not hold (`t` of `didn't`).
struct WordKeys: Sendable {
    var word: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    /// 0 lower-case word, 1 capitalized, 2 all capitals, 3 number, 4 punctuation.
    var shape: UInt64
    /// The lexicon entry whose keys these are (the token's lowercased text is its word), or -1: the event
    /// detector reads the weights of an entry's word features from a table.
    var entry: Int32 = -1

    static let outside = WordKeys(word: 0x5EED, suffix2: 0x5EED, suffix3: 0x5EED, suffix4: 0x5EED, shape: 9)

    /// FNV-1a over lowercased Unicode scalar values.
    @inline(__always) static func hash<S: Sequence>(_ values: S) -> UInt64 where S.Element == UInt32 {
        var hash = FNV1a.seed
        for value in values { hash = FNV1a.step(hash, value) }
        return hash
    }

    /// The key of a lowercase word as the tokenizer would see it.
    static func key(_ word: String) -> UInt64 { hash(word.unicodeScalars.map(\.value)) }

    /// The keys of the words of `text`, separated by spaces.
    static func keys(_ text: String) -> [UInt64] { text.split(separator: " ").map { key(String($0)) } }

    @inline(__always) static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 128 { return value >= 65 && value <= 90 ? value + 32 : value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    /// The keys (shape 0) of a lexicon entry's word and its length in scalars.
    struct Known: Sendable {
        var keys: WordKeys
        var length: Int
    }

    /// The keys of every lexicon entry, by entry index: built once, so that a token with an entry is keyed
    /// without reading its scalars.
    static func known(_ lexicon: Lexicon) -> [Known] {
        var known = [Known](repeating: Known(keys: outside, length: -1), count: lexicon.entries.count)
        for (word, entry) in lexicon.words {
            let scalars = Array(word.unicodeScalars)
            // A lexicon word is lowercase: the keys of `word` as a token of its own.
            let token = Token(
                start: 0, end: scalars.count, number: 0, classes: [], entry: -1, punct: 0, digits: 0, kind: .word,
                gapBefore: .none, spelling: [])
            if scalars.allSatisfy({ lower($0) == $0.value }) {
                known[Int(entry)] = Known(keys: of(scalars, [token], 0..<1, known: [])[0], length: scalars.count)
            }
        }
        return known
    }

    /// Keys of the tokens in `range`: for a token with an entry in `known` of its length, the entry's keys
    /// with the token's shape; else one pass over the token's scalars, the last four kept for the suffixes.
    static func of(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ range: Range<Int>, known: [Known]) -> [WordKeys] {
        scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { tokens in
                known.withUnsafeBufferPointer { of(scalars, tokens, range, known: $0) }
            }
        }
    }

    private static func of(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>,
        known: UnsafeBufferPointer<Known>
    ) -> [WordKeys] {
        var result: [WordKeys] = []
        result.reserveCapacity(range.count)
        for index in range {
            let token = tokens[index]
            let count = token.end - token.start
            if token.entry >= 0, Int(token.entry) < known.count, known[Int(token.entry)].length == count {
                var keys = known[Int(token.entry)].keys
                var upper = 0
                if token.kind == .word {
                    // The word's letters lowercase to the entry's: a capital is one that lowercases otherwise.
                    for offset in token.start..<token.end where lower(scalars[offset]) != scalars[offset].value {
                        upper += 1
                    }
                }
                keys.shape = shape(token.kind, upper: upper, count: count)
                keys.entry = token.entry
                result.append(keys)
                continue
            }
            var word = FNV1a.seed
            var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)  // the 4th, 3rd, 2nd and last letters from the end
            var upper = 0
            for offset in token.start..<token.end {
                let lowered = lower(scalars[offset])
                if lowered != scalars[offset].value { upper += 1 }
                word = FNV1a.step(word, lowered)
                last = (last.1, last.2, last.3, lowered)
            }
            let start = FNV1a.seed
            let suffix1 = FNV1a.step(start, last.3)
            let suffix2 = count >= 2 ? FNV1a.step(FNV1a.step(start, last.2), last.3) : suffix1
            let suffix3 = count >= 3 ? FNV1a.step(FNV1a.step(FNV1a.step(start, last.1), last.2), last.3) : suffix2
            let suffix4 =
                count >= 4
                ? FNV1a.step(FNV1a.step(FNV1a.step(FNV1a.step(start, last.0), last.1), last.2), last.3) : suffix3
            result.append(
                WordKeys(
                    word: word, suffix2: suffix2, suffix3: suffix3, suffix4: suffix4,
                    shape: shape(token.kind, upper: upper, count: count)))
        }
        return result
    }

    /// The shape of a token of `count` scalars, `upper` of them capitals.
    @inline(__always) private static func shape(_ kind: TokenKind, upper: Int, count: Int) -> UInt64 {
        kind == .number ? 3 : kind == .punct ? 4 : upper == 0 ? 0 : upper == count && count > 1 ? 2 : 1
    }
}
