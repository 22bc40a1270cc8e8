/// Reads Markdown, optionally opening with YAML front matter (`date`, `title`, `source`, `url`).
///
/// The body is the Markdown after the front matter with its markup *masked*: every markup character
/// (heading `#`, emphasis `*` `_` `~`, code backticks, list bullets, quote marks, link brackets and
/// targets, HTML tags, reference definitions) is replaced by a space, one for one. So the body has the
/// same number of Unicode scalars as the stored Markdown after the front matter, and every offset into the
/// body is also an offset into the stored file (counted from the end of the front matter), while the
/// extractor never reads a date out of a URL such as `(https://example.org/2021/08/15/…)`. Line ends are
/// kept as stored.
enum MarkdownReader {
    static func read(_ text: String) -> ReadContent {
        let split = FrontMatter.split(text)
        let stored = split?.body ?? text[...]
        var content = ReadContent(body: mask(stored), format: .markdown)
        if let fields = split?.fields {
            content.title = fields["title"]
            content.source = fields["source"] ?? fields["publisher"]
            content.url = fields["url"] ?? fields["link"] ?? fields["canonical_url"]
            for key in ["date", "published", "publishdate", "published_at", "pubdate"] {
                if let value = fields[key] {
                    content.dateText = value
                    content.dateLabel = "front matter \(key):"
                    break
                }
            }
        }
        if content.title == nil {
            content.title = firstHeading(stored)
        }
        return content
    }

    /// The text of the first level-one heading (`# Title`) in the first 20 lines.
    private static func firstHeading(_ stored: Substring) -> String? {
        for line in stored.split(maxSplits: 20, whereSeparator: \.isNewline).prefix(20) where line.hasPrefix("# ") {
            let title = line.dropFirst(2).trimmingWhitespace().trimmingMarkup()
            return title.isEmpty ? nil : title
        }
        return nil
    }

    /// `text` with its Markdown markup replaced by spaces, scalar for scalar.
    static func mask(_ text: Substring) -> String {
        var scalars = Array(text.unicodeScalars)
        var lineStart = 0
        var inFence = false
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
            maskLine(&scalars, lineStart..<lineEnd, inFence: &inFence)
            lineStart = lineEnd + 1
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func blank(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        for index in range { scalars[index] = " " }
    }

    private static func maskLine(_ scalars: inout [Unicode.Scalar], _ line: Range<Int>, inFence: inout Bool) {
        var start = line.lowerBound
        while start < line.upperBound, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        let content = String(String.UnicodeScalarView(scalars[start..<line.upperBound]))
        if content.hasPrefix("```") || content.hasPrefix("~~~") {
            inFence.toggle()
            blank(&scalars, line)
            return
        }
        if inFence { return }
        // Setext underlines and rules: `===`, `---`, `***`.
        if content.count >= 3, let mark = content.first, "=-*_".unicodeScalars.contains(mark.unicodeScalars.first!),
            content.allSatisfy({ $0 == mark || $0 == " " })
        {
            blank(&scalars, line)
            return
        }
        // Reference definitions: `[id]: https://…`.
        if content.hasPrefix("["), content.contains("]:") {
            blank(&scalars, line)
            return
        }
        // Block markers: quotes, headings, bullets.
        while start < line.upperBound {
            let scalar = scalars[start]
            if scalar == ">" || scalar == "#" {
                scalars[start] = " "
                start += 1
            } else if scalar == " " {
                start += 1
            } else if "-*+".unicodeScalars.contains(scalar), start + 1 < line.upperBound, scalars[start + 1] == " " {
                scalars[start] = " "
                start += 2
            } else {
                break
            }
        }
        maskInline(&scalars, start..<line.upperBound)
    }

    /// Emphasis, code, escapes, links, images, autolinks and HTML tags inside a line.
    private static func maskInline(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        var index = range.lowerBound
        func isWordScalar(_ at: Int) -> Bool {
            at >= range.lowerBound && at < range.upperBound
                && (scalars[at].properties.isAlphabetic || scalars[at].properties.numericType != nil)
        }
        while index < range.upperBound {
            let scalar = scalars[index]
            switch scalar {
            case "\\"
            where index + 1 < range.upperBound && scalars[index + 1].isASCII
                && scalars[index + 1].properties.isPatternSyntax:
                scalars[index] = " "
                index += 2
                continue
            case "*", "`", "~":
                scalars[index] = " "
            case "_" where !(isWordScalar(index - 1) && isWordScalar(index + 1)):
                scalars[index] = " "
            case "!" where index + 1 < range.upperBound && scalars[index + 1] == "[":
                scalars[index] = " "
            case "[":
                scalars[index] = " "
            case "]":
                scalars[index] = " "
                if index + 1 < range.upperBound, scalars[index + 1] == "(" || scalars[index + 1] == "[" {
                    let close: Unicode.Scalar = scalars[index + 1] == "(" ? ")" : "]"
                    var end = index + 1
                    while end < range.upperBound, scalars[end] != close { end += 1 }
                    blank(&scalars, index..<min(end + 1, range.upperBound))
                    index = end
                }
            case "<":
                var end = index + 1
                while end < range.upperBound, scalars[end] != ">", scalars[end] != "<" { end += 1 }
                let isTag =
                    end < range.upperBound && scalars[end] == ">" && end > index + 1
                    && (scalars[index + 1].properties.isAlphabetic || scalars[index + 1] == "/"
                        || scalars[index + 1] == "!")
                if isTag {
                    blank(&scalars, index..<end + 1)
                    index = end
                }
            default:
                break
            }
            index += 1
        }
    }
}
