/// The features of one token for the event model: 64-bit keys mixing a template number with a value.
///
/// Templates: the word, its last 2/3/4 letters, its shape and lexicon classes; the words two to the left and
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

    /// Adds the features of token `index` of a sentence to `into`, in a fixed order.
    /// - Parameters:
    ///   - keys: The keys of the sentence's tokens; `keys[index - offset]` is the token's.
    @inline(__always) static func collect<Sink: FeatureSink>(
        _ tokens: [Token], _ index: Int, sentence: Range<Int>, keys: [WordKeys], offset: Int,
        into features: inout Sink
    ) {
        // Read through buffer pointers, without bounds checks.
        keys.withUnsafeBufferPointer { keys in
            tokens.withUnsafeBufferPointer { tokens in
                @inline(__always) func key(_ at: Int) -> WordKeys {
                    sentence.contains(at) ? keys[at - offset] : .outside
                }
                @inline(__always) func classes(_ at: Int) -> UInt64 {
                    sentence.contains(at) ? tokens[at].classes.rawValue : 1 << 63
                }
                let here = key(index)
                let left = key(index - 1)
                features.add(1, here.word, entry: here.entry)
                features.add(2, here.suffix2, entry: here.entry)
                features.add(3, here.suffix3, entry: here.entry)
                features.add(4, here.suffix4, entry: here.entry)
                features.add(5, left.word, entry: left.entry)
                let right = key(index + 1)
                features.add(6, right.word, entry: right.entry)
                let left2 = key(index - 2)
                features.add(7, left2.word, entry: left2.entry)
                let right2 = key(index + 2)
                features.add(8, right2.word, entry: right2.entry)
                features.add(9, here.shape)
                features.add(10, mix(left.word, here.suffix3))
                features.add(11, left.shape &* 16 &+ here.shape)
                features.add(12, 0)
                appendBits(13, classes(index), into: &features)
                appendBits(14, classes(index - 1), into: &features)
                appendBits(15, classes(index + 1), into: &features)
            }
        }
    }

    /// One feature per lexicon class bit set in `bits`.
    @inline(__always) private static func appendBits<Sink: FeatureSink>(
        _ template: UInt64, _ bits: UInt64, into features: inout Sink
    ) {
        var rest = bits
        while rest != 0 {
            features.add(template, UInt64(rest.trailingZeroBitCount))
            rest &= rest - 1
        }
    }
}

/// What `EventFeatures.collect` hands each feature to, as its template and value (the key is
/// `EventFeatures.mix(template, value)`): a list of keys (training) or a running score (detection).
protocol FeatureSink {
    mutating func add(_ template: UInt64, _ value: UInt64)
    /// A word feature (template 1 to 8) of a token whose keys are those of lexicon entry `entry` (or -1).
    mutating func add(_ template: UInt64, _ value: UInt64, entry: Int32)
}

extension FeatureSink {
    @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64, entry: Int32) { add(template, value) }
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64) {
        append(EventFeatures.mix(template, value))
    }
}

/// The model's score of the features added, summed in the order they come (as `EventModel.score` sums them),
/// with no list of keys in between.
struct Score: FeatureSink {
    let model: EventModel
    /// `EventDetector`'s weights of the lexicon entries' word features, eight per entry.
    var entryWeights: [Float] = []
    var sum: Float = 0

    @inline(__always) mutating func add(_ key: UInt64) { sum += model.weight(key) }

    @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64) {
        sum += model.weight(template, value)
    }

    @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64, entry: Int32) {
        if entry >= 0 {
            sum += entryWeights.withUnsafeBufferPointer { $0[Int(entry) &* 8 &+ Int(template) &- 1] }
        } else {
            sum += model.weight(template, value)
        }
    }
}
