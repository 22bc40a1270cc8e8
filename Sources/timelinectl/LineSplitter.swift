/// Cuts a byte stream into lines (NDJSON): each complete `\n`-terminated line, without its `\r\n` or `\n`.
struct LineSplitter {
    private var pending: [UInt8] = []

    /// Appends `bytes` and returns the non-empty lines they complete.
    mutating func append(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 10 {
            pending.append(contentsOf: bytes[start..<index])
            if let line = Self.line(pending) { lines.append(line) }
            pending.removeAll(keepingCapacity: true)
            start = index + 1
        }
        pending.append(contentsOf: bytes[start...])
        return lines
    }

    /// The last line if the stream did not end with a newline.
    mutating func finish() -> String? {
        defer { pending.removeAll() }
        return Self.line(pending)
    }

    private static func line(_ bytes: [UInt8]) -> String? {
        let trimmed = bytes.last == 13 ? bytes.dropLast() : bytes[...]
        guard !trimmed.allSatisfy({ $0 == 32 || $0 == 9 }) else { return nil }
        return String(decoding: trimmed, as: UTF8.self)
    }
}
