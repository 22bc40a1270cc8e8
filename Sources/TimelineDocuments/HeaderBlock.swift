/// The block of `Key: value` lines that may open a plain-text document, ended by a blank line.
///
///     Date: 2022-03-31
///     Title: Floods in the north
///
///     The body starts here.
///
/// A block is only recognised when its first line is a field with a known key (`Date`, `Title`,
/// `Source`, `URL`; case-insensitive) and every line up to the blank line (or the end of the text)
/// is a `Key: value` field, so a first paragraph of prose is never taken for a header.
/// Fields with unknown keys are ignored; when a key repeats, the first value wins.
struct HeaderBlock: Hashable, Sendable {
    /// The keys this reader understands, lowercased.
    static let knownKeys: Set<String> = ["date", "title", "source", "url"]

    /// Values by lowercased known key; empty values are left out.
    var fields: [String: String]

    var date: String? { fields["date"] }
    var title: String? { fields["title"] }
    var source: String? { fields["source"] }
    var url: String? { fields["url"] }

    /// Splits `text` into its header block and its body, or returns nil when it has no header.
    ///
    /// The body is everything after the blank line, exactly as written (it may start with a newline).
    /// Lines may end in LF or CR LF.
    static func split(_ text: String) -> (header: HeaderBlock, body: Substring)? {
        let utf8 = text.utf8
        var fields: [String: String] = [:]
        var lineStart = utf8.startIndex
        var isFirstLine = true
        while lineStart < utf8.endIndex {
            // A line feed byte is always a scalar boundary, so these are valid `String` indices.
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? utf8.endIndex
            let next = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                return isFirstLine ? nil : (HeaderBlock(fields: fields), text[next...])
            }
            guard let (key, value) = field(line) else { return nil }
            if isFirstLine && !knownKeys.contains(key) { return nil }
            isFirstLine = false
            if knownKeys.contains(key), fields[key] == nil, !value.isEmpty {
                fields[key] = value
            }
            lineStart = next
        }
        return isFirstLine ? nil : (HeaderBlock(fields: fields), text[text.endIndex...])
    }

    /// Reads `Key: value`: a key of letters, digits, `-` and `_` starting with a letter, then a colon.
    /// Returns the lowercased key and the trimmed value.
    static func field(_ line: Substring) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard let first = key.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
            key.unicodeScalars.count <= 32,
            key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || isKeyPunctuation($0)) })
        else { return nil }
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        return (key.lowercased(), value)
    }

    private static func isKeyPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || ("0"..."9").contains(scalar)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
