extension TimeMLAnnotations {
    /// Reads the gold annotations of a TimeML file.
    ///
    /// The body comes from the same reader `DocumentReader` uses, so it is identical to the
    /// `Document.body` of the same bytes. Markup is read forgivingly: an end tag closes the innermost
    /// open element of its name, and an element never closed is dropped.
    /// - Throws: `DocumentError` for binary content, invalid UTF-8, or no `<TEXT>…</TEXT>`.
    public static func read(bytes: [UInt8]) throws(DocumentError) -> TimeMLAnnotations {
        let text = try DocumentReader.decodeText(bytes).text
        var collector = Collector()
        let content = try TimeMLReader.read(text, observer: { collector.take($0) })
        let scalars = Array(content.body.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            let lower = min(max(start, 0), scalars.count)
            let upper = min(max(end, lower), scalars.count)
            return String(String.UnicodeScalarView(scalars[lower..<upper]))
        }
        let dct = collector.dctTimex ?? collector.creationTime
        return TimeMLAnnotations(
            body: content.body, dctValue: content.dctValue, dctType: dct?["type"],
            timexes: collector.timexes.map {
                TimeMLTimex(start: $0.start, end: $0.end, text: slice($0.start, $0.end), attributes: $0.attributes)
            },
            events: collector.events.map {
                TimeMLEvent(start: $0.start, end: $0.end, text: slice($0.start, $0.end), attributes: $0.attributes)
            },
            instances: collector.instances.map(TimeMLInstance.init(attributes:)),
            links: collector.links.map(TimeMLLink.init(attributes:)))
    }
}

/// Gathers the spans and elements of a TimeML file from the reader's tags.
private struct Collector {
    struct Span {
        var start: Int
        var end: Int
        var attributes: [String: String]
    }

    /// Elements inside `<TEXT>` still open: name, start offset, attributes.
    var open: [(name: String, start: Int, attributes: [String: String])] = []
    var timexes: [Span] = []
    var events: [Span] = []
    var instances: [[String: String]] = []
    var links: [[String: String]] = []
    var insideDCT = false
    var dctTimex: [String: String]?
    var creationTime: [String: String]?

    mutating func take(_ tag: TimeMLReader.Tag) {
        if tag.name == "TIMEX3", tag.kind != .end {
            if insideDCT, !tag.insideText, dctTimex == nil { dctTimex = tag.attributes }
            if creationTime == nil, tag.attributes["functionInDocument"] == "CREATION_TIME" {
                creationTime = tag.attributes
            }
        }
        switch (tag.name, tag.kind) {
        case ("DCT", .start) where !tag.insideText: insideDCT = true
        case ("DCT", _): insideDCT = false
        case ("MAKEINSTANCE", .start), ("MAKEINSTANCE", .empty): instances.append(tag.attributes)
        case ("TLINK", .start), ("TLINK", .empty): links.append(tag.attributes)
        default: break
        }
        guard tag.insideText else { return }
        switch tag.kind {
        case .start:
            open.append((tag.name, tag.offset, tag.attributes))
        case .empty:
            record(name: tag.name, Span(start: tag.offset, end: tag.offset, attributes: tag.attributes))
        case .end:
            guard let index = open.lastIndex(where: { $0.name == tag.name }) else { return }
            let element = open.remove(at: index)
            record(name: element.name, Span(start: element.start, end: tag.offset, attributes: element.attributes))
        }
    }

    private mutating func record(name: String, _ span: Span) {
        if name == "TIMEX3" { timexes.append(span) } else if name == "EVENT" { events.append(span) }
    }
}
