/// The shape of a TIMEX3 `value` (TimeML 1.2.1): a calendar point, a duration, or a reference word.
///
/// Points: `YYYY` (digits or X), `YYY` (decade), `YY` (century), optionally `-MM`, `-MM-DD`, `-Www`,
/// `-Www-D`, `-WXX-D`, `-WE` after a week, `-Qn`, `-Hn`, `-SP|SU|FA|WI`, then after a day (or week day)
/// `Thh`, `Thh:mm`, `Thh:mm:ss` (a zone may follow) or a part of day `TMO|TMI|TAF|TEV|TNI|TDT`; `FY` may
/// open a point (fiscal year). Durations: `P` then number–unit
/// pairs (`Y M W D Q H`, and `DE CE ML` or `E C L` for decades, centuries, millennia; after `T`: `H M S`); a number is
/// digits with an optional fraction, or `X`. A time of day without a date (`THH:MM`) is allowed, as in
/// TimeML's `XXXX-XX-XXT10:00` written short.
public enum TimexValue {
    public static func isWellFormed(_ value: String) -> Bool {
        if ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(value) { return true }
        let chars = Array(value)
        if chars.first == "P" { return isDuration(chars) }
        if value.hasPrefix("FY") { return isPoint(Array(value.dropFirst(2))) }
        if chars.first == "T" { return isTime(value.dropFirst()) }
        return isPoint(chars)
    }

    static func isDuration(_ chars: [Character]) -> Bool {
        var index = 1
        var inTime = false
        var pairs = 0
        while index < chars.count {
            if chars[index] == "T", !inTime {
                inTime = true
                index += 1
                continue
            }
            let numberStart = index
            if chars[index] == "X" {
                while index < chars.count, chars[index] == "X" { index += 1 }
            } else {
                while index < chars.count, chars[index].isASCII, chars[index].isNumber || chars[index] == "." {
                    index += 1
                }
            }
            guard index > numberStart, index < chars.count else { return false }
            let units: [String] =
                inTime ? ["H", "M", "S"] : ["DE", "CE", "ML", "Y", "M", "W", "D", "Q", "H", "E", "C", "L"]
            guard
                let unit = units.first(where: { unit in
                    index + unit.count <= chars.count && String(chars[index..<index + unit.count]) == unit
                })
            else { return false }
            index += unit.count
            pairs += 1
        }
        return pairs > 0
    }

    static func isPoint(_ chars: [Character]) -> Bool {
        let parts = String(chars).split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = date.first, (2...4).contains(year.count), year.allSatisfy(isDigitOrX) else { return false }
        var dayLike = false
        switch date.count {
        case 1: break
        case 2:
            let part = date[1]
            if ["SP", "SU", "FA", "WI"].contains(part) { break }
            if part.count == 2, part.allSatisfy(isDigitOrX), number(part, in: 1...12) { break }
            if part.count == 2, part.first == "Q" || part.first == "H", part.last.map(isDigitOrX) == true { break }
            if part.count == 3, part.first == "W", number(part.dropFirst(), in: 1...53) { break }
            return false
        case 3:
            let (first, second) = (date[1], date[2])
            if first.count == 2, first.allSatisfy(isDigitOrX), number(first, in: 1...12), second.count == 2,
                second.allSatisfy(isDigitOrX), number(second, in: 1...31)
            {
                dayLike = true
                break
            }
            guard first.count == 3, first.first == "W", number(first.dropFirst(), in: 1...53) else { return false }
            if second == "WE" { break }
            guard second.count == 1, second.allSatisfy(isDigitOrX), number(second, in: 1...7) else { return false }
            dayLike = true
        default: return false
        }
        guard parts.count == 2 else { return true }
        return dayLike && isTime(parts[1])
    }

    static func isTime(_ text: some StringProtocol) -> Bool {
        if ["MO", "MI", "AF", "EV", "NI", "DT"].contains(String(text)) { return true }
        let clock = text.prefix { $0 != "Z" && $0 != "+" && $0 != "-" }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count) else { return false }
        let limits = [0...24, 0...59, 0...60]
        for (field, limit) in zip(fields, limits) {
            guard field.count == 2, field.allSatisfy(isDigitOrX), number(field, in: limit) else { return false }
        }
        return true
    }

    static func isDigitOrX(_ character: Character) -> Bool {
        character == "X" || (character.isASCII && character.isNumber)
    }

    /// True when `text` is all X or a number within `range`.
    static func number(_ text: some StringProtocol, in range: ClosedRange<Int>) -> Bool {
        if text.allSatisfy({ $0 == "X" }) { return true }
        guard let value = Int(text) else { return false }
        return range.contains(value)
    }
}
