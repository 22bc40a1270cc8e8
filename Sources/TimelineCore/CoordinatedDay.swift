/// `on April 24 and 25`, `March 3 or 4`: a bare day number coordinated with a full day date is a day of the
/// same month, whose date the first member gives.
enum CoordinatedDay {
    /// The index of the day number after `and`/`or` that follows a day date ending at token `last`, with its
    /// date; nil when the number counts something else (`April 24 and 25 people`, `and 25%`) or is no later day.
    static func secondDay(
        _ tokens: [Token], after last: Int, of date: CalendarDate
    ) -> (
        index: Int, date: CalendarDate
    )? {
        let index = last + 2
        guard index < tokens.count, tokens[last + 1].is(.and) || tokens[last + 1].is(.or) else { return nil }
        let number = tokens[index]
        guard number.kind == .number, number.gapBefore != .none, (1...2).contains(number.digits),
            number.number > date.day, number.number <= CalendarDate.daysIn(month: date.month, year: date.year)
        else { return nil }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.kind == .punct {
                // `25%`, `25-year`, `25:30`, `25/26`: the number belongs to something else.
                if next.isPunct("%") { return nil }
                if next.gapBefore == .none, next.isPunct("-") || next.isPunct(":") || next.isPunct("/") { return nil }
            } else if next.classes.isDisjoint(with: [.preposition, .clauseStop, .conjunction]) {
                return nil
            }
        }
        return (index, CalendarDate(year: date.year, month: date.month, day: number.number))
    }
}
