import Foundation

/// The few Python behaviours the scorer's output depends on, so figures and messages match
/// `te3score.py` character for character.
enum PythonText {
    /// `round(x, 6)`: the double nearest to `x` correctly rounded to six decimals.
    static func round6(_ value: Double) -> Double {
        Double(String(format: "%.6f", value)) ?? value
    }

    /// `"%.Nf" % value`.
    static func fixed(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    /// `text[start:end]` on a list of scalars: negative indices count from the end, then both are clamped.
    static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        func clamp(_ index: Int) -> Int {
            let resolved = index < 0 ? index + scalars.count : index
            return min(max(resolved, 0), scalars.count)
        }
        let lower = clamp(start)
        let upper = max(clamp(end), lower)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    /// `repr(text)`: single quotes unless the text holds `'` and no `"`; escapes for backslash, the
    /// chosen quote, and control characters.
    static func repr(_ text: String) -> String {
        let quote: Unicode.Scalar = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var result = String(Character(quote))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case quote: result += "\\" + String(Character(quote))
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0xA0).contains(scalar.value) || scalar.value == 0xAD:
                result += "\\x" + hex(scalar.value, digits: 2)
            case _
            where scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
                || (scalar.properties.generalCategory == .spaceSeparator && scalar != " ")
                || scalar.properties.generalCategory == .format
                || scalar.properties.generalCategory == .unassigned
                || scalar.properties.generalCategory == .privateUse:
                result +=
                    scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, digits: 8) : "\\u" + hex(scalar.value, digits: 4)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + String(Character(quote))
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
