/// Coordinated dates: `on April 24 and 25`, `March 3 or 4`: a bare day number coordinated with a full day date
/// is a day of the same month, whose date the first member gives; `March and April 1990`, `March 3 and 4,
/// 1990`: the year written after the second member is the first member's too.
enum CoordinatedDay {
    /// The year after the second member of `MONTH [DAY] and|or MONTH [DAY] [,] YEAR` or
    /// `MONTH DAY and|or DAY [,] YEAR`, whose first member ends at token `last`.
    static func sharedYear(_ tokens: [Token], after last: Int) -> Int? {
        var index = last + 2
        guard index < tokens.count, tokens[last + 1].is(.and) || tokens[last + 1].is(.or) else { return nil }
        if !tokens[index].classes.isDisjoint(with: [.month, .monthAbbreviation]) {
            index += 1
            if index < tokens.count, tokens[index].isPunct("."), tokens[index].gapBefore == .none { index += 1 }
        } else if !isDayNumber(tokens[index]) {
            return nil
        }
        if index < tokens.count, isDayNumber(tokens[index]) { index += 1 }
        return year(tokens, from: index).map { tokens[$0].number }
    }

    /// The index of the year in `, 1990` right after the token at `index` when it is `year`, or nil.
    static func yearAfter(_ tokens: [Token], _ index: Int, year: Int) -> Int? {
        guard let next = Self.year(tokens, from: index + 1), tokens[next].number == year else { return nil }
        return next
    }

    /// The index of a four-digit year (1000-2099) at `index`, or after a comma there.
    private static func year(_ tokens: [Token], from index: Int) -> Int? {
        var index = index
        if index < tokens.count, tokens[index].isPunct(",") { index += 1 }
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].digits == 4,
            (1000...2099).contains(tokens[index].number)
        else { return nil }
        return index
    }

    private static func isDayNumber(_ token: Token) -> Bool {
        token.kind == .number && (1...2).contains(token.digits) && (1...31).contains(token.number)
    }

    /// The index of the day number after `and`/`or` that follows a day date (`value`, `YYYY-MM-DD`) ending at
    /// token `last`, with its date; nil when the number counts something else (`April 24 and 25 people`, `and 25%`) or is no later day.
    static func secondDay(_ tokens: [Token], after last: Int, of value: String) -> (index: Int, date: CalendarDate)? {
        let index = last + 2
        guard index < tokens.count, tokens[last + 1].is(.and) || tokens[last + 1].is(.or) else { return nil }
        let number = tokens[index]
        // The tokens first: parsing the first member's value costs more than all of them.
        guard number.kind == .number, number.gapBefore != .none, (1...2).contains(number.digits),
            value.utf8.count == 10, let date = CalendarDate(iso: value),
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
