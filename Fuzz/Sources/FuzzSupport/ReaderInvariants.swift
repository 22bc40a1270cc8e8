/// What every document reader must satisfy, whatever the bytes.
public enum ReaderInvariants {
    /// A small article limit, so the limit itself is exercised.
    static let maximumDocuments = 20
    static let modificationDate = CalendarDate(year: 2020, month: 6, day: 15)
    static let names: [DocumentFormat: String] = [
        .text: "fuzz.txt", .markdown: "fuzz.md", .json: "fuzz.json", .ndjson: "fuzz.ndjson", .html: "fuzz.html",
        .email: "fuzz.eml", .timeml: "fuzz.tml",
    ]

    /// Reads `bytes` as `format` and checks: the reader either refuses with a `DocumentError` carrying a
    /// message, or gives one document (JSON and NDJSON: at most `maximumDocuments`), each of that format,
    /// with valid UTF-8 text, a real calendar publication date, and for markup-derived bodies (HTML,
    /// e-mail, TimeML) LF line ends only, unless the input writes a character reference (`&#13;` is a CR in
    /// XML, as te3score.py reads TimeML).
    public static func check(_ bytes: [UInt8], format: DocumentFormat) {
        let name = names[format] ?? "fuzz"
        let documents: [Document]
        do {
            documents = try DocumentReader.readAll(
                bytes: bytes, name: name, modificationDate: modificationDate, maximumDocuments: maximumDocuments,
                format: format)
        } catch {
            guard !error.message.isEmpty else { violated("\(format) refused the input with an empty message") }
            return
        }
        let several = format == .json || format == .ndjson
        guard several ? documents.count <= maximumDocuments : documents.count == 1 else {
            violated("\(format) gave \(documents.count) documents")
        }
        for document in documents {
            guard document.format == format else { violated("\(format) input read as \(document.format)") }
            for (field, text) in [("body", document.body), ("name", document.name)] + optionalFields(document) {
                guard String(validating: Array(text.utf8), as: UTF8.self) == text else {
                    violated("\(format) \(field) is not valid UTF-8")
                }
            }
            let date = document.publicationDate
            guard (1...12).contains(date.month),
                (1...CalendarDate.daysIn(month: date.month, year: date.year))
                    .contains(date.day)
            else { violated("\(format) publication date \(date) is not a day of the calendar") }
            if [.html, .email, .timeml].contains(format), document.body.unicodeScalars.contains("\r"),
                !writesCharacterReference(bytes)
            {
                violated("\(format) body derived from markup holds a CR")
            }
        }
    }

    static func writesCharacterReference(_ bytes: [UInt8]) -> Bool {
        bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: "&") && bytes[$0 + 1] == UInt8(ascii: "#") }
    }

    static func optionalFields(_ document: Document) -> [(String, String)] {
        [("title", document.title), ("source", document.source), ("url", document.url)].compactMap { field in
            field.1.map { (field.0, $0) }
        }
    }
}
