/// The lexicon's words keyed by their lowercased UTF-8 bytes: an open-addressing hash table built once, so
/// that the tokenizer looks a word up straight from its byte buffer, without making a `String`.
struct WordTable: Sendable {
    /// The words' bytes, one after another.
    private let bytes: [UInt8]
    /// Per slot: the entry index, or -1 when the slot is empty.
    private let slotEntries: [Int32]
    /// Per slot: where the word's bytes start in `bytes` and how many there are.
    private let slotOffsets: [Int32]
    private let slotLengths: [Int32]
    private let mask: Int

    init(_ lexicon: Lexicon) {
        let words = lexicon.words.sorted { $0.entry < $1.entry }
        var capacity = 16
        while capacity < words.count * 3 { capacity *= 2 }
        var bytes: [UInt8] = []
        var entries = [Int32](repeating: -1, count: capacity)
        var offsets = [Int32](repeating: 0, count: capacity)
        var lengths = [Int32](repeating: 0, count: capacity)
        for (word, entry) in words {
            let utf8 = Array(word.utf8)
            var slot = utf8.withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
            while entries[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            entries[slot] = entry
            offsets[slot] = Int32(bytes.count)
            lengths[slot] = Int32(utf8.count)
            bytes += utf8
        }
        self.bytes = bytes
        slotEntries = entries
        slotOffsets = offsets
        slotLengths = lengths
        mask = capacity - 1
    }

    /// FNV-1a over the bytes.
    @inline(__always) static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The entry index of the word spelled by `word`, or -1.
    func entry(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        bytes.withUnsafeBufferPointer { stored in
            var slot = Self.hash(word) & mask
            while true {
                let entry = slotEntries[slot]
                if entry < 0 { return -1 }
                if Int(slotLengths[slot]) == word.count {
                    let offset = Int(slotOffsets[slot])
                    var equal = true
                    for index in 0..<word.count where stored[offset + index] != word[index] {
                        equal = false
                        break
                    }
                    if equal { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
