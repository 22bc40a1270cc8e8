import TimelineCore

/// A publication date as written, with its time of day and zone when given.
///
/// The date is the calendar day as written: a zone never shifts it, and a date-only value is a date,
/// not midnight UTC. `time` is ISO 8601, `2022-03-31T10:00:00Z` or `2022-03-31T10:00:00+02:00`, with the
/// zone as written (`+0200` becomes `+02:00`, `GMT` and `UT` become `Z`) and no zone when none was written.
struct PublicationStamp: Hashable, Sendable {
    var date: CalendarDate
    var time: String?

    /// Reads `2022-03-31`, `2022-03-31T10:00Z`, `March 31, 2022`, `31 Mar 2022`, RFC 2822
    /// `Thu, 31 Mar 2022 10:00:00 +0000`, and the same with a time after a written date.
    static func parse(_ text: String) -> PublicationStamp? {
        let text = text.trimmingWhitespace()
        if let date = HeaderDate.iso(text) {
            return PublicationStamp(date: date, time: isoTime(Array(text.unicodeScalars.dropFirst(10)), date: date))
        }
        guard let date = HeaderDate.written(text) else { return nil }
        return PublicationStamp(date: date, time: writtenTime(text, date: date))
    }

    /// `T10:00`, `T10:00:00.123Z`, ` 10:00:00+02:00` after an ISO date.
    private static func isoTime(_ rest: [Unicode.Scalar], date: CalendarDate) -> String? {
        guard rest.count >= 6, rest[0] == "T" || rest[0] == " " else { return nil }
        var index = 1
        guard let clock = clock(rest, &index) else { return nil }
        if index < rest.count, rest[index] == "." || rest[index] == "," {
            index += 1
            while index < rest.count, rest[index].properties.numericType == .decimal { index += 1 }
        }
        while index < rest.count, rest[index] == " " { index += 1 }
        let zone = self.zone(String(String.UnicodeScalarView(rest[index...])))
        return "\(date)T\(clock)\(zone ?? "")"
    }

    /// `HH:MM` or `HH:MM:SS` at `index`, as `HH:MM:SS`; advances `index` past it.
    private static func clock(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String? {
        func twoDigits(_ at: Int) -> Int? {
            guard at + 1 < scalars.count, let high = digit(scalars[at]), let low = digit(scalars[at + 1]) else {
                return nil
            }
            return high * 10 + low
        }
        guard let hour = twoDigits(index), hour < 24, index + 2 < scalars.count, scalars[index + 2] == ":",
            let minute = twoDigits(index + 3), minute < 60
        else { return nil }
        index += 5
        var second = 0
        if index < scalars.count, scalars[index] == ":", let value = twoDigits(index + 1), value <= 60 {
            second = value
            index += 3
        }
        return "\(pad(hour)):\(pad(minute)):\(pad(second))"
    }

    /// A time such as `10:00:00 +0000` or `10:00 GMT` anywhere after a written date.
    private static func writtenTime(_ text: String, date: CalendarDate) -> String? {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start + 4 < scalars.count {
            if digit(scalars[start]) != nil, scalars[start + 2] == ":", start == 0 || digit(scalars[start - 1]) == nil {
                var index = start
                if let clock = clock(scalars, &index) {
                    let rest = String(String.UnicodeScalarView(scalars[index...])).trimmingWhitespace()
                    let zoneWord = rest.split(separator: " ").first.map(String.init) ?? ""
                    return "\(date)T\(clock)\(zone(zoneWord) ?? "")"
                }
            }
            start += 1
        }
        return nil
    }

    /// `Z`, `+02:00`, `+0200`, `-05`, `GMT`, `UTC`, `EST`… as `Z` or `±HH:MM`; nil when not a zone.
    static func zone(_ text: String) -> String? {
        let text = text.trimmingWhitespace()
        if let named = namedZones[text.uppercased()] { return named }
        let scalars = Array(text.unicodeScalars)
        guard let sign = scalars.first, sign == "+" || sign == "-" else { return nil }
        let digits = scalars.dropFirst().filter { $0 != ":" }.compactMap(digit)
        guard digits.count == 2 || digits.count == 4,
            digits.count == scalars.count - 1 - (scalars.contains(":") ? 1 : 0)
        else { return nil }
        let hours = digits[0] * 10 + digits[1]
        let minutes = digits.count == 4 ? digits[2] * 10 + digits[3] : 0
        guard hours < 24, minutes < 60 else { return nil }
        return "\(sign)\(pad(hours)):\(pad(minutes))"
    }

    static let namedZones: [String: String] = [
        "Z": "Z", "UT": "Z", "UTC": "Z", "GMT": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
        "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "CET": "+01:00",
        "CEST": "+02:00", "BST": "+01:00", "MSK": "+03:00",
    ]

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value) - 48 : nil
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
