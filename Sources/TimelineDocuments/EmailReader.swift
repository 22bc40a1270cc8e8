import Foundation

/// Reads an e-mail message (RFC 5322, `.eml`): `Subject` is the title, `Date` the publication date,
/// `From` the source, and the body the first `text/plain` part (else the HTML part, read by `HTMLReader`),
/// with quoted-printable or base64 undone and its charset decoded. Line ends become LF.
///
/// An unreadable `Date` is skipped (the dateline, file name and modification day are tried next) rather
/// than an error: mail software, not a person, wrote it.
enum EmailReader {
    /// Header fields that only messages have; two of them (or `Received`/`Message-ID`/`MIME-Version`
    /// alone with `From`) make a header block a message rather than a text's `Key: value` header.
    static let messageFields: Set<String> = [
        "from", "to", "cc", "subject", "message-id", "mime-version", "received", "return-path", "reply-to",
        "content-type", "delivered-to", "x-mailer", "in-reply-to", "references", "content-transfer-encoding",
    ]

    /// Whether the text opens with a block of mail header fields.
    static func looksLikeEmail(_ head: String) -> Bool {
        var names: Set<String> = []
        for line in head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.trimmingWhitespace().isEmpty { break }
            if let first = line.first, first == " " || first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":") else { return false }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, !name.contains(" ") else { return false }
            names.insert(name)
        }
        let known = names.intersection(messageFields)
        return known.count >= 2
            && (known.contains("from") || known.contains("received") || known.contains("message-id"))
    }

    static func read(_ bytes: [UInt8]) -> (content: ReadContent, encoding: String) {
        let message = MIME.entity(bytes[...])
        var content = ReadContent(body: "", format: .email)
        var encoding = "utf-8"
        if let (text, isHTML, charset) = MIME.text(of: message) {
            encoding = charset
            let lines = String(String.UnicodeScalarView(TimeMLReader.normalizedLineEnds(text)))
            content.body = isHTML ? HTMLReader.read(lines).body : lines
        }
        content.title = message.field("subject").map(EncodedWords.decode).flatMap { $0.isEmpty ? nil : $0 }
        content.source = message.field("from").map(EncodedWords.decode)
        content.dateText = message.field("date")
        content.dateSource = .header
        content.dateIsStrict = false
        content.dateLabel = "e-mail Date:"
        return (content, encoding)
    }
}

/// RFC 2047 encoded words in header values: `=?utf-8?Q?Caf=C3=A9?=`, `=?iso-8859-1?B?Q2Fm6Q==?=`.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var rest = value[...]
        var previousWasWord = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            guard let word = encodedWord(rest[start.lowerBound...]) else {
                result += before + "=?"
                rest = rest[start.upperBound...]
                previousWasWord = false
                continue
            }
            // Whitespace between two encoded words is dropped.
            if !(previousWasWord && before.allSatisfy(\.isWhitespace)) { result += before }
            result += word.text
            rest = rest[word.end...]
            previousWasWord = true
        }
        return result + rest
    }

    private static func encodedWord(_ text: Substring) -> (text: String, end: Substring.Index)? {
        let pieces = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard pieces.count == 4, pieces[3].hasPrefix("="), pieces[2].count < 1000 else { return nil }
        let charset = String(pieces[0].split(separator: "*").first ?? "")
        let payload = Array(pieces[2].utf8)[...]
        let bytes: [UInt8]
        switch pieces[1].uppercased() {
        case "B": bytes = TransferEncoding.base64(payload)
        case "Q": bytes = TransferEncoding.quotedPrintable(payload.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }[...])
        default: return nil
        }
        return (TextEncoding.decode(bytes, charset: charset).text, pieces[3].index(after: pieces[3].startIndex))
    }
}
