/// The interval of an anchored duration: `the past three years` → `[ref - 3 years, ref)`,
/// `the next two weeks` → `[ref, ref + 2 weeks)`, where ref is publication (`past`, `last`, `next`,
/// `coming`) or the reference time (`previous`, `preceding`, `following`).
enum DurationSpan {
    /// The direction (-1 back, +1 ahead) and whether it counts from the reference time, if the duration's
    /// words anchor it.
    static func direction(_ tokens: [Token], _ slots: Slots, _ entries: [LexEntry]) -> (Int, anaphoric: Bool)? {
        for index in slots.first...slots.last {
            let token = tokens[index]
            if token.is(.previous) || token.is(.preceding) { return (-1, true) }
            if token.is(.following) { return (1, true) }
            guard token.classes.contains(.deictic) else { continue }
            let offset = entries[Int(token.entry)].offset
            if offset != 0 { return (offset, false) }
        }
        return nil
    }

    /// `[reference - length, reference)` going back, `[reference, reference + length)` going ahead; nil for
    /// units below a day and unknown amounts.
    static func span(_ slots: Slots, from reference: CalendarDate, direction: Int) -> TimeSpan? {
        guard let amount = slots.amount, let unit = slots.unit else { return nil }
        let granularity: Granularity
        var months = 0
        var days = 0
        switch unit {
        case .day: (granularity, days) = (.day, amount)
        case .week: (granularity, days) = (.week, 7 * amount)
        case .month: (granularity, months, days) = (.month, amount, slots.half ? 15 : 0)
        case .quarter: (granularity, months) = (.quarter, 3 * amount)
        case .year: (granularity, months) = (.year, 12 * amount + (slots.half ? 6 : 0))
        case .decade: (granularity, months) = (.decade, 120 * amount)
        case .century: (granularity, months) = (.century, 1200 * amount)
        default: return nil
        }
        let other = reference.adding(months: direction * months).adding(days: direction * days)
        let (start, end) = direction < 0 ? (other, reference) : (reference, other)
        return TimeSpan(start: start.description, end: end.description, granularity: granularity)
    }
}
