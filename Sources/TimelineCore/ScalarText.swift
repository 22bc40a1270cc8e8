/// Building a `String` from a run of Unicode scalars through UTF-8, much faster than appending scalars one by one.
enum ScalarText {
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        scalars.withUnsafeBufferPointer { scalars in
            let base = UnsafeRawPointer(scalars.baseAddress.unsafelyUnwrapped)
            // An ASCII prefix (most of news text) is narrowed sixteen scalars at a time.
            var ascii = range.lowerBound
            while ascii + 16 <= range.upperBound,
                base.loadUnaligned(fromByteOffset: ascii * 4, as: SIMD16<UInt32>.self) & ~0x7F == SIMD16(repeating: 0)
            {
                ascii += 16
            }
            var length = ascii - range.lowerBound
            for index in ascii..<range.upperBound { length += UTF8.width(scalars[index]) }
            return String(unsafeUninitializedCapacity: length) { bytes in
                let out = UnsafeMutableRawPointer(bytes.baseAddress.unsafelyUnwrapped)
                var count = 0
                for index in stride(from: range.lowerBound, to: ascii, by: 16) {
                    let wide = base.loadUnaligned(fromByteOffset: index * 4, as: SIMD16<UInt32>.self)
                    out.storeBytes(
                        of: SIMD16<UInt8>(truncatingIfNeeded: wide), toByteOffset: count, as: SIMD16<UInt8>.self)
                    count += 16
                }
                @inline(__always) func put(_ byte: UInt32) {
                    bytes[count] = UInt8(truncatingIfNeeded: byte)
                    count += 1
                }
                for index in ascii..<range.upperBound {
                    let value = scalars[index].value
                    switch value {
                    case 0..<0x80:
                        put(value)
                    case 0x80..<0x800:
                        put(0xC0 | (value >> 6))
                        put(0x80 | (value & 0x3F))
                    case 0x800..<0x10000:
                        put(0xE0 | (value >> 12))
                        put(0x80 | ((value >> 6) & 0x3F))
                        put(0x80 | (value & 0x3F))
                    default:
                        put(0xF0 | (value >> 18))
                        put(0x80 | ((value >> 12) & 0x3F))
                        put(0x80 | ((value >> 6) & 0x3F))
                        put(0x80 | (value & 0x3F))
                    }
                }
                return count
            }
        }
    }

    /// The Unicode scalars of `text`, decoded straight from its UTF-8 (valid, as every `String` is).
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
                var index = 0
                var count = 0
                let end = utf8.count
                let base = utf8.baseAddress.unsafelyUnwrapped
                let out = buffer.baseAddress.unsafelyUnwrapped
                while index < end {
                    // Sixteen ASCII bytes at a time (most of news text): widened without decoding.
                    if index + 16 <= end {
                        let raw = UnsafeRawPointer(base + index)
                        let high =
                            raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        if high & 0x8080_8080_8080_8080 == 0 {
                            UnsafeMutableRawPointer(out + count).storeBytes(
                                of: SIMD16<UInt32>(truncatingIfNeeded: raw.loadUnaligned(as: SIMD16<UInt8>.self)),
                                as: SIMD16<UInt32>.self)
                            index += 16
                            count += 16
                            continue
                        }
                    }
                    let lead = UInt32(base[index])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        index += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value =
                            (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                        value |= UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                        index += 4
                    }
                    // Valid UTF-8 decodes to valid scalars: no check needed.
                    out[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    count += 1
                }
                initialized = count
            }
        }
    }
}
