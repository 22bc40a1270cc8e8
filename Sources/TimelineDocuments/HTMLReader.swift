/// Reads an HTML page: the article's text, its title, publication date, source and address.
///
/// - Text: the first `<article>` if there is one with text, else `<body>` (else everything outside
///   `<head>`); `<script>`, `<style>`, `<nav>`, `<header>`, `<footer>`, `<aside>`, `<noscript>`,
///   `<template>`, `<svg>`, `<iframe>`, `<form>` and `<button>` are dropped. Whitespace runs collapse to
///   one space (except in `<pre>`), block elements end lines (paragraphs and headings with a blank line),
///   `<br>` is a line break, entities are decoded.
/// - Title: `og:title`, else `<title>`, else the first `<h1>`.
/// - Date, the first found of: `article:published_time`, JSON-LD `datePublished`, `<meta name="date">`
///   (and `pubdate`, `dc.date`, `itemprop="datePublished"`…), the first `<time datetime>`. Unreadable
///   candidates are skipped. Meta tags win over `<time>` because a `<time>` may date something in the story.
/// - Source: `og:site_name`; address: `og:url`, else `<link rel="canonical">`.
///
/// Never fails: unclosed tags, comments and CDATA run to the end of the text.
enum HTMLReader {
    static let dropped: Set<String> = [
        "nav", "header", "footer", "aside", "noscript", "template", "svg", "iframe", "form", "button", "select",
    ]
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp"]
    static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "article", "section", "figure", "table", "ul",
        "ol", "dl", "main", "hr",
    ]
    static let lines: Set<String> = [
        "div", "li", "tr", "dt", "dd", "figcaption", "caption", "address", "br", "td", "th", "body",
    ]
    static let metaDateNames = [
        "article:published_time", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
        "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "og:published_time",
    ]

    /// Whether `text` (a JSON field, an e-mail part) is HTML rather than plain text.
    static func looksLikeMarkup(_ text: String) -> Bool {
        let head = text.prefix(2000).lowercased()
        return ["<p>", "<p ", "</p>", "<br", "<div", "<html", "<body", "</a>", "<article"].contains {
            head.contains($0)
        }
    }

    static func read(_ text: String) -> ReadContent {
        var state = State()
        var scanner = MarkupScanner(TimeMLReader.normalizedLineEnds(text))
        while let token = scanner.next() {
            switch token {
            case .text(let range): state.text(HTMLEntities.decode(scanner.scalars[range]))
            case .cdata(let range): state.text(String(String.UnicodeScalarView(scanner.scalars[range])))
            case .startTag(let rawName, let attributeRange, let selfClosing):
                let name = rawName.lowercased()
                let attributes = lowercasedKeys(scanner.attributes(attributeRange))
                if rawText.contains(name), !selfClosing {
                    let range = scanner.skipRawText(closing: name)
                    state.rawElement(name, attributes: attributes, content: scanner.scalars[range])
                } else {
                    state.start(name, attributes: attributes, selfClosing: selfClosing)
                }
            case .endTag(let name): state.end(name.lowercased())
            case .ignorable: break
            }
        }
        return state.content()
    }

    private static func lowercasedKeys(_ attributes: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in attributes { result[key.lowercased()] = result[key.lowercased()] ?? value }
        return result
    }
}
