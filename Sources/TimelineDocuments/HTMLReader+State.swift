extension HTMLReader {
    /// What the reader has gathered so far while walking the tokens.
    struct State {
        var page = TextBuilder()
        var article = TextBuilder()
        var articleDepth = 0
        var articleDone = false
        var droppedDepth = 0
        var headDepth = 0
        var sawBody = false
        var preDepth = 0
        var ogTitle: String?
        var titleTag: String?
        var firstHeading: String?
        var headingParts: String?
        var metaDates: [String: String] = [:]
        var jsonLDDate: String?
        var timeDate: String?
        var siteName: String?
        var ogURL: String?
        var canonical: String?

        mutating func text(_ text: String) {
            headingParts?.append(text)
            guard droppedDepth == 0, headDepth == 0 else { return }
            page.append(text, preformatted: preDepth > 0)
            if articleDepth > 0 { article.append(text, preformatted: preDepth > 0) }
        }

        mutating func start(_ name: String, attributes: [String: String], selfClosing: Bool) {
            switch name {
            case "meta": meta(attributes)
            case "link":
                if attributes["rel"]?.lowercased() == "canonical", canonical == nil { canonical = attributes["href"] }
            case "time":
                let value = attributes["datetime"]
                if attributes["itemprop"] == "datePublished" || attributes["pubdate"] != nil {
                    metaDates["datepublished"] = metaDates["datepublished"] ?? value
                }
                if timeDate == nil { timeDate = value }
            case "head": if !selfClosing { headDepth += 1 }
            case "body": sawBody = true
            case "pre": if !selfClosing { preDepth += 1 }
            case "article":
                if !articleDone, !selfClosing { articleDepth += 1 }
            case "h1": if firstHeading == nil, !selfClosing { headingParts = "" }
            default: break
            }
            if attributes["itemprop"] == "datePublished", let value = attributes["content"] ?? attributes["datetime"] {
                metaDates["datepublished"] = metaDates["datepublished"] ?? value
            }
            if HTMLReader.dropped.contains(name), !selfClosing { droppedDepth += 1 }
            breakFor(name)
        }

        mutating func end(_ name: String) {
            switch name {
            case "head": headDepth = max(0, headDepth - 1)
            case "pre": preDepth = max(0, preDepth - 1)
            case "article" where articleDepth > 0:
                articleDepth -= 1
                if articleDepth == 0, !article.isEmpty { articleDone = true }
            case "h1":
                if let parts = headingParts {
                    firstHeading = collapsed(parts)
                    headingParts = nil
                }
            default: break
            }
            if HTMLReader.dropped.contains(name) { droppedDepth = max(0, droppedDepth - 1) }
            breakFor(name)
        }

        mutating func rawElement(_ name: String, attributes: [String: String], content: ArraySlice<Unicode.Scalar>) {
            switch name {
            case "title":
                if titleTag == nil { titleTag = collapsed(HTMLEntities.decode(content)) }
            case "script" where attributes["type"]?.lowercased() == "application/ld+json":
                if jsonLDDate == nil, let value = try? JSONParser.parse(String(String.UnicodeScalarView(content))[...])
                {
                    jsonLDDate = Self.find("datePublished", in: value, depth: 0)
                }
            case "textarea": text(HTMLEntities.decode(content))
            default: break
            }
        }

        private mutating func meta(_ attributes: [String: String]) {
            guard let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                let value = attributes["content"]?.trimmingWhitespace(), !value.isEmpty
            else { return }
            switch key {
            case "og:title": ogTitle = ogTitle ?? value
            case "og:site_name": siteName = siteName ?? value
            case "og:url": ogURL = ogURL ?? value
            default: if HTMLReader.metaDateNames.contains(key) { metaDates[key] = metaDates[key] ?? value }
            }
        }

        private mutating func breakFor(_ name: String) {
            if HTMLReader.paragraphs.contains(name) {
                page.breakLine(2)
                article.breakLine(2)
            } else if HTMLReader.lines.contains(name) {
                page.breakLine(1)
                article.breakLine(1)
            }
        }

        /// `datePublished` anywhere in a JSON-LD value (objects, arrays, `@graph`), at most 8 levels down.
        static func find(_ key: String, in value: JSONValue, depth: Int) -> String? {
            guard depth < 8 else { return nil }
            switch value {
            case .object(let members):
                if let found = members.first(where: { $0.0 == key })?.1.string { return found }
                for (_, member) in members { if let found = find(key, in: member, depth: depth + 1) { return found } }
            case .array(let elements):
                for element in elements { if let found = find(key, in: element, depth: depth + 1) { return found } }
            default: break
            }
            return nil
        }

        func content() -> ReadContent {
            let body = articleDone || !article.isEmpty ? article.text : page.text
            var content = ReadContent(body: body, format: .html)
            content.title = ogTitle ?? titleTag ?? firstHeading
            content.source = siteName
            content.url = ogURL ?? canonical
            // The first readable candidate wins; `DocumentReader` skips unreadable ones (not strict).
            let candidates =
                [metaDates["article:published_time"], jsonLDDate]
                + HTMLReader.metaDateNames.dropFirst().map { metaDates[$0] } + [timeDate]
            content.dateText = candidates.compactMap { $0 }.first { PublicationStamp.parse($0) != nil }
            content.dateIsStrict = false
            content.dateLabel = "HTML publication date"
            return content
        }

        private func collapsed(_ text: String) -> String? {
            let words = text.split(whereSeparator: { $0.isWhitespace })
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
    }
}
