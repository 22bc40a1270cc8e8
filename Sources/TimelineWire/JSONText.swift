/// Writing JSON string literals by hand, for the outputs whose layout is fixed (key order, spacing) and so
/// cannot come from `JSONEncoder`.
public enum JSONText {
    /// Appends `value` as a JSON string literal: RFC 8259 escapes, non-ASCII kept as is (as Python's
    /// `json.dumps(…, ensure_ascii=False)` writes it).
    public static func quote(_ value: String, into text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
