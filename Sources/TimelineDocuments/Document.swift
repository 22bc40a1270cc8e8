import TimelineCore

/// Where a document's publication date came from.
public enum DCTSource: String, Sendable, Codable, CaseIterable {
    /// The `Date:` line of the header block.
    case header
    /// `<DCT>` of a TimeML file.
    case timeml
    /// A date in the file name (`2022-03-31-…`, `20220331_…`).
    case filename
    /// The file's modification time.
    case mtime
    /// Given explicitly by whoever submitted the document (`?date=`, `--dct`).
    case explicit
}

/// A document ready for extraction: its body exactly as written, its metadata and publication date.
public struct Document: Hashable, Sendable {
    /// The file name it arrived under (no folders).
    public var name: String
    /// The text extraction runs on; offsets count Unicode scalars from its first one.
    public var body: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var publicationDate: CalendarDate
    public var dctSource: DCTSource

    public init(
        name: String, body: String, title: String? = nil, source: String? = nil, url: String? = nil,
        publicationDate: CalendarDate, dctSource: DCTSource
    ) {
        self.name = name
        self.body = body
        self.title = title
        self.source = source
        self.url = url
        self.publicationDate = publicationDate
        self.dctSource = dctSource
    }
}
