/// Matching one pattern element against the tokens, filling slots.
enum ElementMatch {
    /// Matches `element` at `index`; returns the index after the tokens it used, or nil.
    static func step(
        _ element: PatternElement, _ index: Int, _ tokens: [Token], _ entries: [LexEntry], _ slots: inout Slots
    ) -> Int? {
        let token = tokens[index]
        switch element {
        case .words(let words):
            guard token.kind == .word, words.contains(token.lower) else { return nil }
            let entry = entries[Int(token.entry)]
            if !entry.value.isEmpty { slots.vagueEntry = token.entry }
            if !entry.setValue.isEmpty { slots.setEntry = token.entry }
            if let unit = entry.unit { slots.unit = unit }
            return index + 1
        case .of(let classes):
            guard token.kind == .word, !token.classes.isDisjoint(with: classes) else { return nil }
            return fill(
                classes.intersection(token.classes), token.entry, entries[Int(token.entry)], index, tokens, &slots)
        case .year:
            guard token.kind == .number, token.digits == 4, (1000...2099).contains(token.number) else { return nil }
            slots.year = token.number
            return index + 1
        case .shortYear:
            guard token.kind == .punct, token.lower == "'" || token.lower == "\u{2019}", index + 1 < tokens.count
            else { return nil }
            let next = tokens[index + 1]
            guard next.kind == .number, next.digits == 2, next.gapBefore == .none else { return nil }
            slots.year = next.number < 30 ? 2000 + next.number : 1900 + next.number
            return index + 2
        case .day:
            guard token.kind == .number, token.digits <= 2, token.digits > 0, (1...31).contains(token.number)
            else { return nil }
            slots.day = token.number
            if index + 1 < tokens.count, tokens[index + 1].gapBefore == .none,
                ["st", "nd", "rd", "th"].contains(tokens[index + 1].lower)
            {
                return index + 2
            }
            return index + 1
        case .monthNumber:
            guard token.kind == .number, token.digits <= 2, token.digits > 0, (1...12).contains(token.number)
            else { return nil }
            slots.month = token.number
            return index + 1
        case .amount:
            if token.kind == .number {
                guard token.digits > 0, token.digits <= 4, token.number > 0 else { return nil }
                slots.amount = token.number
                return index + 1
            }
            guard token.classes.contains(.numeral) else { return nil }
            slots.amount = entries[Int(token.entry)].numeral
            return index + 1
        case .hour:
            guard token.kind == .number, token.digits <= 2, token.digits > 0, (1...12).contains(token.number)
            else { return nil }
            slots.hour = token.number
            return index + 1
        case .minute:
            guard token.kind == .number, token.digits == 2, token.number < 60 else { return nil }
            slots.minute = token.number
            return index + 1
        case .meridiem:
            return meridiem(index, tokens, &slots)
        case .punct(let scalar):
            return token.isPunct(scalar) ? index + 1 : nil
        case .adjacent(let inner):
            guard token.gapBefore == .none else { return nil }
            return step(inner, index, tokens, entries, &slots)
        case .optional(let inner):
            return step(inner, index, tokens, entries, &slots)
        }
    }

    private static func fill(
        _ classes: WordClass, _ entryIndex: Int32, _ entry: LexEntry, _ index: Int, _ tokens: [Token],
        _ slots: inout Slots
    ) -> Int? {
        var next = index + 1
        if classes.contains(.month) || classes.contains(.monthAbbreviation) {
            slots.month = entry.month
            if classes.contains(.monthAbbreviation), next < tokens.count, tokens[next].gapBefore == .none,
                tokens[next].isPunct(".")
            {
                next += 1
            }
        } else if classes.contains(.weekday) {
            slots.weekday = entry.weekday
        } else if classes.contains(.dayReference) {
            slots.dayOffset = entry.dayOffset
            if !entry.code.isEmpty { slots.partOfDayEntry = entryIndex }
        } else if classes.contains(.deictic) {
            slots.offset = entry.offset
        } else if classes.contains(.unit) || classes.contains(.unitPlural) {
            slots.unit = entry.unit
        } else if classes.contains(.shiftWord) {
            slots.direction = entry.direction
        } else if classes.contains(.season) {
            slots.seasonEntry = entryIndex
        } else if classes.contains(.partOfDay) {
            slots.partOfDayEntry = entryIndex
        } else if classes.contains(.modifier) {
            slots.modEntry = entryIndex
        } else if classes.contains(.ordinal) {
            slots.ordinal = entry.ordinal
        } else if classes.contains(.numeral) {
            slots.amount = entry.numeral
        } else if classes.contains(.holiday) {
            slots.holidayEntry = entryIndex
        }
        return next
    }

    /// `a.m.`, `p.m.`, `am`, `pm`, `a.m` (the final period may be the sentence's).
    private static func meridiem(_ index: Int, _ tokens: [Token], _ slots: inout Slots) -> Int? {
        let token = tokens[index]
        if token.lower == "am" || token.lower == "pm" {
            slots.meridiem = token.lower == "pm" ? 12 : 0
            return index + 1
        }
        guard token.lower == "a" || token.lower == "p", index + 2 < tokens.count,
            tokens[index + 1].isPunct("."), tokens[index + 1].gapBefore == .none,
            tokens[index + 2].lower == "m", tokens[index + 2].gapBefore == .none
        else { return nil }
        slots.meridiem = token.lower == "p" ? 12 : 0
        if index + 3 < tokens.count, tokens[index + 3].isPunct("."), tokens[index + 3].gapBefore == .none {
            return index + 4
        }
        return index + 3
    }
}
