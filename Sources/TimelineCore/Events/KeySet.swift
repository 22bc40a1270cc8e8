/// A set of 64-bit word keys (`WordKeys`) built once: an open-addressing table probed with the key's own
/// low bits, which FNV-1a spreads well, so that a lookup costs a few instructions where `Set<UInt64>` runs
/// every key through `Hasher`.
struct KeySet: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    /// 0 marks an empty slot, so the key 0 is kept apart.
    private let hasZero: Bool

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == UInt64 {
        let keys = Array(keys)
        var capacity = 8
        while capacity < keys.count * 4 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for key in keys where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = key
        }
        self.slots = slots
        mask = capacity - 1
        hasZero = keys.contains(0)
    }

    /// The keys of the words of `text`, separated by spaces (`WordKeys.keys`).
    init(words text: String) { self.init(WordKeys.keys(text)) }

    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let stored = slots[slot]
                if stored == key { return true }
                if stored == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }
}
