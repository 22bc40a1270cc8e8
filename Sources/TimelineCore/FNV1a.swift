/// 64-bit FNV-1a, the one hash of the word table and of the event model's word keys: over lowercased
/// values, bytes for the table and Unicode scalars for the keys, which agree on ASCII words.
enum FNV1a {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One step: the tokenizer hashes an ASCII word as it reads it.
    @inline(__always) static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x100_0000_01b3
    }
}
