/// What a format reader found in a file, before the publication date is settled.
struct ReadContent: Sendable {
    var body: String
    var title: String?
    var source: String?
    var url: String?
    /// The publication date as the document's metadata writes it, if it does.
    var dateText: String?
    /// What `dateText` came from (`header`, `metadata`, `timeml`).
    var dateSource: DCTSource = .metadata
    /// Whether an unreadable `dateText` is an error (it is for an explicit `Date:` header or JSON field);
    /// otherwise it is skipped and the next source is tried.
    var dateIsStrict = true
    /// Where the date text was found, for error messages (`header Date:`, `article 3 "date"`).
    var dateLabel = "date"
    /// The document's name when the file holds several (`FILE#3`), else nil.
    var name: String?
    var format: DocumentFormat
}
