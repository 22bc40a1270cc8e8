/// Reads TimeML (`.tml`): the plain text of `<TEXT>`, the document creation time and the title.
///
/// The plain text is what an XML parser reports for `<TEXT>`, as `shared/tools/te3score.py` defines it:
/// tags removed with their content kept, entity and character references decoded, CR LF and lone CR
/// turned into LF (before decoding, so `&#13;` stays a CR), CDATA kept literally, nothing trimmed.
enum TimeMLReader {
    /// What a TimeML file holds for the reader.
    struct Content: Hashable, Sendable {
        var body: String
        /// The `value` of the TIMEX3 in `<DCT>` (or of the first `functionInDocument="CREATION_TIME"`).
        var dctValue: String?
        /// `<TITLE>`'s text, whitespace runs collapsed; nil when absent or empty.
        var title: String?
    }

    /// True for a `.tml` name, or text starting with `<?xml` that contains `<TimeML`.
    static func isTimeML(name: String, text: String) -> Bool {
        if name.lowercased().hasSuffix(".tml") { return true }
        let start = text.drop(while: { $0.isWhitespace })
        return start.hasPrefix("<?xml") && text.contains("<TimeML")
    }

    /// A tag the reader passed, for callers that want the markup as well as the text.
    struct Tag {
        enum Kind { case start, end, empty }
        var name: String
        var kind: Kind
        /// Attribute values, entities decoded; empty for end tags.
        var attributes: [String: String]
        /// Unicode scalars of the body read so far: where the tag sits in the body.
        var offset: Int
        /// Whether the tag is inside `<TEXT>` (`TEXT`'s own tags are not reported).
        var insideText: Bool
    }

    /// Reads `text`, reporting every tag other than `TEXT`'s own to `observer` as it passes.
    static func read(_ text: String, observer: ((Tag) -> Void)? = nil) throws(DocumentError) -> Content {
        var scanner = MarkupScanner(normalizedLineEnds(text))
        var offset = 0
        var body: String?
        var textDepth = 0
        var insideText = false
        var insideDCT = false
        var dctValue: String?
        var creationTimeValue: String?
        var title: String?
        var titleParts: String?
        while let token = scanner.next() {
            switch token {
            case .text(let range):
                let decoded = XMLEntities.decode(scanner.scalars[range])
                if insideText { body?.append(decoded) } else { titleParts?.append(decoded) }
                if insideText, observer != nil { offset += decoded.unicodeScalars.count }
            case .cdata(let range):
                let literal = String(String.UnicodeScalarView(scanner.scalars[range]))
                if insideText { body?.append(literal) } else { titleParts?.append(literal) }
                if insideText { offset += range.count }
            case .startTag(let name, let attributeRange, let selfClosing):
                if let observer, name != "TEXT" {
                    observer(
                        Tag(
                            name: name, kind: selfClosing ? .empty : .start,
                            attributes: scanner.attributes(attributeRange), offset: offset, insideText: insideText))
                }
                if name == "TEXT" {
                    if insideText {
                        textDepth += selfClosing ? 0 : 1
                    } else if body == nil {
                        body = ""
                        insideText = !selfClosing
                    }
                } else if name == "TIMEX3" {
                    let attributes = scanner.attributes(attributeRange)
                    if insideDCT, dctValue == nil { dctValue = attributes["value"] }
                    if creationTimeValue == nil, attributes["functionInDocument"] == "CREATION_TIME" {
                        creationTimeValue = attributes["value"]
                    }
                } else if name == "DCT", !insideText {
                    insideDCT = !selfClosing
                } else if name == "TITLE", !insideText, title == nil, !selfClosing {
                    titleParts = ""
                }
            case .endTag(let name):
                if let observer, name != "TEXT" {
                    observer(Tag(name: name, kind: .end, attributes: [:], offset: offset, insideText: insideText))
                }
                if name == "TEXT", insideText {
                    if textDepth == 0 { insideText = false } else { textDepth -= 1 }
                } else if name == "DCT" {
                    insideDCT = false
                } else if name == "TITLE", let parts = titleParts {
                    title = collapsingWhitespace(parts)
                    titleParts = nil
                }
            case .ignorable:
                break
            }
        }
        guard let body else { throw DocumentError("TimeML: no <TEXT> element") }
        guard !insideText else { throw DocumentError("TimeML: <TEXT> is never closed (no </TEXT>)") }
        return Content(body: body, dctValue: dctValue ?? creationTimeValue, title: title)
    }

    /// The scalars of `text` with CR LF and lone CR turned into LF, as XML 1.0 requires.
    static func normalizedLineEnds(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
            previousWasCR = false
        }
        return result
    }

    private static func collapsingWhitespace(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
