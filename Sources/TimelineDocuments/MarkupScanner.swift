/// A forgiving scanner over XML-like markup: text, tags, CDATA sections and the rest.
///
/// It never fails: a `<` that does not open a tag is text, and an unclosed construct runs to the end.
/// Offsets index `scalars`; the caller normalises line ends first.
struct MarkupScanner {
    enum Token: Equatable {
        /// Character data, entities still encoded.
        case text(Range<Int>)
        /// The content of `<![CDATA[…]]>`, taken literally.
        case cdata(Range<Int>)
        /// `<name …>` or `<name …/>`; `name` drops any namespace prefix; `attributes` is the raw text after it.
        case startTag(name: String, attributes: Range<Int>, selfClosing: Bool)
        /// `</name>`.
        case endTag(name: String)
        /// A comment, processing instruction or declaration.
        case ignorable
    }

    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func next() -> Token? {
        guard position < scalars.count else { return nil }
        guard scalars[position] == "<" else { return text() }
        if starts(with: "<!--") { return skip(past: "-->", from: position + 4) }
        if starts(with: "<![CDATA[") {
            let start = position + 9
            let end = find("]]>", from: start) ?? scalars.count
            position = min(end + 3, scalars.count)
            return .cdata(start..<end)
        }
        if starts(with: "<?") { return skip(past: "?>", from: position + 2) }
        if starts(with: "<!") { return skip(past: ">", from: position + 2) }
        if starts(with: "</") {
            let nameEnd = nameEnd(from: position + 2)
            guard nameEnd > position + 2 else { return text() }
            let name = localName(position + 2..<nameEnd)
            position = min((find(">", from: nameEnd) ?? scalars.count) + 1, scalars.count)
            return .endTag(name: name)
        }
        let nameEnd = nameEnd(from: position + 1)
        guard nameEnd > position + 1 else { return text() }
        let name = localName(position + 1..<nameEnd)
        let close = tagEnd(from: nameEnd)
        let selfClosing = close > nameEnd && close < scalars.count && scalars[close - 1] == "/"
        let attributes = nameEnd..<(selfClosing ? close - 1 : close)
        position = min(close + 1, scalars.count)
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Text up to the next `<` (a leading `<` that opens nothing is text too).
    private mutating func text() -> Token {
        let start = position
        position += 1
        while position < scalars.count, scalars[position] != "<" { position += 1 }
        return .text(start..<position)
    }

    private mutating func skip(past terminator: String, from start: Int) -> Token {
        let end = find(terminator, from: start) ?? scalars.count
        position = min(end + terminator.unicodeScalars.count, scalars.count)
        return .ignorable
    }

    private func starts(with prefix: String) -> Bool {
        var index = position
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == pattern[0] && scalars[index..<index + pattern.count].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The end of a tag name: letters, digits, `_`, `-`, `.`, `:`; it must start with a letter or `_`.
    private func nameEnd(from start: Int) -> Int {
        guard start < scalars.count, scalars[start].properties.isAlphabetic || scalars[start] == "_" else {
            return start
        }
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            guard
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || "_-.:".unicodeScalars
                        .contains(scalar)
            else { break }
            index += 1
        }
        return index
    }

    /// The index of the `>` closing a start tag, skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var index = start
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index
            }
            index += 1
        }
        return scalars.count
    }

    private func localName(_ range: Range<Int>) -> String {
        let name = String(String.UnicodeScalarView(scalars[range]))
        return name.split(separator: ":").last.map(String.init) ?? name
    }

    /// The attributes of a start tag, values with their entities decoded.
    func attributes(_ range: Range<Int>) -> [String: String] {
        var result: [String: String] = [:]
        var index = range.lowerBound
        while index < range.upperBound {
            let nameStart = index
            let end = nameEnd(from: index)
            guard end > nameStart else {
                index += 1
                continue
            }
            let name = localName(nameStart..<end)
            index = end
            while index < range.upperBound, scalars[index].properties.isWhitespace { index += 1 }
            guard index < range.upperBound, scalars[index] == "=" else { continue }
            index += 1
            while index < range.upperBound, scalars[index].properties.isWhitespace { index += 1 }
            guard index < range.upperBound, scalars[index] == "\"" || scalars[index] == "'" else { continue }
            let quote = scalars[index]
            let valueStart = index + 1
            index = valueStart
            while index < range.upperBound, scalars[index] != quote { index += 1 }
            if result[name] == nil {
                result[name] = XMLEntities.decode(scalars[valueStart..<min(index, range.upperBound)])
            }
            index += 1
        }
        return result
    }
}
