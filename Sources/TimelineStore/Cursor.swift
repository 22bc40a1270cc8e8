import Foundation

/// An opaque page cursor: the sort key of the last row of a page, base64url-encoded.
///
/// The first field names the kind of list (`e` events, `d` documents), so a cursor from one list
/// is refused by the other. Fields are joined by U+001F (unit separator), which ISO dates and ids never
/// contain.
struct Cursor: Hashable, Sendable {
    var fields: [String]

    init(_ fields: [String]) {
        self.fields = fields
    }

    /// Decodes a cursor of the given kind with `count` fields after the kind; nil when malformed.
    init?(encoded: String, kind: String, count: Int) {
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        let parts = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == count + 1, parts[0] == kind else { return nil }
        self.fields = Array(parts.dropFirst())
    }

    /// The base64url text (no padding) of the kind and fields.
    func encoded(kind: String) -> String {
        Self.base64URL(Array(([kind] + fields).joined(separator: String(Self.separator)).utf8))
    }

    /// `bytes` in base64url (RFC 4648, section 5) without padding: Foundation's base64 with `-` for `+`, `_` for
    /// `/` and no `=`, written directly (each page of events ends with a cursor; Foundation's three
    /// `replacingOccurrences` were 3% of the daemon's CPU under load).
    static func base64URL(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            for sextet in 0...count {
                text.append(alphabet[Int(group >> UInt32(18 - 6 * sextet)) & 63])
            }
            index += 3
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static let separator: Character = "\u{1F}"
}

/// Where a page of events ends: its last event's start, end and id (the sort key).
struct EventCursor: Hashable, Sendable {
    var start: String
    var end: String
    var id: Int64

    init(start: String, end: String, id: Int64) {
        self.start = start
        self.end = end
        self.id = id
    }

    init(encoded: String) throws(QueryError) {
        guard let cursor = Cursor(encoded: encoded, kind: "e", count: 3), let id = Int64(cursor.fields[2]) else {
            throw QueryError(parameter: "cursor", "not a cursor from a previous page of events: '\(encoded)'")
        }
        self.init(start: cursor.fields[0], end: cursor.fields[1], id: id)
    }

    var encoded: String { Cursor([start, end, String(id)]).encoded(kind: "e") }
}

/// Where a page of documents ends: its last document's id.
struct DocumentCursor: Hashable, Sendable {
    var id: Int64

    init(id: Int64) {
        self.id = id
    }

    init(encoded: String) throws(QueryError) {
        guard let cursor = Cursor(encoded: encoded, kind: "d", count: 1), let id = Int64(cursor.fields[0]) else {
            throw QueryError(parameter: "cursor", "not a cursor from a previous page of documents: '\(encoded)'")
        }
        self.init(id: id)
    }

    var encoded: String { Cursor([String(id)]).encoded(kind: "d") }
}
