/// The kinds of document the reader understands.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text, optionally opening with a `Key: value` header block.
    case text
    /// Markdown, optionally opening with YAML front matter.
    case markdown
    /// One JSON article or an array of them.
    case json
    /// Newline-delimited JSON: one article per line.
    case ndjson
    case html
    /// An RFC 5322 message (`.eml`).
    case email
    case timeml
}

/// Decides what a file is: binary content by magic numbers and control-character density in a prefix,
/// then the text format by content first and the file name's extension second.
enum FormatSniffer {
    /// How many leading bytes binary detection looks at.
    static let prefixLength = 8192

    /// Known binary signatures: the bytes a file starts with, and what it is.
    static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"), (Array("%PDF".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"), (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive"), (Array("Rar!".utf8), "RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), (Array("MZ".utf8), "Windows executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"), ([0xFE, 0xED, 0xFA, 0xCF], "Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "Mach-O or Java class file"), ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
        (Array("SQLite format 3".utf8), "SQLite database"), (Array("OggS".utf8), "Ogg media"),
        (Array("ID3".utf8), "MP3 audio"), (Array("fLaC".utf8), "FLAC audio"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF image"), ([0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Microsoft Office document"),
        ([0x1A, 0x45, 0xDF, 0xA3], "Matroska/WebM video"), (Array("wOFF".utf8), "WOFF font"),
        (Array("wOF2".utf8), "WOFF2 font"),
    ]

    /// Why `bytes` are not text (`"PNG image"`, `"NUL bytes"`), or nil when they may be text.
    ///
    /// Looks only at the first `prefixLength` bytes. UTF-16 with a byte order mark is text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (magic, kind) in signatures where bytes.starts(with: magic) {
            // "MZ" and "ID3" are also how some words start: require a binary byte soon after.
            if magic.count <= 3, !bytes.prefix(64).contains(where: { $0 < 0x09 }) { continue }
            return kind
        }
        if bytes.count >= 12, bytes[0..<4].elementsEqual(Array("RIFF".utf8)) { return "RIFF media (WAV/AVI/WebP)" }
        if bytes.count >= 12, bytes[4..<8].elementsEqual(Array("ftyp".utf8)) { return "MP4/QuickTime media" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let sample = bytes.prefix(prefixLength)
        if sample.contains(0) { return "NUL bytes" }
        guard !sample.isEmpty else { return nil }
        let controls = sample.count(where: { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F
        })
        return controls * 10 > sample.count ? "control characters" : nil
    }

    /// The format of decoded `text` arriving as `name`.
    static func format(of text: String, name: String) -> DocumentFormat {
        let lowerName = name.lowercased()
        let ext = lowerName.split(separator: ".").count > 1 ? String(lowerName.split(separator: ".").last!) : ""
        let head = String(text.prefix(4096))
        let trimmed = head.drop(while: { $0.isWhitespace })
        if ext == "tml" || (trimmed.hasPrefix("<?xml") && text.contains("<TimeML")) { return .timeml }
        if let json = jsonShape(trimmed, ext: ext) { return json }
        if looksLikeHTML(trimmed) { return .html }
        if trimmed.hasPrefix("<?xml") && ext != "txt" { return .html }
        if head.hasPrefix("---\n") || head.hasPrefix("---\r\n") { return .markdown }
        if EmailReader.looksLikeEmail(head) && !(ext == "txt" || ext == "md") { return .email }
        switch ext {
        case "md", "markdown", "mdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "eml": return .email
        case "json": return .json
        case "ndjson", "jsonl": return .ndjson
        default: return .text
        }
    }

    /// `.json` for text opening with `{` or `[` that reads as one value, `.ndjson` for several lines of
    /// objects; nil for prose that merely starts with a bracket.
    private static func jsonShape(_ trimmed: Substring, ext: String) -> DocumentFormat? {
        guard let first = trimmed.first, first == "{" || first == "[" else { return nil }
        let afterBracket = trimmed.dropFirst().drop(while: { $0.isWhitespace }).first
        let jsonLike =
            first == "{"
            ? afterBracket == "\"" || afterBracket == "}" : afterBracket.map { "{[\"]".contains($0) } ?? true
        guard jsonLike || ["json", "ndjson", "jsonl"].contains(ext) else { return nil }
        if ext == "ndjson" || ext == "jsonl" { return .ndjson }
        if first == "{" {
            let lines = trimmed.split(whereSeparator: \.isNewline)
            let objectLines = lines.prefix(3).filter { $0.hasPrefix("{") && $0.trimmingWhitespace().hasSuffix("}") }
            if lines.count > 1 && objectLines.count >= 2 { return .ndjson }
        }
        return .json
    }

    private static func looksLikeHTML(_ trimmed: Substring) -> Bool {
        let start = trimmed.prefix(200).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head")
            || start.hasPrefix("<body") || start.hasPrefix("<article") || start.hasPrefix("<meta")
        {
            return true
        }
        if start.hasPrefix("<!--") || start.hasPrefix("<?xml") {
            let more = trimmed.prefix(2048).lowercased()
            return more.contains("<html") || more.contains("<body")
        }
        return false
    }
}
