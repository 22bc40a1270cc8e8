/// Matching one pattern element against the tokens, filling slots.
enum ElementMatch {
    typealias Tokens = UnsafeBufferPointer<Token>

    /// Matches `step` at `index` (its adjacency already checked); returns the index after the tokens it
    /// used, or nil.
    @inline(__always) static func step(
        _ step: Step, _ index: Int, _ tokens: Tokens, _ wanted: [Int32], _ entries: [LexEntry], _ slots: inout Slots
    ) -> Int? {
        let token = tokens[index]
        switch step.kind {
        case .entries:
            guard token.entry >= 0 else { return nil }
            var found = false
            for position in Int(step.wantedStart)..<Int(step.wantedEnd) where wanted[position] == token.entry {
                found = true
                break
            }
            guard found else { return nil }
            return wordFound(token.entry, index, entries, &slots)
        case .classes:
            guard token.kind == .word, !token.classes.isDisjoint(with: step.classes) else { return nil }
            return fill(step.classes.intersection(token.classes), token.entry, entries, index, tokens, &slots)
        case .year:
            if token.kind == .word { return spokenYear(index, tokens, entries, &slots) }
            guard token.kind == .number, token.digits == 4, (1000...2099).contains(token.number) else { return nil }
            slots.year = token.number
            return index + 1
        case .shortYear:
            guard token.isPunct("'") || token.isPunct("\u{2019}"), index + 1 < tokens.count else { return nil }
            let next = tokens[index + 1]
            guard next.kind == .number, next.digits == 2, next.gapBefore == .none else { return nil }
            slots.year = next.number < 30 ? 2000 + next.number : 1900 + next.number
            return index + 2
        case .day:
            guard token.kind == .number, token.digits <= 2, token.digits > 0, (1...31).contains(token.number)
            else { return nil }
            slots.day = token.number
            if index + 1 < tokens.count, tokens[index + 1].gapBefore == .none {
                let suffix = tokens[index + 1]
                if suffix.isOrdinalSuffix { return index + 2 }
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
            let value = entries[Int(token.entry)].numeral
            slots.amount = value
            return compoundNumeral(value, index, tokens, entries, &slots) ?? index + 1
        case .halfFraction:
            guard token.kind == .number, token.number == 1, token.digits == 1, index + 2 < tokens.count,
                tokens[index + 1].isPunct("/"), tokens[index + 1].gapBefore == .none,
                tokens[index + 2].number == 2, tokens[index + 2].digits == 1, tokens[index + 2].gapBefore == .none
            else { return nil }
            slots.half = true
            return index + 3
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
        case .punct:
            return token.kind == .punct && token.punct == step.scalar ? index + 1 : nil
        }
    }

    /// A literal word matched: it may carry a vague value, a set value, a unit or a mod (`end`).
    private static func wordFound(_ entryIndex: Int32, _ index: Int, _ entries: [LexEntry], _ slots: inout Slots) -> Int
    {
        let entry = Int(entryIndex)
        if !entries[entry].value.isEmpty { slots.vagueEntry = entryIndex }
        if !entries[entry].mod.isEmpty { slots.modEntry = entryIndex }
        if !entries[entry].setValue.isEmpty { slots.setEntry = entryIndex }
        if entries[entry].direction != 0 { slots.direction = entries[entry].direction }
        if entries[entry].unit == .half {
            slots.half = true
        } else if let unit = entries[entry].unit {
            slots.unit = unit
        }
        return index + 1
    }

    @inline(never) private static func fill(
        _ classes: WordClass, _ entryIndex: Int32, _ entries: [LexEntry], _ index: Int, _ tokens: Tokens,
        _ slots: inout Slots
    ) -> Int? {
        let entry = Entry(entries: entries, index: Int(entryIndex))
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
        } else if classes.contains(.partOfDay) || classes.contains(.partOfDayPlural) {
            slots.partOfDayEntry = entryIndex
        } else if classes.contains(.modifier) {
            slots.modEntry = entryIndex
        } else if classes.contains(.ordinal) {
            slots.ordinal = entry.ordinal
        } else if classes.contains(.numeral) {
            slots.amount = entry.numeral
        } else if classes.contains(.holiday) {
            slots.holidayEntry = entryIndex
        } else if classes.contains(.clockWord) {
            slots.clockEntry = entryIndex
        }
        return next
    }

    /// `nineteen ninety-six` (fills `year`).
    @inline(never) private static func spokenYear(
        _ index: Int, _ tokens: Tokens, _ entries: [LexEntry], _ slots: inout Slots
    ) -> Int? {
        guard tokens[index].is(.nineteen), index + 1 < tokens.count,
            tokens[index + 1].classes.contains(.numeral)
        else { return nil }
        var inner = Slots()
        let tens = entries[Int(tokens[index + 1].entry)].numeral
        guard tens >= 10, tens <= 90 else { return nil }
        let end = compoundNumeral(tens, index + 1, tokens, entries, &inner) ?? index + 2
        slots.year = 1900 + (inner.amount ?? tens)
        return end
    }

    /// `twenty four`, `forty-five`: a tens numeral followed by a units numeral; returns the index after it.
    @inline(never) private static func compoundNumeral(
        _ tens: Int, _ index: Int, _ tokens: Tokens, _ entries: [LexEntry], _ slots: inout Slots
    ) -> Int? {
        guard tens >= 20, tens <= 90, tens % 10 == 0 else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunct("-"), tokens[next].gapBefore == .none { next += 1 }
        guard next < tokens.count, tokens[next].classes.contains(.numeral) else { return nil }
        let units = entries[Int(tokens[next].entry)].numeral
        guard units >= 1, units <= 9, !tokens[next].is(.a), !tokens[next].is(.an) else { return nil }
        slots.amount = tens + units
        return next + 1
    }

    /// `a.m.`, `p.m.`, `am`, `pm`, `a.m` (the final period may be the sentence's).
    @inline(never) private static func meridiem(_ index: Int, _ tokens: Tokens, _ slots: inout Slots) -> Int? {
        let token = tokens[index]
        if token.is(.am) || token.is(.pm) {
            slots.meridiem = token.is(.pm) ? 12 : 0
            return index + 1
        }
        guard token.is(.a) || token.is(.p), index + 2 < tokens.count,
            tokens[index + 1].isPunct("."), tokens[index + 1].gapBefore == .none,
            tokens[index + 2].is(.m), tokens[index + 2].gapBefore == .none
        else { return nil }
        slots.meridiem = token.is(.p) ? 12 : 0
        if index + 3 < tokens.count, tokens[index + 3].isPunct("."), tokens[index + 3].gapBefore == .none {
            return index + 4
        }
        return index + 3
    }

    /// Reads the fields of one lexicon entry in place, without copying its strings.
    private struct Entry {
        let entries: [LexEntry]
        let index: Int
        var month: Int { entries[index].month }
        var weekday: Int { entries[index].weekday }
        var dayOffset: Int { entries[index].dayOffset }
        var code: String { entries[index].code }
        var offset: Int { entries[index].offset }
        var unit: TimeUnit? { entries[index].unit }
        var direction: Int { entries[index].direction }
        var ordinal: Int { entries[index].ordinal }
        var numeral: Int { entries[index].numeral }
    }
}
