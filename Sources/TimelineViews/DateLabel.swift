public import TimelineWire

/// How a time reads to a person: as precise as it is known, and an imprecise one with the span it covers.
///
/// `2021-08-15` → `15 Aug 2021`; `2021-08` → `Aug 2021 (1–31 Aug)`; `2021` → `2021 (Jan–Dec)`;
/// `199` → `1990s (1990–1999)`; `2022-03-31T10:00` → `31 Mar 2022 10:00`.
public enum DateLabel {
    /// The label of an event's time, after its relation (`since 2021 (Jan–Dec)`, `before Aug 2021 (1–31 Aug)`).
    public static func of(_ event: EventRecord) -> String {
        let base = of(event.time)
        switch event.relation {
        case "BEFORE": return "before " + base
        case "AFTER": return "after " + base
        case "BEGINS": return "since " + base
        case "ENDS": return "until " + base
        default: return base
        }
    }

    /// The label of a time: its name, and for anything coarser than a day the span of days it covers.
    public static func of(_ time: EventTime) -> String {
        guard let start = WireDate(time.start), let end = WireDate(time.end) else { return time.value }
        let last = end.lastIncludedDay
        if start.hasTime {
            return day(start) + " " + clock(start)
        }
        if start == last { return day(start) }
        let name = self.name(time, start: start)
        let span = self.span(start, last)
        return name == span ? name : "\(name) (\(span))"
    }

    /// `15 Aug 2021`.
    public static func day(_ date: WireDate) -> String {
        "\(date.day) \(WireDate.shortMonthName(date.month)) \(date.year)"
    }

    /// `10:00`, or `10:00:30` with seconds.
    static func clock(_ date: WireDate) -> String {
        var text = WireDate.padded(date.hour ?? 0, 2) + ":" + WireDate.padded(date.minute ?? 0, 2)
        if let second = date.second { text += ":" + WireDate.padded(second, 2) }
        return text
    }

    /// What the time is called: `2021`, `Aug 2021`, `1990s`, else its TIMEX3 value.
    static func name(_ time: EventTime, start: WireDate) -> String {
        switch time.granularity {
        case "year": return String(start.year)
        case "month": return "\(WireDate.shortMonthName(start.month)) \(start.year)"
        case "decade": return "\(start.year)s"
        case "century": return "\(start.year)s"
        default: return time.value
        }
    }

    /// The days from `first` to `last` inclusive, as briefly as they read: `1–31 Aug`, `Jan–Dec`, `1990–1999`,
    /// `Jul 2021 – Mar 2022`, `28 Feb – 3 Mar 2022`.
    public static func span(_ first: WireDate, _ last: WireDate) -> String {
        let wholeMonths = first.day == 1 && last.day == WireDate.daysIn(month: last.month, year: last.year)
        let wholeYears = wholeMonths && first.month == 1 && last.month == 12
        if wholeYears { return first.year == last.year ? "Jan–Dec" : "\(first.year)–\(last.year)" }
        if first.year == last.year {
            if first.month == last.month { return "\(first.day)–\(last.day) \(WireDate.shortMonthName(first.month))" }
            if wholeMonths { return "\(WireDate.shortMonthName(first.month))–\(WireDate.shortMonthName(last.month))" }
            return "\(first.day) \(WireDate.shortMonthName(first.month)) – \(day(last))"
        }
        if wholeMonths {
            return
                "\(WireDate.shortMonthName(first.month)) \(first.year) – \(WireDate.shortMonthName(last.month)) \(last.year)"
        }
        return "\(day(first)) – \(day(last))"
    }
}
