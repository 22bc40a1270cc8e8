/// Decodes HTML character references: the common named ones, `&#233;` and `&#xE9;`.
///
/// Forgiving, as browsers are: an unknown name or a lone `&` is kept as written; `&amp`, `&lt`, `&gt`,
/// `&quot` and `&nbsp` are accepted without their `;`; numeric references 128…159 are read as
/// Windows-1252 (`&#150;` is an en dash), and invalid code points become U+FFFD.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘",
        "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™",
        "deg": "°", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "prime": "′", "Prime": "″", "dagger": "†",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "auml": "ä", "Auml": "Ä",
        "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É",
        "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë", "iacute": "í", "igrave": "ì", "icirc": "î",
        "iuml": "ï", "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô",
        "ouml": "ö", "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "ugrave": "ù",
        "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "yuml": "ÿ", "szlig": "ß", "scaron": "š",
        "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ", "OElig": "Œ", "iexcl": "¡", "iquest": "¿",
    ]
    private static let withoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp"]

    static func decode(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.contains("&") else { return String(String.UnicodeScalarView(scalars)) }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "&", let (decoded, next) = reference(in: scalars, at: index) {
                result.append(contentsOf: decoded.unicodeScalars)
                index = next
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    static func decode(_ text: String) -> String { decode(Array(text.unicodeScalars)[...]) }

    private static func reference(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> (String, Int)? {
        var end = start + 1
        let limit = min(scalars.endIndex, start + 33)
        while end < limit,
            scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end])
                || (end == start + 1 && scalars[end] == "#")
        {
            end += 1
        }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let hasSemicolon = end < scalars.endIndex && scalars[end] == ";"
        let next = hasSemicolon ? end + 1 : end
        if name.hasPrefix("#") {
            guard hasSemicolon || name.count > 1 else { return nil }
            return (String(numeric(name.dropFirst())), next)
        }
        guard let value = named[name], hasSemicolon || withoutSemicolon.contains(name) else { return nil }
        return (value, next)
    }

    /// `233`, `xE9`: the scalar, with 128…159 read as Windows-1252 and invalid values as U+FFFD.
    private static func numeric(_ digits: Substring) -> Unicode.Scalar {
        let code: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            code = UInt32(digits.dropFirst(), radix: 16)
        } else {
            code = UInt32(digits, radix: 10)
        }
        guard let code, code != 0 else { return "\u{FFFD}" }
        if (0x80...0x9F).contains(code) {
            return TextEncoding.windows1252([UInt8(code)]).unicodeScalars.first ?? "\u{FFFD}"
        }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }
}
