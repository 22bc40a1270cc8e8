/// Building intervals and TIMEX3 values from calendar units.
extension TimeSpan {
    static func year(_ year: Int) -> TimeSpan {
        TimeSpan(
            start: "\(CalendarDate.pad(year, 4))-01-01", end: "\(CalendarDate.pad(year + 1, 4))-01-01",
            granularity: .year)
    }

    static func month(_ year: Int, _ month: Int) -> TimeSpan {
        let first = CalendarDate(year: year, month: month, day: 1)
        return TimeSpan(start: first.description, end: first.adding(months: 1).description, granularity: .month)
    }

    static func day(_ date: CalendarDate) -> TimeSpan {
        TimeSpan(start: date.description, end: date.adding(days: 1).description, granularity: .day)
    }

    /// The ISO week that starts on `monday`.
    static func week(monday: CalendarDate) -> TimeSpan {
        TimeSpan(start: monday.description, end: monday.adding(days: 7).description, granularity: .week)
    }

    static func quarter(_ year: Int, _ quarter: Int) -> TimeSpan {
        let first = CalendarDate(year: year, month: quarter * 3 - 2, day: 1)
        return TimeSpan(start: first.description, end: first.adding(months: 3).description, granularity: .quarter)
    }

    static func half(_ year: Int, _ half: Int) -> TimeSpan {
        let first = CalendarDate(year: year, month: half * 6 - 5, day: 1)
        return TimeSpan(start: first.description, end: first.adding(months: 6).description, granularity: .half)
    }

    /// Meteorological seasons: spring March–May, summer June–August, fall September–November,
    /// winter from December.
    static func season(_ year: Int, _ code: String) -> TimeSpan? {
        let startMonth: Int
        switch code {
        case "SP": startMonth = 3
        case "SU": startMonth = 6
        case "FA": startMonth = 9
        case "WI": startMonth = 12
        default: return nil
        }
        let first = CalendarDate(year: year, month: startMonth, day: 1)
        return TimeSpan(start: first.description, end: first.adding(months: 3).description, granularity: .season)
    }

    /// The hundred years from `first * 100` (`19` → 1900–1999).
    static func century(_ first: Int) -> TimeSpan {
        TimeSpan(
            start: "\(CalendarDate.pad(first * 100, 4))-01-01", end: "\(CalendarDate.pad(first * 100 + 100, 4))-01-01",
            granularity: .century)
    }

    static func decade(_ firstYear: Int) -> TimeSpan {
        TimeSpan(start: "\(firstYear)-01-01", end: "\(firstYear + 10)-01-01", granularity: .decade)
    }

    /// Morning 06–12, afternoon 12–18, evening 18–22, night 21–24.
    static func partOfDay(_ date: CalendarDate, _ code: String) -> TimeSpan {
        let (from, to): (Int, Int) =
            switch code {
            case "MO": (6, 12)
            case "AF": (12, 18)
            case "EV": (18, 22)
            default: (21, 24)
            }
        let end =
            to == 24 ? "\(date.adding(days: 1).description)T00:00" : "\(date.description)T\(CalendarDate.pad(to, 2)):00"
        return TimeSpan(start: "\(date.description)T\(CalendarDate.pad(from, 2)):00", end: end, granularity: .partOfDay)
    }

    static func minute(_ date: CalendarDate, _ hour: Int, _ minute: Int) -> TimeSpan {
        let startMinutes = hour * 60 + minute
        let endMinutes = startMinutes + 1
        let endDate = endMinutes >= 24 * 60 ? date.adding(days: 1) : date
        let endValue = endMinutes % (24 * 60)
        return TimeSpan(
            start: "\(date.description)T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))",
            end: "\(endDate.description)T\(CalendarDate.pad(endValue / 60, 2)):\(CalendarDate.pad(endValue % 60, 2))",
            granularity: .minute)
    }
}

extension CalendarDate {
    /// The Monday of this date's ISO week.
    var monday: CalendarDate { adding(days: 1 - weekday) }

    /// TIMEX3 ISO week value, `2022-W13`.
    var isoWeekValue: String {
        let thursday = adding(days: 4 - weekday)
        let dayOfYear = thursday.dayNumber - CalendarDate(year: thursday.year, month: 1, day: 1).dayNumber
        return "\(CalendarDate.pad(thursday.year, 4))-W\(CalendarDate.pad(dayOfYear / 7 + 1, 2))"
    }

    var quarter: Int { (month - 1) / 3 + 1 }
}
