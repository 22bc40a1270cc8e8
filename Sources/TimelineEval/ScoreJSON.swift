import TimelineWire

/// A JSON value written the way Python's `json.dumps(…, ensure_ascii=False)` writes it, so a report
/// can be compared with `te3score.py --json` byte for byte: keys in the order given, floats in their
/// shortest round-trip form (`0.0`, `0.907`), `indent=2` or the compact `", "` / `": "` separators.
public indirect enum ScoreJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([ScoreJSON])
    case object([(String, ScoreJSON)])

    /// `json.dumps(value, indent=2)`.
    public var pretty: String {
        var text = ""
        write(to: &text, indent: "")
        return text
    }

    /// `json.dumps(value)`: one line, `", "` between items and `": "` after keys.
    public var compact: String {
        var text = ""
        write(to: &text, indent: nil)
        return text
    }

    /// The value under `key` of an object.
    public subscript(key: String) -> ScoreJSON? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    public static func == (left: ScoreJSON, right: ScoreJSON) -> Bool {
        left.compact == right.compact
    }

    private func write(to text: inout String, indent: String?) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .int(let value): text += String(value)
        case .double(let value):
            text += value.isFinite ? "\(value)" : (value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity")
        case .string(let value): JSONText.quote(value, into: &text)
        case .array(let items):
            writeItems(items.map { (nil, $0) }, open: "[", close: "]", to: &text, indent: indent)
        case .object(let pairs):
            writeItems(pairs.map { ($0.0, $0.1) }, open: "{", close: "}", to: &text, indent: indent)
        }
    }

    private func writeItems(
        _ items: [(String?, ScoreJSON)], open: String, close: String, to text: inout String, indent: String?
    ) {
        guard !items.isEmpty else {
            text += open + close
            return
        }
        text += open
        let inner = indent.map { $0 + "  " }
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { text += indent == nil ? ", " : "," }
            if let inner { text += "\n" + inner }
            if let key {
                JSONText.quote(key, into: &text)
                text += ": "
            }
            value.write(to: &text, indent: inner)
        }
        if let indent { text += "\n" + indent }
        text += close
    }

}
