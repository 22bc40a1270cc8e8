import TimelineCore

/// Why a file could not be read as a document.
public struct DocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Turns the bytes of a dropped or submitted file into documents. No I/O: the caller reads the file.
///
/// The format is chosen by content first and the file name's extension second (see `FormatSniffer`):
/// plain text with an optional `Key: value` header block, Markdown with YAML front matter, JSON articles
/// (one, an array, or NDJSON), HTML, e-mail (`.eml`) and TimeML. The publication date comes, in order,
/// from `explicitDate`, a sidecar, the document's own metadata, a dateline in its first lines, a date in
/// the file name, and the modification date.
///
///     let documents = try DocumentReader.readAll(
///         bytes: Array("Date: 2022-03-31\n\nFloods hit the north.".utf8), name: "floods.txt",
///         modificationDate: CalendarDate(year: 2022, month: 4, day: 2))
///     // documents[0].publicationDate == 2022-03-31, documents[0].dctSource == .header
public enum DocumentReader {
    /// How many articles one JSON or NDJSON file may hold unless the caller says otherwise.
    public static let defaultMaximumDocuments = 10_000

    /// Reads a file that holds one document.
    ///
    /// Same as `readAll`, but a JSON array or NDJSON file with other than one article is an error telling
    /// the caller to use `readAll`.
    public static func read(
        bytes: [UInt8], name: String, modificationDate: CalendarDate, explicitDate: CalendarDate? = nil
    ) throws(DocumentError) -> Document {
        let documents = try readAll(
            bytes: bytes, name: name, modificationDate: modificationDate, explicitDate: explicitDate)
        guard documents.count == 1 else {
            throw DocumentError(
                "\(name) holds \(documents.count) articles; read it with DocumentReader.readAll to get each one")
        }
        return documents[0]
    }

    /// Reads every document a file holds: one for most formats, one per article for JSON arrays and NDJSON
    /// (named `NAME#1`, `NAME#2`, …).
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - name: its file name (no folders); its extension helps choose the format and a date in it is a
    ///     fallback publication date.
    ///   - modificationDate: the file's modification day, the last resort for the publication date.
    ///   - explicitDate: a date given by the submitter; it wins over everything.
    ///   - maximumDocuments: how many articles a JSON or NDJSON file may hold; more is an error.
    ///   - sidecar: overrides from `NAME.meta` (see `Sidecar.parse(bytes:)`): its date comes right after
    ///     `explicitDate`, and its title, source and address replace the document's.
    ///   - format: read the text as this format instead of sniffing it from content and name.
    /// - Throws: `DocumentError` for binary content, a plain-text `Date:` header, front matter date, JSON date
    ///   or TimeML DCT that is present but cannot be read, malformed JSON, too many articles, and TimeML
    ///   without `<TEXT>…</TEXT>`. An empty file is not an error: it gives one empty document.
    public static func readAll(
        bytes: [UInt8], name: String, modificationDate: CalendarDate, explicitDate: CalendarDate? = nil,
        maximumDocuments: Int = defaultMaximumDocuments, sidecar: Sidecar? = nil, format: DocumentFormat? = nil
    ) throws(DocumentError) -> [Document] {
        let decoded = try decodeText(bytes)
        var encoding = decoded.encoding
        let format = format ?? FormatSniffer.format(of: decoded.text, name: name)
        let contents: [ReadContent]
        switch format {
        case .text: contents = [PlainTextReader.read(decoded.text)]
        case .markdown: contents = [MarkdownReader.read(decoded.text)]
        case .html: contents = [HTMLReader.read(decoded.text)]
        case .timeml: contents = [try PlainTextReader.readTimeML(decoded.text)]
        case .json:
            contents = try JSONArticleReader.readJSON(decoded.text, name: name, maximumDocuments: maximumDocuments)
        case .ndjson:
            contents = try JSONArticleReader.readNDJSON(decoded.text, name: name, maximumDocuments: maximumDocuments)
        case .email:
            let email = EmailReader.read(bytes)
            contents = [email.content]
            encoding = email.encoding
        }
        let fallback = FileNameDate.find(in: name).map { ($0, DCTSource.filename) } ?? (modificationDate, .mtime)
        var documents: [Document] = []
        documents.reserveCapacity(contents.count)
        for content in contents {
            let (date, source, time) = try publicationDate(
                content, explicit: explicitDate, sidecar: sidecar, fallback: fallback)
            documents.append(
                Document(
                    name: content.name ?? name, body: content.body, title: sidecar?.title ?? content.title,
                    source: sidecar?.source ?? content.source, url: sidecar?.url ?? content.url,
                    publicationDate: date, dctSource: source, publicationTime: time, encoding: encoding,
                    format: content.format))
        }
        return documents
    }

    /// Decodes a file's bytes after ruling out binary content.
    static func decodeText(_ bytes: [UInt8]) throws(DocumentError) -> TextEncoding.Decoded {
        if let kind = FormatSniffer.binaryKind(bytes) { throw DocumentError("not text (binary: \(kind))") }
        return TextEncoding.decode(bytes)
    }

    /// Picks the publication date: explicit, sidecar, the document's metadata, a dateline, then `fallback`
    /// (the file name's date, else the modification day).
    static func publicationDate(
        _ content: ReadContent, explicit: CalendarDate?, sidecar: Sidecar?, fallback: (CalendarDate, DCTSource)
    ) throws(DocumentError) -> (CalendarDate, DCTSource, String?) {
        var written: PublicationStamp?
        if let text = content.dateText {
            written = PublicationStamp.parse(text)
            if written == nil, content.dateIsStrict {
                throw DocumentError(
                    "\(content.dateLabel) cannot read '\(text)' as a date (expected 2022-03-31, March 31, 2022, "
                        + "31 Mar 2022 or Thu, 31 Mar 2022 10:00:00 +0000)")
            }
        }
        if let explicit { return (explicit, .explicit, nil) }
        if let sidecarDate = sidecar?.date { return (sidecarDate, .sidecar, sidecar?.time) }
        if let written { return (written.date, content.dateSource, written.time) }
        if let stamp = Dateline.find(in: content.body, reference: fallback.0) {
            return (stamp.date, .dateline, stamp.time)
        }
        return (fallback.0, fallback.1, nil)
    }
}
