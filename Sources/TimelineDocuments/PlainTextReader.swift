import TimelineCore

/// Reads plain text (an optional `Key: value` header block, then the body exactly as stored) and TimeML.
enum PlainTextReader {
    static func read(_ text: String) -> ReadContent {
        guard let (header, body) = HeaderBlock.split(text) else { return ReadContent(body: text, format: .text) }
        var content = ReadContent(body: String(body), format: .text)
        content.title = header.title
        content.source = header.source
        content.url = header.url
        content.dateText = header.date
        content.dateSource = .header
        content.dateLabel = "header Date:"
        return content
    }

    /// TimeML: `<TEXT>` is the body, `<DCT>`'s TIMEX3 value the date (it must be `YYYY-MM-DD…`).
    static func readTimeML(_ text: String) throws(DocumentError) -> ReadContent {
        let timeML = try TimeMLReader.read(text)
        var content = ReadContent(body: timeML.body, format: .timeml)
        content.title = timeML.title
        content.dateSource = .timeml
        content.dateLabel = "TimeML DCT:"
        if let value = timeML.dctValue?.trimmingWhitespace() {
            guard CalendarDate(iso: value) != nil else {
                throw DocumentError("TimeML: the DCT value '\(value)' is not a date (expected YYYY-MM-DD…)")
            }
            content.dateText = value
        }
        return content
    }
}
