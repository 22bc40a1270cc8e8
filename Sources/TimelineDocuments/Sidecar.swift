import Foundation
import TimelineCore

/// Overrides for a document given in a sidecar file `NAME.meta` next to it.
///
/// Either TOML-ish `key = value` lines (values quoted or bare, `#` comments, `[section]` headers ignored)
/// or `Key: value` lines. Keys are case-insensitive: `date` (any form `PublicationStamp` reads, time
/// and zone kept), `title`, `source`, `url`; others are ignored. The daemon reads the file; this parses it.
///
///     date = "2022-03-31T10:00:00+03:00"
///     title = "Russia accredits Taliban envoy"
public struct Sidecar: Hashable, Sendable {
    public var date: CalendarDate?
    /// The ISO time of `date` when the sidecar gave one (see `Document.publicationTime`).
    public var time: String?
    public var title: String?
    public var source: String?
    public var url: String?

    public init(
        date: CalendarDate? = nil, time: String? = nil, title: String? = nil, source: String? = nil,
        url: String? = nil
    ) {
        self.date = date
        self.time = time
        self.title = title
        self.source = source
        self.url = url
    }

    /// Parses the bytes of a sidecar file.
    /// - Throws: `DocumentError` for binary content, a line that is neither `key = value` nor `Key: value`,
    ///   or a `date` that cannot be read.
    public static func parse(bytes: [UInt8]) throws(DocumentError) -> Sidecar {
        if let kind = FormatSniffer.binaryKind(bytes) { throw DocumentError("sidecar: not text (binary: \(kind))") }
        let text = TextEncoding.decode(bytes).text
        var sidecar = Sidecar()
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") || line.hasPrefix("[") { continue }
            guard let (key, value) = field(line) else {
                throw DocumentError("sidecar line \(lineNumber): expected 'key = value' or 'Key: value', got '\(line)'")
            }
            switch key {
            case "date", "published", "publishedat", "datepublished":
                guard sidecar.date == nil else { continue }
                guard let stamp = PublicationStamp.parse(value) else {
                    throw DocumentError("sidecar line \(lineNumber): cannot read '\(value)' as a date")
                }
                sidecar.date = stamp.date
                sidecar.time = stamp.time
            case "title": sidecar.title = sidecar.title ?? nonEmpty(value)
            case "source": sidecar.source = sidecar.source ?? nonEmpty(value)
            case "url": sidecar.url = sidecar.url ?? nonEmpty(value)
            default: continue
            }
        }
        return sidecar
    }

    /// `key = "value"` (first `=`), else `Key: value` (first `:`); the key lowercased, quotes removed.
    private static func field(_ line: String) -> (String, String)? {
        let equals = line.firstIndex(of: "=")
        let colon = line.firstIndex(of: ":")
        let separator: String.Index
        switch (equals, colon) {
        case (let e?, let c?): separator = min(e, c)
        case (let e?, nil): separator = e
        case (nil, let c?): separator = c
        case (nil, nil): return nil
        }
        let key = line[..<separator].trimmingWhitespace().lowercased()
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
            return nil
        }
        var value = line[line.index(after: separator)...].trimmingWhitespace()
        if let quote = value.first, quote == "\"" || quote == "'" {
            let inner = value.dropFirst()
            value = String(inner[..<(inner.firstIndex(of: quote) ?? inner.endIndex)])
            if quote == "\"" { value = value.replacingEscapes() }
        } else if let comment = value.range(of: " #") {
            value = value[..<comment.lowerBound].trimmingWhitespace()
        }
        return (key.replacingOccurrences(of: "_", with: ""), value)
    }

    private static func nonEmpty(_ value: String) -> String? { value.isEmpty ? nil : value }
}

extension String {
    /// `\"` and `\\` in a TOML basic string.
    fileprivate func replacingEscapes() -> String {
        replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }
}
