/// A file name exactly as the kernel gave it: raw bytes, which need not be UTF-8.
///
/// A Swift `String` cannot hold a name such as `caf\xE9.txt` (Latin-1), so the inbox carries names as bytes,
/// opens and renames files with them through the C APIs, and shows them as text only for people: `display`
/// for the stored document name, `description` (quoted, escaped) for logs.
public struct FileName: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(bytes: some Sequence<UInt8>) { self.bytes = Array(bytes) }
    public init(_ text: String) { bytes = Array(text.utf8) }
    public init(stringLiteral value: String) { self.init(value) }

    public static func < (left: FileName, right: FileName) -> Bool {
        left.bytes.lexicographicallyPrecedes(right.bytes)
    }

    /// Dotfiles (and `.tmp/`) are never documents.
    public var isHidden: Bool { bytes.first == UInt8(ascii: ".") }

    public func hasSuffix(_ suffix: String) -> Bool { bytes.reversed().starts(with: suffix.utf8.reversed()) }

    /// This name with `suffix` added (`NAME` → `NAME.meta`).
    public func appending(_ suffix: String) -> FileName { FileName(bytes: bytes + suffix.utf8) }

    /// The name as text: valid UTF-8 kept as is, each byte that is not shown as `\xHH`.
    public var display: String { Self.render(bytes, quoted: false) }

    /// The name for logs: quoted, with control characters, quotes and backslashes escaped like a Swift
    /// literal and each byte that is not UTF-8 as `\xHH`, so a newline or a leading dash is visible.
    public var description: String { Self.render(bytes, quoted: true) }

    private static func render(_ bytes: [UInt8], quoted: Bool) -> String {
        var text = quoted ? "\"" : ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                let scalar = Unicode.UTF8.decode(encoded)
                text += quoted ? escaped(scalar) : String(Character(scalar))
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] { text += hex(byte) }
                offset += length
            case .emptyInput:
                return quoted ? text + "\"" : text
            }
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\\": "\\\\"
        case "\"": "\\\""
        default:
            scalar.value < 0x20 || scalar.value == 0x7F
                ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(Character(scalar))
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "\\x" + (digits.count == 1 ? "0" + digits : digits)
    }
}

/// A path in bytes: a folder given as text and, usually, a `FileName` in it.
public struct RawPath: Sendable, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(_ text: String) { bytes = Array(text.utf8) }
    public init(folder: String, name: FileName) {
        bytes = Array(folder.utf8)
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        bytes += name.bytes
    }
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// This path with `suffix` added to its last component.
    public func appending(_ suffix: String) -> RawPath { RawPath(bytes: bytes + suffix.utf8) }

    /// The last component.
    /// The folder holding the file (`.` for a bare name).
    var folder: RawPath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return RawPath(".") }
        return RawPath(bytes: slash == 0 ? [UInt8(ascii: "/")] : Array(bytes[..<slash]))
    }

    public var name: FileName { FileName(bytes: bytes.split(separator: UInt8(ascii: "/")).last ?? []) }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path as text, each byte that is not UTF-8 shown as `\xHH`.
    public var description: String { FileName(bytes: bytes).display }
}
