/// The weights of the event-trigger model: feature key → weight, in an open-addressing table.
///
/// The data (written by `timelinectl train-events`) has `#` comment lines and one `KEY WEIGHT` line per
/// feature: the key in 16 hex digits, the weight in thousandths. The built-in model is that text in a raw
/// string literal (`EventModel+Weights.swift`): it compiles in seconds where a byte-array resource
/// (`.embedInCode`) took minutes and gigabytes, and the installed binaries need no file beside them.
public struct EventModel: Sendable {
    /// A key and its weight side by side, so that a lookup touches one cache line.
    private struct Slot {
        var key: UInt64
        var weight: Float
    }
    private let slots: [Slot]
    private let mask: Int
    /// The weight of `EventFeatures.mix(template, value)` at `template << 8 | value`, for templates below 16
    /// and values below 256 (shapes, lexicon class bits, the bias): read without mixing or probing.
    private var small: [Float] = []
    /// Number of features with a weight.
    public let count: Int

    /// Reads the data file's bytes.
    /// - Throws: `EventModelError` naming the first line that is not `KEY WEIGHT`.
    public init(bytes: [UInt8]) throws(EventModelError) {
        var pairs: [(UInt64, Float)] = []
        var line = 1
        var index = 0
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            if end > index, bytes[index] != 35 {  // not a "#" comment
                guard let pair = Self.parse(bytes[index..<end]) else { throw EventModelError(line: line) }
                pairs.append(pair)
            }
            index = end + 1
            line += 1
        }
        self.init(pairs)
    }

    init(_ pairs: [(UInt64, Float)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(key: 0, weight: 0), count: capacity)
        for (key, weight) in pairs {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, weight: weight)
        }
        self.slots = slots
        mask = capacity - 1
        count = pairs.count
        small = (0..<16 << 8).map { weight(EventFeatures.mix(UInt64($0 >> 8), UInt64($0 & 255))) }
    }

    private static func parse(_ line: ArraySlice<UInt8>) -> (UInt64, Float)? {
        guard let space = line.firstIndex(of: 32),
            let key = UInt64(String(decoding: line[line.startIndex..<space], as: UTF8.self), radix: 16),
            let weight = Int(String(decoding: line[(space + 1)...], as: UTF8.self))
        else { return nil }
        return (key, Float(weight) / 1000)
    }

    /// The summed weights of the features.
    func score(_ features: ArraySlice<UInt64>) -> Float {
        var total = Score(model: self)
        for key in features { total.add(key) }
        return total.sum
    }

    /// The weight of the feature `EventFeatures.mix(template, value)`.
    @inline(__always) func weight(_ template: UInt64, _ value: UInt64) -> Float {
        if template < 16, value < 256 {
            return small.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: template << 8 | value)] }
        }
        return weight(EventFeatures.mix(template, value))
    }

    /// The weight of `key`, 0 when the model has none.
    @inline(__always) func weight(_ key: UInt64) -> Float {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = slots[slot]
                if stored.key == key { return stored.weight }
                if stored.key == 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// `text` as the Swift source of `EventModel+Weights.swift`.
    public static func swiftSource(_ text: String) -> String {
        "// Written by `make model` (timelinectl train-events ../shared/corpora/tbaq --output THIS_FILE): do not edit.\n"
            + "extension EventModel {\n    /// The built-in model's data.\n    public static let builtInText = #\"\"\"\n"
            + text + "\n\"\"\"#\n}\n"
    }

    /// The data's text for `weights` (feature key → weight), sorted by key, zero weights left out.
    static func text(_ weights: [(UInt64, Double)], comment: String) -> String {
        var lines = ["# " + comment]
        for (key, weight) in weights.sorted(by: { $0.0 < $1.0 }) {
            let thousandths = Int((weight * 1000).rounded())
            guard thousandths != 0 else { continue }
            let hex = String(key, radix: 16)
            lines.append(String(repeating: "0", count: 16 - hex.count) + hex + " " + String(thousandths))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A line of the event model's data file that is not `KEY WEIGHT`.
public struct EventModelError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var description: String { "event model: line \(line) is not 'KEY WEIGHT'" }
}
