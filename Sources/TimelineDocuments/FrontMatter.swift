/// YAML front matter opening a Markdown file: `---`, `key: value` lines, then `---` (or `...`).
///
/// Only flat scalar fields are read (`date`, `title`, `source`, `url`…), quotes removed; lists, nested
/// maps and block scalars are skipped. Keys are lowercased.
enum FrontMatter {
    /// The fields and the body after the closing line (exactly as stored), or nil when `text` does not
    /// open with front matter or it is never closed.
    static func split(_ text: String) -> (fields: [String: String], body: Substring)? {
        var lines = text.split(maxSplits: 200, omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        guard let first = lines.first, first.trimmingWhitespace() == "---", first.hasPrefix("---") else { return nil }
        lines = lines.dropFirst()
        var fields: [String: String] = [:]
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if line.hasPrefix("---") || line.hasPrefix("...") {
                guard trimmed == "---" || trimmed == "..." else { continue }
                let bodyStart = line.endIndex < text.endIndex ? text.index(after: line.endIndex) : text.endIndex
                return (fields, text[bodyStart...])
            }
            guard let first = line.first, !first.isWhitespace, first != "-", first != "#",
                let colon = line.firstIndex(of: ":")
            else { continue }
            let key = line[..<colon].trimmingWhitespace().lowercased()
            var value = line[line.index(after: colon)...].trimmingWhitespace()
            if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty, value != "|", value != ">", fields[key] == nil { fields[key] = value }
        }
        return nil
    }
}
