extension Tokenizer {
    /// The spelling facts (all but `capitalized`) of a lowercased token of `count` UTF-8 bytes whose last
    /// four bytes are packed in `tail`, the last in the lowest byte (0 for a token without letters).
    @inline(__always) static func spelling(count: Int, tail: UInt32, singleScalar: Bool) -> Spelling {
        var raw: UInt8 = count > 4 ? Spelling.longerThanFour.rawValue : 0
        if count >= 2, tail & 0xFFFF == 0x6564 {  // "ed"
            raw |= Spelling.endsInED.rawValue
            if count >= 4, tail == 0x6365_6564 { raw |= Spelling.endsInCEED.rawValue }
        }
        if count >= 3, tail & 0xFF_FFFF == 0x69_6E67 { raw |= Spelling.endsInING.rawValue }  // "ing"
        if singleScalar { raw |= Spelling.singleScalar.rawValue }
        return Spelling(rawValue: raw)
    }

    /// The spelling facts of lowercased UTF-8 text (all but `capitalized`).
    static func spelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Spelling {
        let count = bytes.count
        let tail = WordTable.tail(bytes)
        let single =
            count == 1 || (count > 1 && count <= 4 && bytes[0] >= 0xC0 && !bytes[1...].contains { $0 & 0xC0 != 0x80 })
        return spelling(count: count, tail: tail, singleScalar: single)
    }

    @inline(__always) static func appendLower(_ scalar: Unicode.Scalar, to buffer: inout ByteBuffer) {
        let v = scalar.value
        if v < 128 {
            buffer.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
        } else {
            for lower in scalar.properties.lowercaseMapping.utf8 { buffer.append(lower) }
        }
    }

    /// The first scalar of non-empty UTF-8 bytes.
    static func firstScalar(_ buffer: ByteBuffer) -> UInt32 {
        String(decoding: buffer.bytes, as: UTF8.self).unicodeScalars.first?.value ?? 0
    }
}

/// The lowercased bytes of a token with letters beyond ASCII: a growable buffer the tokenizer owns for one
/// call and frees at its end (no uniqueness checks per byte, as an array would make).
struct ByteBuffer {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
    private var capacity = 64
    var count = 0

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    subscript(index: Int) -> UInt8 { storage[index] }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        storage[count] = byte
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    func free() { storage.deallocate() }
}
