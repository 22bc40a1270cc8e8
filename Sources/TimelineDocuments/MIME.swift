/// MIME entities (RFC 2045/2046): header fields, content types, transfer encodings and multipart bodies.
///
/// Forgiving throughout: a multipart body whose closing boundary never comes runs to the end, a part
/// without a blank line is all header, and nesting deeper than `maximumDepth` is not looked into.
enum MIME {
    static let maximumDepth = 8

    /// One entity: its header fields (names lowercased, folded lines joined) and its raw body bytes.
    struct Entity {
        var fields: [(name: String, value: String)]
        var body: ArraySlice<UInt8>

        func field(_ name: String) -> String? { fields.first(where: { $0.name == name })?.value }

        /// `text/plain` when absent, as RFC 2045 says.
        var contentType: (type: String, parameters: [String: String]) {
            MIME.parameters(field("content-type") ?? "text/plain")
        }

        var isAttachment: Bool {
            field("content-disposition").map { MIME.parameters($0).type == "attachment" } ?? false
        }

        /// The body with its transfer encoding undone.
        var decodedBody: [UInt8] {
            switch field("content-transfer-encoding")?.trimmingWhitespace().lowercased() {
            case "quoted-printable": return TransferEncoding.quotedPrintable(body)
            case "base64": return TransferEncoding.base64(body)
            default: return Array(body)
            }
        }
    }

    /// Splits `bytes` at the first empty line into header fields and body.
    static func entity(_ bytes: ArraySlice<UInt8>) -> Entity {
        var fields: [(name: String, value: String)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[index..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            index = min(lineEnd + 1, bytes.endIndex)
            if line.isEmpty { return Entity(fields: fields, body: bytes[index...]) }
            let text = TextEncoding.decode(Array(line)).text
            if let first = line.first, first == 0x20 || first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].value += " " + text.trimmingWhitespace()
            } else if let colon = text.firstIndex(of: ":") {
                fields.append(
                    (
                        text[..<colon].trimmingWhitespace().lowercased(),
                        text[text.index(after: colon)...].trimmingWhitespace()
                    ))
            }
        }
        return Entity(fields: fields, body: bytes[bytes.endIndex...])
    }

    /// `text/html; charset="utf-8"` → (`text/html`, [`charset`: `utf-8`]).
    static func parameters(_ value: String) -> (type: String, parameters: [String: String]) {
        let pieces = value.split(separator: ";")
        let type = pieces.first.map { $0.trimmingWhitespace().lowercased() } ?? ""
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingWhitespace().lowercased()
            var parameter = piece[piece.index(after: equals)...].trimmingWhitespace()
            if parameter.hasPrefix("\""), parameter.hasSuffix("\""), parameter.count >= 2 {
                parameter = String(parameter.dropFirst().dropLast())
            }
            parameters[key] = parameters[key] ?? parameter
        }
        return (type, parameters)
    }

    /// The parts of a multipart body: the bytes between `--boundary` lines, up to `--boundary--` or the end.
    static func parts(_ body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var index = body.startIndex
        while index < body.endIndex {
            let lineEnd = body[index...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[index..<lineEnd]
            if line.starts(with: delimiter) {
                let rest = line.dropFirst(delimiter.count)
                if let start = partStart {
                    // The line break before the delimiter belongs to it.
                    var end = index
                    if end > start, body[end - 1] == 0x0A { end -= 1 }
                    if end > start, body[end - 1] == 0x0D { end -= 1 }
                    parts.append(body[start..<end])
                }
                if rest.starts(with: [0x2D, 0x2D]) { return parts }
                partStart = min(lineEnd + 1, body.endIndex)
            }
            index = min(lineEnd + 1, body.endIndex)
            if lineEnd == body.endIndex { break }
        }
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// The text of an entity: the first `text/plain` part that is not an attachment, else the first
    /// `text/html` one (returned with `isHTML`), searched depth first through nested multiparts.
    static func text(of entity: Entity) -> (text: String, isHTML: Bool, encoding: String)? {
        if let plain = find(in: entity, type: "text/plain", depth: 0) { return decode(plain, isHTML: false) }
        if let html = find(in: entity, type: "text/html", depth: 0) { return decode(html, isHTML: true) }
        return nil
    }

    private static func decode(_ entity: Entity, isHTML: Bool) -> (String, Bool, String) {
        let decoded = TextEncoding.decode(entity.decodedBody, charset: entity.contentType.parameters["charset"])
        return (decoded.text, isHTML, decoded.encoding)
    }

    private static func find(in entity: Entity, type: String, depth: Int) -> Entity? {
        let contentType = entity.contentType
        if contentType.type.hasPrefix("multipart/") {
            guard depth < maximumDepth, let boundary = contentType.parameters["boundary"], !boundary.isEmpty else {
                return nil
            }
            for part in parts(entity.body, boundary: boundary) {
                if let found = find(in: self.entity(part), type: type, depth: depth + 1) { return found }
            }
            return nil
        }
        return contentType.type == type && !entity.isAttachment ? entity : nil
    }
}
