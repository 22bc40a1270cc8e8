/// Turns bytes into text: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, and
/// Windows-1252 for anything that is not valid UTF-8.
///
/// Line ends are kept as stored: the caller decides whether to normalise them.
enum TextEncoding {
    /// Decoded text and the name of the encoding it was read in (`utf-8`, `utf-16le`, `utf-16be`,
    /// `windows-1252`).
    struct Decoded: Hashable, Sendable {
        var text: String
        var encoding: String
    }

    /// Decodes a whole file: byte order mark first, then strict UTF-8, then Windows-1252.
    static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: bytes[3...], as: UTF8.self), encoding: "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: utf16(bytes[2...], bigEndian: false), encoding: "utf-16le")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: utf16(bytes[2...], bigEndian: true), encoding: "utf-16be")
        }
        if firstInvalidUTF8Offset(in: bytes) == nil {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8")
        }
        return Decoded(text: windows1252(bytes[...]), encoding: "windows-1252")
    }

    /// Decodes bytes labelled with a MIME or HTML charset. Unknown labels, and UTF-8 that is not valid,
    /// fall back to `decode(_:)`.
    static func decode(_ bytes: [UInt8], charset: String?) -> Decoded {
        switch charset?.trimmingWhitespace().lowercased() {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "us-ascii", "ascii":
            if firstInvalidUTF8Offset(in: bytes) == nil, bytes.allSatisfy({ $0 < 0x80 }) {
                return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "us-ascii")
            }
            return Decoded(text: windows1252(bytes[...]), encoding: "windows-1252")
        case "utf-16le":
            return Decoded(text: utf16(bytes[...], bigEndian: false), encoding: "utf-16le")
        case "utf-16be":
            return Decoded(text: utf16(bytes[...], bigEndian: true), encoding: "utf-16be")
        default:
            return decode(bytes)
        }
    }

    /// UTF-16 code units to text; an odd trailing byte is dropped, a lone surrogate becomes U+FFFD.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252, which is Latin-1 except for 0x80…0x9F (curly quotes, dashes, the euro sign).
    /// The five bytes it leaves undefined are read as the Latin-1 control characters.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = cp1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The offset of the first byte that starts an ill-formed UTF-8 sequence (RFC 3629), or nil.
    static func firstInvalidUTF8Offset(in bytes: [UInt8], from start: Int = 0) -> Int? {
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
}
