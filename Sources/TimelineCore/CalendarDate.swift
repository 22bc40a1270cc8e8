/// A day in the proleptic Gregorian calendar, with the day arithmetic the normalizer needs.
///
/// Pure value type: no `Foundation`, no clock, no time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (a longer ISO value such as `1998-02-13T13:20:00` is read up to its date).
    public init?(iso text: some StringProtocol) {
        let scalars = Array(text.unicodeScalars.prefix(10))
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard
                    let digit = scalars[index].properties.numericType == .decimal
                        ? Int(String(scalars[index])) : nil
                else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0..<10_000).contains(year), (0..<100).contains(month), (0..<100).contains(day) else {
            return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
        // The common case written straight into ten bytes, as `pad` would spell it.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            @inline(__always) func put(_ index: Int, _ value: Int) {
                bytes[index] = UInt8(48 + value / 10)
                bytes[index + 1] = UInt8(48 + value % 10)
            }
            put(0, year / 100)
            put(2, year % 100)
            put(5, month)
            put(8, day)
            bytes[4] = 45  // "-"
            bytes[7] = 45
            return 10
        }
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Day of the week, ISO numbering: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let d = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (d < 0 ? d + 7 : d) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the end of the resulting month.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return CalendarDate(
            year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Zero-padded decimal, with a leading minus for negative numbers.
    /// `value` in decimal with leading zeros to `width` digits (`-` before them when negative), written
    /// straight into the string's storage: values are formatted for every candidate expression.
    static func pad(_ value: Int, _ width: Int) -> String {
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let sign = value < 0 ? 1 : 0
        let length = max(digits, width) + sign
        return String(unsafeUninitializedCapacity: length) { buffer in
            var rest = value.magnitude
            var index = length
            while index > sign {
                index -= 1
                buffer[index] = UInt8(48 + rest % 10)
                rest /= 10
            }
            if sign == 1 { buffer[0] = 45 }  // "-"
            return length
        }
    }
}
