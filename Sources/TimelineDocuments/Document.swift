import TimelineCore

/// Where a document's publication date came from.
public enum DCTSource: String, Sendable, Codable, CaseIterable {
    /// The `Date:` line of a plain-text header block, or an e-mail's `Date:` field.
    case header
    /// `<DCT>` of a TimeML file.
    case timeml
    /// A date in the file name (`2022-03-31-…`, `20220331_…`).
    case filename
    /// The file's modification time.
    case mtime
    /// Given explicitly by whoever submitted the document (`?date=`, `--dct`).
    case explicit
    /// The format's own metadata: Markdown front matter, a JSON article's date field, HTML meta tags or
    /// JSON-LD.
    case metadata
    /// A dateline or byline stamp in the first lines of the body (`MOSCOW, March 31 (Reuters) -`,
    /// `Updated: 2022-03-31T10:00Z`).
    case dateline
    /// A sidecar file `NAME.meta` next to the document (see `Sidecar`).
    case sidecar
}

/// A document ready for extraction: its body, its metadata and publication date.
public struct Document: Hashable, Sendable {
    /// The file name it arrived under (no folders); `NAME#N` for the N-th article (from 1) of a JSON
    /// array or NDJSON file.
    public var name: String
    /// The text extraction runs on; offsets count Unicode scalars from its first one. Plain text and
    /// Markdown keep their line ends as stored; text derived from markup (HTML, e-mail, TimeML) uses LF.
    public var body: String
    public var title: String?
    public var source: String?
    public var url: String?
    /// The publication day as written (a time zone never shifts it).
    public var publicationDate: CalendarDate
    public var dctSource: DCTSource
    /// The publication time when the source gave one, ISO 8601 with the zone as written
    /// (`2022-03-31T10:00:00Z`, `2022-03-31T10:00:00+02:00`, or no zone when none was written); nil for a
    /// date-only value.
    public var publicationTime: String?
    /// The encoding the text was read in: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `us-ascii`.
    public var encoding: String
    /// The format it was read as.
    public var format: DocumentFormat

    public init(
        name: String, body: String, title: String? = nil, source: String? = nil, url: String? = nil,
        publicationDate: CalendarDate, dctSource: DCTSource, publicationTime: String? = nil,
        encoding: String = "utf-8", format: DocumentFormat = .text
    ) {
        self.name = name
        self.body = body
        self.title = title
        self.source = source
        self.url = url
        self.publicationDate = publicationDate
        self.dctSource = dctSource
        self.publicationTime = publicationTime
        self.encoding = encoding
        self.format = format
    }
}
