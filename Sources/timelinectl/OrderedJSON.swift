import TimelineWire

/// A JSON value whose objects keep their keys in the order given.
///
/// `JSONEncoder` on Linux writes keys in hash order, different on every run; the `extract` format is meant
/// to be read and diffed, so it is written with this instead.
indirect enum OrderedJSON: Sendable {
    case string(String)
    case int(Int)
    case array([OrderedJSON])
    /// Pairs with a `nil` value are left out.
    case object([(String, OrderedJSON?)])

    /// One line, no spaces.
    var compact: String {
        var text = ""
        write(to: &text, indent: nil)
        return text
    }

    /// Indented by two spaces per level.
    var pretty: String {
        var text = ""
        write(to: &text, indent: "")
        return text
    }

    private func write(to text: inout String, indent: String?) {
        switch self {
        case .string(let value): JSONText.quote(value, into: &text)
        case .int(let value): text += String(value)
        case .array(let items):
            guard !items.isEmpty else {
                text += "[]"
                return
            }
            text += "["
            for (index, item) in items.enumerated() {
                text += index == 0 ? "" : ","
                if let indent { text += "\n" + indent + "  " }
                item.write(to: &text, indent: indent.map { $0 + "  " })
            }
            text += indent.map { "\n" + $0 + "]" } ?? "]"
        case .object(let pairs):
            let present = pairs.compactMap { key, value in value.map { (key, $0) } }
            guard !present.isEmpty else {
                text += "{}"
                return
            }
            text += "{"
            for (index, (key, value)) in present.enumerated() {
                text += index == 0 ? "" : ","
                if let indent { text += "\n" + indent + "  " }
                JSONText.quote(key, into: &text)
                text += indent == nil ? ":" : ": "
                value.write(to: &text, indent: indent.map { $0 + "  " })
            }
            text += indent.map { "\n" + $0 + "}" } ?? "}"
        }
    }

}
