/// Turns a file's bytes into text: skips a UTF-8 byte order mark, rejects binary content and invalid UTF-8.
enum TextDecoding {
    /// Decodes `bytes` as UTF-8 text.
    ///
    /// A NUL byte, or a high share of control characters near the start, means binary content.
    /// Offsets in errors count bytes from the start of the file (the byte order mark included).
    static func decode(_ bytes: [UInt8]) throws(DocumentError) -> String {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let content = bytes[start...]
        if content.contains(0) || looksBinary(content) {
            throw DocumentError("not text (binary content)")
        }
        if let offset = firstInvalidOffset(in: bytes, from: start) {
            throw DocumentError("not UTF-8 text (invalid byte at offset \(offset))")
        }
        return String(decoding: content, as: UTF8.self)
    }

    /// The offset of the first byte that starts an ill-formed UTF-8 sequence (RFC 3629), or nil.
    static func firstInvalidOffset(in bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte and the sequence length, by lead byte.
            let second: ClosedRange<UInt8>
            let length: Int
            switch lead {
            case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
            case 0xE0: (second, length) = (0xA0...0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
            case 0xED: (second, length) = (0x80...0x9F, 3)
            case 0xF0: (second, length) = (0x90...0xBF, 4)
            case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
            case 0xF4: (second, length) = (0x80...0x8F, 4)
            default: return index
            }
            guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return index }
            for next in (index + 2)..<(index + length) where !(0x80...0xBF).contains(bytes[next]) {
                return index
            }
            index += length
        }
        return nil
    }

    /// More than 10% control characters (other than tab, line feed, form feed and carriage return)
    /// in the first 4 KiB.
    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(4096)
        guard !sample.isEmpty else { return false }
        let controls = sample.count(where: { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F
        })
        return controls * 10 > sample.count
    }
}
