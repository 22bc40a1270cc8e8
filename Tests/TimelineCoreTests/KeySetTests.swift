import Testing

@testable import TimelineCore

/// `KeySet` holds exactly the keys it was built from, colliding low bits and the key 0 included.
@Suite struct KeySetTests {
    @Test func holdsExactlyItsKeys() {
        let words = ["said", "says", "told", "began", "will", "'ll", "n't", "to"]
        let keys = words.map(WordKeys.key) + [0x100, 0x200, 0x300]  // the last three share their low bits
        let set = KeySet(keys)
        #expect(keys.allSatisfy(set.contains))
        #expect(!set.contains(WordKeys.key("say")) && !set.contains(0x400) && !set.contains(0))
        #expect(KeySet([0, 7]).contains(0) && !KeySet([UInt64]()).contains(5))
    }
}
