/// A normalized time expression: TIMEX3 type, value and mod, and its interval.
struct Normalized: Sendable {
    var type: TimexType
    var value: String
    var mod: String?
    var span: TimeSpan?
}

/// Turns a pattern match into a TIMEX3 value and an interval, against the publication date.
///
/// `tense` is only asked for when the expression is underspecified (a month or weekday without a year).
struct Normalizer: Sendable {
    let publication: CalendarDate
    /// The lexicon entries that slots point into.
    let entries: [LexEntry]

    func code(_ entry: Int32) -> String? { entry >= 0 ? entries[Int(entry)].code : nil }

    func normalize(_ reading: Reading, _ slots: Slots, code: String? = nil, tense: () -> Tense) -> Normalized? {
        guard let result = value(reading, slots, code: code, tense: tense), Self.isRepresentable(result.value) else {
            return nil
        }
        return result
    }

    /// False for a calendar value whose year TIMEX3 cannot write: before year 0 (`-1675`, from `3699 years
    /// ago`) or after 9999 (`12022`).
    static func isRepresentable(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first == "-" || ("0"..."9").contains(first) else { return true }
        return first != "-" && value.unicodeScalars.prefix(while: { ("0"..."9").contains($0) }).count <= 4
    }

    private func value(_ reading: Reading, _ slots: Slots, code: String?, tense: () -> Tense) -> Normalized? {
        switch reading {
        case .namedDay:
            let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
            return code.flatMap { holiday($0, year: slots.year, mod: mod, tense) }
        case .sameUnit:
            let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
            return slots.unit.flatMap { unitValue($0, shiftedBy: 0, mod: mod) }
        case .turnOfCentury: return turnOfCentury()
        case .pastReference: return Normalized(type: .date, value: "PAST_REF")
        case .weekOf: return weekOf(slots, tense)
        case .holidayWeek: return holidayWeek(slots, tense)
        case .calendar: return calendar(slots, tense)
        case .relative: return relative(slots, tense)
        case .dayReference: return dayReference(slots, dayOffset: code.flatMap { Int($0) })
        case .shift: return shift(slots)
        case .duration: return duration(slots)
        case .vague: return vague(slots, code)
        case .wholeUnit:
            return slots.unit.map { Normalized(type: .duration, value: Self.durationValue(1, $0, half: false)) }
        case .calendarSet: return calendarSet(slots)
        case .set: return set(slots)
        case .quarter: return quarter(slots, tense)
        case .reportedQuarter: return reportedQuarter(yearsBack: 0)
        case .yearAgoQuarter: return reportedQuarter(yearsBack: 1)
        case .decade: return decade(slots, code)
        case .century: return century(slots)
        case .clock: return clock(slots, tense)
        }
    }

    // MARK: Calendar dates

    private func calendar(_ slots: Slots, _ tense: () -> Tense) -> Normalized? {
        let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
        if let holiday = code(slots.holidayEntry) { return self.holiday(holiday, year: slots.year, mod: mod, tense) }
        if let season = code(slots.seasonEntry), let year = slots.year {
            return Normalized(
                type: .date, value: "\(CalendarDate.pad(year, 4))-\(season)", mod: mod,
                span: TimeSpan.season(year, season))
        }
        if let month = slots.month {
            if let dayOfMonth = slots.day {
                let year = slots.year ?? resolveYear(month: month, day: dayOfMonth, tense())
                guard dayOfMonth <= CalendarDate.daysIn(month: month, year: year) else { return nil }
                return day(CalendarDate(year: year, month: month, day: dayOfMonth), mod: mod)
            }
            let year =
                slots.year ?? slots.offset.map { publication.year + $0 }
                ?? resolveYear(
                    month: month, day: nil, tense())
            return Normalized(
                type: .date, value: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", mod: mod,
                span: TimeSpan.month(year, month))
        }
        if let weekday = slots.weekday {
            let date = resolveWeekday(weekday, tense())
            if let part = code(slots.partOfDayEntry) {
                return Normalized(
                    type: .date, value: "\(date.description)T\(part)", mod: mod, span: TimeSpan.partOfDay(date, part))
            }
            return day(date, mod: mod)
        }
        if let year = slots.year {
            return Normalized(type: .date, value: CalendarDate.pad(year, 4), mod: mod, span: TimeSpan.year(year))
        }
        return nil
    }

    /// The ISO week containing the named day (`the week of March 6`).
    private func weekOf(_ slots: Slots, _ tense: () -> Tense) -> Normalized? {
        guard let month = slots.month, let dayOfMonth = slots.day else { return nil }
        let year = slots.year ?? resolveYear(month: month, day: dayOfMonth, tense())
        guard dayOfMonth <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let monday = CalendarDate(year: year, month: month, day: dayOfMonth).monday
        return Normalized(type: .date, value: monday.isoWeekValue, span: TimeSpan.week(monday: monday))
    }

    /// The ISO week containing the holiday (`Easter week` → the week ending on Easter Sunday).
    private func holidayWeek(_ slots: Slots, _ tense: () -> Tense) -> Normalized? {
        guard let name = code(slots.holidayEntry), let found = holiday(name, year: slots.year, mod: nil, tense),
            let date = CalendarDate(iso: found.value)
        else { return nil }
        let monday = date.monday
        return Normalized(type: .date, value: monday.isoWeekValue, span: TimeSpan.week(monday: monday))
    }

    func day(_ date: CalendarDate, mod: String?) -> Normalized {
        Normalized(type: .date, value: date.description, mod: mod, span: TimeSpan.day(date))
    }

    /// The year that puts the month (and day) nearest to publication, as news mostly reports the recent past
    /// and the near future; the tense only decides when the date is about half a year away either way.
    func resolveYear(month: Int, day: Int?, _ tense: Tense) -> Int {
        let months = (month - publication.month) * 2 + ((day ?? 15) >= (day == nil ? 15 : publication.day) ? 0 : -1)
        switch months {
        case 8...: return tense == .future ? publication.year : publication.year - 1
        case ...(-9): return tense == .past ? publication.year : publication.year + 1
        default: return publication.year
        }
    }

    /// Past (and no clue, as news mostly reports): the latest on or before publication; future: the next.
    func resolveWeekday(_ weekday: Int, _ tense: Tense) -> CalendarDate {
        switch tense {
        case .future:
            return publication.adding(days: (weekday - publication.weekday + 7) % 7)
        case .present:
            return publication.adding(days: weekday - publication.weekday)
        case .past, .unknown:
            return publication.adding(days: -((publication.weekday - weekday + 7) % 7))
        }
    }

    // MARK: Relative references

    private func relative(_ slots: Slots, _ tense: () -> Tense) -> Normalized? {
        let offset = slots.offset ?? slots.direction ?? 0
        let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
        if let weekday = slots.weekday {
            let date: CalendarDate
            switch offset {
            case ..<0: date = publication.adding(days: -((publication.weekday - weekday + 6) % 7 + 1))
            case 1...: date = publication.adding(days: (weekday - publication.weekday + 6) % 7 + 1)
            default: date = resolveWeekday(weekday, tense())
            }
            return day(date, mod: mod)
        }
        if let month = slots.month {
            var year = publication.year
            if offset < 0 && month >= publication.month { year -= 1 }
            if offset > 0 && month <= publication.month { year += 1 }
            return Normalized(
                type: .date, value: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", mod: mod,
                span: TimeSpan.month(year, month))
        }
        if let season = code(slots.seasonEntry) {
            let current = seasonIndex(publication)
            let target = ["WI", "SP", "SU", "FA"].firstIndex(of: season) ?? 0
            var year = publication.year
            if offset < 0 && target >= current.index { year -= 1 }
            if offset > 0 && target <= current.index { year += 1 }
            return Normalized(type: .date, value: "\(year)-\(season)", mod: mod, span: TimeSpan.season(year, season))
        }
        guard let unit = slots.unit else { return nil }
        // `year-end 1988`: the year written out.
        if unit == .year, let year = slots.year {
            return Normalized(type: .date, value: CalendarDate.pad(year, 4), mod: mod, span: TimeSpan.year(year))
        }
        if unit == .weekend {
            let saturday =
                offset > 0
                ? publication.adding(days: (6 - publication.weekday + 7) % 7)
                : publication.adding(days: -((publication.weekday - 6 + 7) % 7))
            let start = offset < 0 && publication.weekday >= 6 ? saturday.adding(days: -7) : saturday
            return Normalized(
                type: .date, value: "\(start.isoWeekValue)-WE", mod: mod,
                span: TimeSpan(start: start.description, end: start.adding(days: 2).description, granularity: .day))
        }
        return unitValue(unit, shiftedBy: offset, mod: mod)
    }

    /// The unit containing publication, moved by `offset` units: `last year` → the year before.
    func unitValue(_ unit: TimeUnit, shiftedBy offset: Int, mod: String?) -> Normalized? {
        switch unit {
        case .year:
            let year = publication.year + offset
            return Normalized(type: .date, value: CalendarDate.pad(year, 4), mod: mod, span: TimeSpan.year(year))
        case .month:
            let date = publication.adding(months: offset)
            return Normalized(
                type: .date, value: "\(CalendarDate.pad(date.year, 4))-\(CalendarDate.pad(date.month, 2))", mod: mod,
                span: TimeSpan.month(date.year, date.month))
        case .week:
            let monday = publication.monday.adding(days: 7 * offset)
            return Normalized(type: .date, value: monday.isoWeekValue, mod: mod, span: TimeSpan.week(monday: monday))
        case .day:
            return day(publication.adding(days: offset), mod: mod)
        case .quarter:
            let index = publication.year * 4 + publication.quarter - 1 + offset
            return quarterValue(index / 4, index % 4 + 1, mod: mod)
        case .decade:
            let first = (publication.year / 10 + offset) * 10
            return Normalized(type: .date, value: "\(first / 10)", mod: mod, span: TimeSpan.decade(first))
        case .century:
            let century = publication.year / 100 + offset
            return Normalized(
                type: .date, value: CalendarDate.pad(century, 2), mod: mod,
                span: TimeSpan(
                    start: "\(century * 100)-01-01", end: "\(century * 100 + 100)-01-01", granularity: .century))
        case .half:
            let half = publication.month <= 6 ? 1 : 2
            return Normalized(
                type: .date, value: "\(publication.year)-H\(half)", mod: mod,
                span: TimeSpan.half(publication.year, half))
        case .hour, .minute, .second, .weekend:
            return nil
        }
    }

    func quarterValue(_ year: Int, _ quarter: Int, mod: String?) -> Normalized {
        Normalized(
            type: .date, value: "\(CalendarDate.pad(year, 4))-Q\(quarter)", mod: mod,
            span: TimeSpan.quarter(year, quarter))
    }

    private func seasonIndex(_ date: CalendarDate) -> (index: Int, year: Int) {
        ((date.month % 12) / 3, date.year)
    }

    /// `yesterday`, `this morning`; `last night` has its day offset from the row (`dayOffset`).
    private func dayReference(_ slots: Slots, dayOffset: Int?) -> Normalized? {
        let date = publication.adding(days: slots.dayOffset ?? dayOffset ?? 0)
        let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
        if let part = code(slots.partOfDayEntry) {
            return Normalized(
                type: slots.dayOffset == nil ? .time : .date, value: "\(date.description)T\(part)", mod: mod,
                span: TimeSpan.partOfDay(date, part))
        }
        return day(date, mod: mod)
    }

    private func shift(_ slots: Slots) -> Normalized? {
        guard let unit = slots.unit, !unit.isTimeOfDay else { return nil }
        let amount = (slots.amount ?? 1) * (slots.direction ?? -1)
        switch unit {
        case .day: return day(publication.adding(days: amount), mod: nil)
        case .week:
            let monday = publication.adding(days: 7 * amount).monday
            return Normalized(type: .date, value: monday.isoWeekValue, span: TimeSpan.week(monday: monday))
        case .decade: return unitValue(.year, shiftedBy: amount * 10, mod: nil)
        case .century: return unitValue(.year, shiftedBy: amount * 100, mod: nil)
        default: return unitValue(unit, shiftedBy: amount, mod: nil)
        }
    }

    private func duration(_ slots: Slots) -> Normalized? {
        guard let unit = slots.unit else { return nil }
        if unit == .weekend { return Normalized(type: .duration, value: "P2D") }
        return Normalized(type: .duration, value: Self.durationValue(slots.amount, unit, half: slots.half))
    }

    private func vague(_ slots: Slots, _ code: String?) -> Normalized? {
        Normalized(
            type: .date, value: code ?? (slots.vagueEntry >= 0 ? entries[Int(slots.vagueEntry)].value : "PRESENT_REF"))
    }

    private func set(_ slots: Slots) -> Normalized? {
        if slots.setEntry >= 0 { return Normalized(type: .set, value: entries[Int(slots.setEntry)].setValue) }
        guard let unit = slots.unit else { return nil }
        return Normalized(
            type: .set, value: unit.isTimeOfDay ? "PT1\(unit.durationLetter)" : "P1\(unit.durationLetter)")
    }

    private func quarter(_ slots: Slots, _ tense: () -> Tense) -> Normalized? {
        // `the 1988 quarter`: the quarter being reported, in that year.
        if slots.ordinal == nil, let year = slots.year, let reported = reportedQuarter(yearsBack: 0),
            let latest = SpanRules.quarter(of: reported.value)
        {
            return quarterValue(year, latest.quarter, mod: nil)
        }
        // `the last half of 1989`, `the final quarter`: the last of the year's parts.
        guard let ordinal = slots.ordinal.map({ $0 == -1 ? (slots.half ? 2 : 4) : $0 }), ordinal >= 1 else {
            return nil
        }
        if slots.half {
            guard ordinal <= 2 else { return nil }
            let year = slots.year ?? (ordinal * 6 - 5 <= publication.month ? publication.year : publication.year - 1)
            return Normalized(type: .date, value: "\(year)-H\(ordinal)", span: TimeSpan.half(year, ordinal))
        }
        guard ordinal <= 4 else { return nil }
        // Quarters are reported after they end: without a year, the latest such quarter up to publication.
        let shift = (slots.offset ?? 0) + (slots.direction ?? 0)
        let year =
            slots.year
            ?? (slots.offset != nil || slots.direction != nil
                ? publication.year + shift
                : (ordinal <= publication.quarter ? publication.year : publication.year - 1))
        return quarterValue(year, ordinal, mod: nil)
    }

    func reportedQuarter(yearsBack: Int) -> Normalized? {
        let index = publication.year * 4 + publication.quarter - 2 - 4 * yearsBack
        return quarterValue(index / 4, index % 4 + 1, mod: nil)
    }

    /// `the 1990s`; a spoken decade (`the nineties`, the row's code `9`) is the latest one that began by
    /// publication.
    private func decade(_ slots: Slots, _ code: String?) -> Normalized? {
        var spoken: Int?
        if let digit = code.flatMap({ Int($0) }) {
            let start = publication.year / 100 * 100 + digit * 10
            spoken = start > publication.year ? start - 100 : start
        }
        guard let year = spoken ?? slots.year, year % 10 == 0 else { return nil }
        let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
        return Normalized(type: .date, value: "\(year / 10)", mod: mod, span: TimeSpan.decade(year))
    }

    /// `the 20th century` → `19`, spanning 1900–1999 (the usual reading, not 1901–2000).
    private func century(_ slots: Slots) -> Normalized? {
        guard let ordinal = slots.day ?? slots.ordinal, ordinal > 0 else { return nil }
        let mod = slots.modEntry >= 0 ? entries[Int(slots.modEntry)].mod : nil
        return Normalized(
            type: .date, value: CalendarDate.pad(ordinal - 1, 2), mod: mod, span: TimeSpan.century(ordinal - 1))
    }
}
