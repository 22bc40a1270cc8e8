/// Decodes XML entity and character references: `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#233;` `&#xE9;`.
///
/// Forgiving: an unknown entity, a bad character reference or a lone `&` is kept as written.
enum XMLEntities {
    static let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    static func decode(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "&", let (decoded, next) = reference(in: scalars, at: index) {
                result.append(decoded)
                index = next
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// The scalar a reference starting at `start` (an `&`) stands for, and the index after its `;`.
    private static func reference(
        in scalars: ArraySlice<Unicode.Scalar>, at start: Int
    ) -> (Unicode.Scalar, Int)? {
        let limit = min(scalars.endIndex, start + 12)
        guard let semicolon = scalars[(start + 1)..<limit].firstIndex(of: ";"), semicolon > start + 1 else {
            return nil
        }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
        if let scalar = named[name] { return (scalar, semicolon + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            code = UInt32(digits.dropFirst(), radix: 16)
        } else {
            code = UInt32(digits, radix: 10)
        }
        guard let code, let scalar = Unicode.Scalar(code) else { return nil }
        return (scalar, semicolon + 1)
    }
}
