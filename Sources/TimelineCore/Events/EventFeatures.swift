/// The features of one token for the event model: 64-bit keys mixing a template number with a value.
///
/// Templates: the word, its last 2/3/4 letters, its shape and grammar classes; the words two to the left and
/// right, their classes; the previous word with the last three letters; a bias.
enum EventFeatures {
    /// A fixed 64-bit mix (splitmix64's finalizer) of a template and a value; never 0 (the empty key).
    @inline(__always) static func mix(_ template: UInt64, _ value: UInt64) -> UInt64 {
        var z = value &+ template &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }

    /// Appends the features of token `index` of a sentence to `into`.
    /// - Parameters:
    ///   - keys: The keys of the sentence's tokens; `keys[index - offset]` is the token's.
    static func collect(
        _ tokens: [Token], _ index: Int, sentence: Range<Int>, keys: [WordKeys], offset: Int,
        into features: inout [UInt64]
    ) {
        @inline(__always) func key(_ at: Int) -> WordKeys { sentence.contains(at) ? keys[at - offset] : .outside }
        @inline(__always) func classes(_ at: Int) -> UInt64 {
            sentence.contains(at) ? tokens[at].classes.rawValue & classMask : 1 << 63
        }
        let here = key(index)
        let left = key(index - 1)
        features.append(mix(1, here.word))
        features.append(mix(2, here.suffix2))
        features.append(mix(3, here.suffix3))
        features.append(mix(4, here.suffix4))
        features.append(mix(5, left.word))
        features.append(mix(6, key(index + 1).word))
        features.append(mix(7, key(index - 2).word))
        features.append(mix(8, key(index + 2).word))
        features.append(mix(9, here.shape))
        features.append(mix(10, mix(left.word, here.suffix3)))
        features.append(mix(11, left.shape &* 16 &+ here.shape))
        features.append(mix(12, 0))
        appendBits(13, classes(index), into: &features)
        appendBits(14, classes(index - 1), into: &features)
        appendBits(15, classes(index + 1), into: &features)
    }

    /// The lexicon classes the model sees: the grammar classes only (verb forms, auxiliaries, determiners,
    /// prepositions, event nouns …). Time words (months, units, holidays …) and abbreviations can be added
    /// to the lexicon without retraining the model or changing what it finds.
    static let classMask: UInt64 = {
        let grammar: WordClass = [
            .verb, .verbPast, .verbBase, .participle, .auxiliary, .modal, .futureMarker, .pastMarker, .determiner,
            .preposition, .conjunction, .subordinator, .relativePronoun, .pronoun, .functionWord, .eventNoun,
            .notVerb, .adverb, .clauseStop, .possessive,
        ]
        return grammar.rawValue
    }()

    /// One feature per lexicon class bit set in `bits`.
    @inline(__always) private static func appendBits(_ template: UInt64, _ bits: UInt64, into features: inout [UInt64])
    {
        var rest = bits
        while rest != 0 {
            features.append(mix(template, UInt64(rest.trailingZeroBitCount)))
            rest &= rest - 1
        }
    }
}
