/// The lexicon's words keyed by their lowercased UTF-8 bytes: an open-addressing hash table built once, so
/// that the tokenizer looks a word up straight from its byte buffer, without making a `String`.
struct WordTable: Sendable {
    /// One slot of the table: the entry index (-1 when empty), where the word's bytes start in `bytes` and
    /// how many there are, and its last four bytes packed as `Tokenizer.asciiLetters` packs them: a
    /// word of up to four bytes is compared in one step, a longer one on its other bytes only after that.
    private struct Slot {
        var entry: Int32 = -1
        var offset: Int32 = 0
        var length: Int32 = 0
        var tail: UInt32 = 0
    }

    /// The words' bytes, one after another.
    private let bytes: [UInt8]
    private let slots: [Slot]
    private let mask: Int
    /// The entry of each one-byte word (punctuation, `a`), or -1: read without hashing, built from the table.
    private var single: [Int32] = []

    init(_ lexicon: Lexicon) {
        let words = lexicon.words.sorted { $0.entry < $1.entry }
        var capacity = 16
        while capacity < words.count * 3 { capacity *= 2 }
        var bytes: [UInt8] = []
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (word, entry) in words {
            let utf8 = Array(word.utf8)
            let hash = utf8.withUnsafeBufferPointer { Self.hash($0) }
            var slot = hash & (capacity - 1)
            while slots[slot].entry >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(
                entry: entry, offset: Int32(bytes.count), length: Int32(utf8.count),
                tail: utf8.withUnsafeBufferPointer { Self.tail($0) })
            bytes += utf8
        }
        self.bytes = bytes
        self.slots = slots
        mask = capacity - 1
        single = (0..<128).map { byte in
            withUnsafeBytes(of: UInt8(byte)) { lookUp($0.assumingMemoryBound(to: UInt8.self)) }
        }
    }

    /// FNV-1a over the bytes.
    @inline(__always) static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = FNV1a.seed
        for byte in word { hash = FNV1a.step(hash, UInt32(byte)) }
        return finish(hash)
    }

    @inline(__always) static func finish(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) }

    /// The last four bytes of `word` (fewer when it is shorter), the last in the lowest byte.
    static func tail(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var tail: UInt32 = 0
        for byte in word[max(0, word.count - 4)...] { tail = tail << 8 | UInt32(byte) }
        return tail
    }

    /// The entry index of the word spelled by `word`, or -1.
    @inline(__always) func entry(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        if word.count == 1, word[0] < 128 { return single[Int(word[0])] }
        return lookUp(word)
    }

    /// The entry index of the one-byte word `byte` (below 128), or -1.
    @inline(__always) func entry(byte: UInt8) -> Int32 { single[Int(byte)] }

    /// The entry index of the ASCII letters `range` of `scalars`, lowercased, whose FNV-1a steps (over the
    /// lowercased bytes) are `hash` and whose last four lowercased bytes are `tail`; or -1.
    @inline(__always) func entry(
        ascii scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, hash: UInt64, tail: UInt32
    ) -> Int32 {
        if range.count == 1 { return single[Int(scalars[range.lowerBound].value | 32)] }
        return lookUp(hash: Self.finish(hash), count: range.count, tail: tail) { stored in
            for index in range.lowerBound..<range.upperBound - 4
            where UInt32(stored[index - range.lowerBound]) != scalars[index].value | 32 {
                return false
            }
            return true
        }
    }

    private func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        lookUp(hash: Self.hash(word), count: word.count, tail: Self.tail(word)) { stored in
            for index in 0..<word.count - 4 where stored[index] != word[index] { return false }
            return true
        }
    }

    /// The entry whose bytes have `hash`, number `count`, end in `tail` and, when there are more than four,
    /// satisfy `equal` (given a pointer to them) on all but the last four.
    @inline(__always) private func lookUp(
        hash: Int, count: Int, tail: UInt32, _ equal: (UnsafePointer<UInt8>) -> Bool
    ) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                var slot = hash & mask
                while true {
                    let candidate = slots[slot]
                    if candidate.entry < 0 { return -1 }
                    if candidate.tail == tail, Int(candidate.length) == count,
                        count <= 4 || equal(stored.baseAddress.unsafelyUnwrapped + Int(candidate.offset))
                    {
                        return candidate.entry
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
