import CLoadScan
import Testing

/// The block masks of the page check: AVX-512 (where the machine has it) and SSE2 give the masks that a
/// byte-by-byte reading gives, at every length of the last block.
struct BlockMasksTests {
    @Test func bothWaysAgreeWithTheBytes() {
        var state: UInt64 = 41
        let alphabet = Array(#""\[]{}|;ZzaA{}\ "#.utf8) + [0, 0x7C, 0xDB, 0xFB, 0xDD, 0xFD, 0xA2]
        for count in [0, 1, 63, 64, 65, 127, 128, 1000, 4095, 4096] {
            let bytes = (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            }
            let blocks = (count + 63) / 64
            var fast = [LoadScanMasks](repeating: LoadScanMasks(), count: blocks)
            var sse2 = fast
            bytes.withUnsafeBufferPointer { load_scan_blocks($0.baseAddress, count, &fast) }
            bytes.withUnsafeBufferPointer { load_scan_blocks_sse2($0.baseAddress, count, &sse2) }
            for block in 0..<blocks {
                var expected = LoadScanMasks()
                for (offset, byte) in bytes[(64 * block)..<min(count, 64 * block + 64)].enumerated() {
                    let bit: UInt64 = 1 << UInt64(offset)
                    if byte == UInt8(ascii: "\"") { expected.quotes |= bit }
                    if byte == UInt8(ascii: "\\") { expected.backslashes |= bit }
                    if "[]{}".utf8.contains(byte) { expected.brackets |= bit }
                }
                for masks in [fast[block], sse2[block]] {
                    #expect(
                        [masks.quotes, masks.backslashes, masks.brackets]
                            == [expected.quotes, expected.backslashes, expected.brackets],
                        "\(count) bytes, block \(block)")
                }
            }
        }
    }
}
