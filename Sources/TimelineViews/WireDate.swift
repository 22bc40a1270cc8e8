/// A date or date-time as the API writes interval bounds: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
public struct WireDate: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour and minute (and second) when the bound is a time; `nil` for a whole day.
    public var hour: Int?
    public var minute: Int?
    public var second: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
            let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]),
            (1...12).contains(month), (1...WireDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard clock.count == 2 || clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
                let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute)
            else { return nil }
            self.hour = hour
            self.minute = minute
            if clock.count == 3 {
                guard let second = Int(clock[2]), (0...60).contains(second) else { return nil }
                self.second = second
            }
        }
    }

    /// Whether it names a time of day rather than a whole day.
    public var hasTime: Bool { hour != nil }

    /// The day before, as a whole day (an exclusive end → the last day included).
    public var previousDay: WireDate {
        if day > 1 { return WireDate(year: year, month: month, day: day - 1) }
        if month > 1 {
            return WireDate(year: year, month: month - 1, day: WireDate.daysIn(month: month - 1, year: year))
        }
        return WireDate(year: year - 1, month: 12, day: 31)
    }

    /// The day after, as a whole day.
    public var nextDay: WireDate {
        if day < WireDate.daysIn(month: month, year: year) { return WireDate(year: year, month: month, day: day + 1) }
        if month < 12 { return WireDate(year: year, month: month + 1, day: 1) }
        return WireDate(year: year + 1, month: 1, day: 1)
    }

    /// The last day an exclusive end leaves in: the day before a midnight bound, the same day for a time.
    public var lastIncludedDay: WireDate {
        guard let hour, let minute else { return previousDay }
        let atMidnight = hour == 0 && minute == 0 && (second ?? 0) == 0
        return atMidnight ? previousDay : WireDate(year: year, month: month, day: day)
    }

    public static func < (lhs: WireDate, rhs: WireDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1, lhs.second ?? -1)
            < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1, rhs.second ?? -1)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `January` … `December` for 1 … 12.
    public static func monthName(_ month: Int) -> String { monthNames[month - 1] }

    /// `Jan` … `Dec` for 1 … 12.
    public static func shortMonthName(_ month: Int) -> String { String(monthNames[month - 1].prefix(3)) }

    /// Zero-padded decimal.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
