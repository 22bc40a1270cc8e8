/// Holidays and clock times: days found by rule and times of day on them.
extension Normalizer {
    /// `MM-DD` (fixed), `MM-W-N` (the N-th weekday W of the month: Thanksgiving `11-4-4`) or `EASTER`.
    func holiday(_ code: String, year: Int?, mod: String?, _ tense: () -> Tense) -> Normalized? {
        // `BASE@±N`: N days from the day BASE names (`Good Friday` is `EASTER@-2`).
        if let at = code.firstIndex(of: "@"), let days = Int(code[code.index(after: at)...]) {
            guard let base = holiday(String(code[..<at]), year: year, mod: mod, tense),
                let date = CalendarDate(iso: base.value)
            else { return nil }
            return day(date.adding(days: days), mod: mod)
        }
        if code == "EASTER" {
            let sunday = Self.easter(year ?? publication.year)
            let resolved =
                year == nil ? Self.easter(resolveYear(month: sunday.month, day: sunday.day, tense())) : sunday
            return day(resolved, mod: mod)
        }
        let parts = code.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 2:
            let resolved = year ?? resolveYear(month: parts[0], day: parts[1], tense())
            return day(CalendarDate(year: resolved, month: parts[0], day: parts[1]), mod: mod)
        case 3:
            let resolved = year ?? resolveYear(month: parts[0], day: 7 * parts[2] - 3, tense())
            return day(Self.nthWeekday(parts[2], parts[1], month: parts[0], year: resolved), mod: mod)
        default:
            return nil
        }
    }

    /// The `n`-th `weekday` (ISO, Monday = 1) of a month; `n` = 5 is the last one (`Memorial Day`).
    static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDate {
        let first = CalendarDate(year: year, month: month, day: 1)
        let date = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
        return date.month == month ? date : date.adding(days: -7)
    }

    /// `the turn of the century`: the year of the century boundary nearest the reference, `APPROX`.
    func turnOfCentury() -> Normalized {
        let year = (publication.year + 50) / 100 * 100
        return Normalized(type: .date, value: CalendarDate.pad(year, 4), mod: "APPROX", span: TimeSpan.year(year))
    }

    /// Western Easter Sunday (anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30
        let e = (32 + 2 * (b % 4) + 2 * (c / 4) - d - c % 4) % 7
        let f = d + e - 7 * ((a + 11 * d + 22 * e) / 451) + 114
        return CalendarDate(year: year, month: f / 31, day: f % 31 + 1)
    }

    /// `3 p.m.`, `10:30 a.m. Tuesday`, `noon Thursday`, `5 p.m. EST Nov. 9`: on the day named, else publication.
    func clock(_ slots: Slots, _ tense: () -> Tense) -> Normalized? {
        var hour = slots.hour ?? 12
        var minute = slots.minute ?? 0
        if let word = code(slots.clockEntry) {
            let parts = word.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            hour = parts[0]
            minute = parts[1]
        } else if let meridiem = slots.meridiem {
            hour = hour % 12 + meridiem
        }
        var date = publication
        if let weekday = slots.weekday {
            date = resolveWeekday(weekday, tense())
        } else if let month = slots.month, let dayOfMonth = slots.day {
            let year = slots.year ?? resolveYear(month: month, day: dayOfMonth, tense())
            guard dayOfMonth <= CalendarDate.daysIn(month: month, year: year) else { return nil }
            date = CalendarDate(year: year, month: month, day: dayOfMonth)
        } else if let offset = slots.dayOffset {
            date = publication.adding(days: offset)
        }
        let value = "\(date.description)T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
        let span = hour == 24 ? TimeSpan.minute(date.adding(days: 1), 0, minute) : TimeSpan.minute(date, hour, minute)
        return Normalized(type: .time, value: value, span: span)
    }

    /// `every Monday` → `XXXX-WXX-1`, `Tuesday nights` → `XXXX-WXX-2TNI`, `each July` → `XXXX-07`.
    func calendarSet(_ slots: Slots) -> Normalized? {
        if let weekday = slots.weekday {
            return Normalized(
                type: .set, value: "XXXX-WXX-\(weekday)" + (code(slots.partOfDayEntry).map { "T" + $0 } ?? ""))
        }
        guard let month = slots.month else { return nil }
        return Normalized(type: .set, value: "XXXX-\(CalendarDate.pad(month, 2))")
    }

    /// `P20Y`, `PT5H30M`, `P2Y6M` (a half in the next smaller unit), `P20Y` for two decades, `PXY` for years.
    static func durationValue(_ amount: Int?, _ unit: TimeUnit, half: Bool) -> String {
        let time = unit.isTimeOfDay ? "T" : ""
        switch unit {
        case .decade: return "P" + (amount.map { String($0 * 10) } ?? "X") + "Y"
        case .century: return "P" + (amount.map { String($0 * 100) } ?? "X") + "Y"
        default: break
        }
        let whole = "P\(time)\(amount.map(String.init) ?? "X")\(unit.durationLetter)"
        guard half, amount != nil else { return whole }
        switch unit {
        case .year: return whole + "6M"
        case .month: return whole + "15D"
        case .week: return whole + "3DT12H"
        case .day: return whole + "T12H"
        case .hour: return whole + "30M"
        case .minute: return whole + "30S"
        default: return whole
        }
    }
}
