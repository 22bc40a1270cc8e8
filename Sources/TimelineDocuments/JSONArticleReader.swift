import TimelineCore

/// Reads JSON articles: one object, an array of objects, or NDJSON (one object per line).
///
/// Fields (the first present wins): title `title`/`headline`/`name`; date `date`/`published`/`publishedAt`/
/// `datePublished`/`pubDate` (a string, or a number of seconds or milliseconds since 1970 read as UTC);
/// text `text`/`body`/`content`/`articleBody`/`description`; `url`/`link`; `source` (a string, or an
/// object with a `name`). Text that is HTML (it has tags such as `<p>`) is read through `HTMLReader`.
enum JSONArticleReader {
    static let titleKeys = ["title", "headline", "name"]
    static let dateKeys = ["date", "published", "publishedAt", "published_at", "datePublished", "pubDate"]
    static let textKeys = ["text", "body", "content", "articleBody", "description"]

    /// Reads a JSON file: one article, or an array of them (named `NAME#1`, `NAME#2`, …).
    static func readJSON(_ text: String, name: String, maximumDocuments: Int) throws(DocumentError) -> [ReadContent] {
        let value = try JSONParser.parse(text[...])
        switch value {
        case .object:
            return [try article(value, label: "the article", name: nil, format: .json)]
        case .array(let elements):
            guard elements.count <= maximumDocuments else { throw tooMany(elements.count, maximumDocuments) }
            var result: [ReadContent] = []
            for (index, element) in elements.enumerated() {
                result.append(
                    try article(element, label: "article \(index + 1)", name: "\(name)#\(index + 1)", format: .json))
            }
            return result
        default:
            throw DocumentError("JSON: expected an article object or an array of articles")
        }
    }

    /// Reads NDJSON: one article object per non-blank line, named `NAME#1`, `NAME#2`, … by article.
    static func readNDJSON(_ text: String, name: String, maximumDocuments: Int) throws(DocumentError) -> [ReadContent] {
        var result: [ReadContent] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard result.count < maximumDocuments else { throw tooMany(nil, maximumDocuments) }
            let value: JSONValue
            do {
                value = try JSONParser.parse(line)
            } catch {
                throw DocumentError("NDJSON line \(lineNumber): \(error.message)")
            }
            result.append(
                try article(
                    value, label: "line \(lineNumber)", name: "\(name)#\(result.count + 1)", format: .ndjson))
        }
        return result
    }

    private static func tooMany(_ count: Int?, _ limit: Int) -> DocumentError {
        let holds = count.map { "holds \($0) articles" } ?? "holds more than \(limit) articles"
        return DocumentError(
            "JSON: the file \(holds); at most \(limit) are read from one file (max_documents_per_file)")
    }

    private static func article(
        _ value: JSONValue, label: String, name: String?, format: DocumentFormat
    ) throws(DocumentError) -> ReadContent {
        guard case .object = value else { throw DocumentError("JSON: \(label) is not an object") }
        guard let (textKey, rawText) = first(textKeys, in: value) else {
            throw DocumentError("JSON: \(label) has no text (expected one of \(textKeys.joined(separator: ", ")))")
        }
        guard case .string(let text) = rawText else {
            throw DocumentError("JSON: \(label) \"\(textKey)\" is not a string")
        }
        var content = ReadContent(body: text, name: name, format: format)
        if HTMLReader.looksLikeMarkup(text) {
            let html = HTMLReader.read(text)
            content.body = html.body
        }
        content.title = first(titleKeys, in: value)?.1.string?.trimmingWhitespace()
        content.url = (value["url"] ?? value["link"])?.string
        if let source = value["source"] {
            content.source = source.string ?? source["name"]?.string
        }
        if let (key, date) = first(dateKeys, in: value) {
            content.dateLabel = "JSON \(label) \"\(key)\""
            switch date {
            case .string(let text): content.dateText = text
            case .number(let seconds): content.dateText = epochText(seconds)
            default: throw DocumentError("\(content.dateLabel) is neither a string nor a number")
            }
        }
        if content.title?.isEmpty == true { content.title = nil }
        return content
    }

    /// The first of `keys` present with a non-null value.
    private static func first(_ keys: [String], in value: JSONValue) -> (String, JSONValue)? {
        for key in keys {
            if let found = value[key] {
                if case .null = found { continue }
                return (key, found)
            }
        }
        return nil
    }

    /// Seconds (or, above 10^11, milliseconds) since 1970 as `YYYY-MM-DDTHH:MM:SSZ`.
    static func epochText(_ number: Double) -> String? {
        guard number.isFinite, abs(number) < 1e15 else { return nil }
        let seconds = Int((number > 1e11 ? number / 1000 : number).rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - days * 86400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = CalendarDate(dayNumber: days)
        return "\(date)T\(pad(rest / 3600)):\(pad(rest / 60 % 60)):\(pad(rest % 60))Z"
    }
}
