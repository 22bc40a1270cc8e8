import TimelineCore

/// Why a file could not be read as a document.
public struct DocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Turns the bytes of a dropped or submitted file into a `Document`. No I/O: the caller reads the file.
///
/// Plain text may open with a header block (see `HeaderBlock`); `.tml` files (or text starting with
/// `<?xml` that contains `<TimeML`) are read as TimeML. The publication date comes, in order, from
/// `explicitDate`, the header's `Date:` or TimeML's `<DCT>`, a date in the file name, and the
/// modification date.
///
///     let document = try DocumentReader.read(
///         bytes: Array("Date: 2022-03-31\n\nFloods hit the north.".utf8), name: "floods.txt",
///         modificationDate: CalendarDate(year: 2022, month: 4, day: 2))
///     // document.publicationDate == 2022-03-31, document.dctSource == .header
public enum DocumentReader {
    /// Reads a document.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - name: its file name (no folders); a date in it is the fallback publication date, and a
    ///     `.tml` extension means TimeML.
    ///   - modificationDate: the file's modification day, the last resort for the publication date.
    ///   - explicitDate: a date given by the submitter; it wins over everything.
    /// - Throws: `DocumentError` for binary content, invalid UTF-8, a `Date:` header or TimeML DCT that
    ///   is present but cannot be read, and TimeML without `<TEXT>…</TEXT>`. An empty file is not an
    ///   error: it gives an empty body.
    public static func read(
        bytes: [UInt8], name: String, modificationDate: CalendarDate, explicitDate: CalendarDate? = nil
    ) throws(DocumentError) -> Document {
        let text = try TextDecoding.decode(bytes)
        if TimeMLReader.isTimeML(name: name, text: text) {
            let content = try TimeMLReader.read(text)
            let dct = try content.dctValue.map { value throws(DocumentError) in
                guard let date = CalendarDate(iso: value.trimmingWhitespace()) else {
                    throw DocumentError("TimeML: the DCT value '\(value)' is not a date (expected YYYY-MM-DD…)")
                }
                return date
            }
            let (date, source) = publicationDate(
                explicit: explicitDate, written: dct.map { ($0, .timeml) }, name: name,
                modificationDate: modificationDate)
            return Document(
                name: name, body: content.body, title: content.title, publicationDate: date, dctSource: source)
        }
        guard let (header, body) = HeaderBlock.split(text) else {
            let (date, source) = publicationDate(
                explicit: explicitDate, written: nil, name: name, modificationDate: modificationDate)
            return Document(name: name, body: text, publicationDate: date, dctSource: source)
        }
        var headerDate: CalendarDate?
        if let value = header.date {
            guard let date = HeaderDate.parse(value) else {
                throw DocumentError(
                    "header Date: cannot read '\(value)' as a date (expected 2022-03-31, March 31, 2022, "
                        + "31 Mar 2022 or Thu, 31 Mar 2022 10:00:00 +0000)")
            }
            headerDate = date
        }
        let (date, source) = publicationDate(
            explicit: explicitDate, written: headerDate.map { ($0, .header) }, name: name,
            modificationDate: modificationDate)
        return Document(
            name: name, body: String(body), title: header.title, source: header.source, url: header.url,
            publicationDate: date, dctSource: source)
    }

    /// Picks the publication date: explicit, then the one written in the document, then the file
    /// name's, then the modification date.
    static func publicationDate(
        explicit: CalendarDate?, written: (CalendarDate, DCTSource)?, name: String, modificationDate: CalendarDate
    ) -> (CalendarDate, DCTSource) {
        if let explicit { return (explicit, .explicit) }
        if let written { return written }
        if let date = FileNameDate.find(in: name) { return (date, .filename) }
        return (modificationDate, .mtime)
    }
}
