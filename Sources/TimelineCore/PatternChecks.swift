/// Context checks that keep false positives out (`May` the modal, `2000 people`, `$1990`).
enum PatternChecks {
    /// Words before which a bare `May`/`March` is a month.
    static let monthCues: Set<Keyword> = [
        .in, .of, .since, .until, .by, .early, .late, .mid, .during, .before, .after, .from,
        .through, .to, .last, .next, .this, .till, .between, .and, .or, .end, .beginning, .on,
    ]

    /// Words before which a bare `weeks`/`days` is a duration.
    static let durationCues: Set<Keyword> = [.for, .within, .in, .over, .the, .after, .took, .take, .lasted]

    /// `a year` as the divisor of a rate (`$2 million a year`, `358,000 a month`, `four flights a week`,
    /// `24 hours a day`): the article right after an amount, or after a noun counted by a number.
    static func isRate(_ tokens: [Token], first: Int) -> Bool {
        guard first >= 1, tokens[first].is(.a) || tokens[first].is(.an) else { return false }
        func isNumber(_ token: Token) -> Bool {
            token.kind == .number || (token.classes.contains(.numeral) && !token.is(.a) && !token.is(.an))
        }
        let previous = tokens[first - 1]
        if isNumber(previous) { return true }
        guard first >= 2, previous.kind == .word, previous.classes.isDisjoint(with: [.functionWord, .verb]) else {
            return false
        }
        return isNumber(tokens[first - 2])
    }

    /// Whether the tokens before `index` open a noun phrase: a determiner or possessive (`the`, `its`), a
    /// genitive (`the company's`), or either of them and one lowercase adjective (`his unsuccessful`) that is
    /// no participle.
    static func opensNounPhrase(_ tokens: [Token], before index: Int) -> Bool {
        func opens(_ end: Int) -> Bool {
            guard end >= 0 else { return false }
            let token = tokens[end]
            if !token.classes.isDisjoint(with: [.determiner, .possessive]) { return true }
            return end >= 1 && token.is(.s) && token.gapBefore == .none && tokens[end - 1].isPunct("'")
        }
        if opens(index - 1) { return true }
        guard index >= 2 else { return false }
        let adjective = tokens[index - 1]
        // Not a participle, which often counts what follows (`the remaining 2000 shares`, `an estimated 1990`).
        return adjective.kind == .word && !adjective.isCapitalized
            && adjective.spelling.isDisjoint(with: [.endsInED, .endsInING])
            && adjective.classes.isDisjoint(with: [.functionWord, .verb, .numeral, .unit, .month])
            && opens(index - 2)
    }

    static func accept(_ check: PatternCheck, _ slots: Slots, _ tokens: [Token]) -> Bool {
        let first = tokens[slots.first]
        let previous = slots.first > 0 ? tokens[slots.first - 1] : nil
        let next = slots.last + 1 < tokens.count ? tokens[slots.last + 1] : nil
        switch check {
        case .none, .meridiem:
            return true
        case .notAge:
            guard let next, next.isPunct("-"), next.gapBefore == .none, slots.last + 2 < tokens.count else {
                return true
            }
            return !tokens[slots.last + 2].is(.old)
        case .notFall:
            return !tokens[slots.last].is(.fall)
        case .lowercaseUnit:
            return !tokens[slots.last].isCapitalized
        case .capitalizedLast:
            return tokens[slots.last].isCapitalized
        case .notOld:
            if let next, next.is(.old) { return false }
            // `a year-earlier loss`: the article of a compound (`year-earlier`), no duration.
            if let next, next.isPunct("-"), next.gapBefore == .none, slots.last + 2 < tokens.count,
                tokens[slots.last + 2].classes.contains(.shiftWord)
            {
                return false
            }
            if isRate(tokens, first: slots.first) { return false }
            // `CBS's 60 Minutes`: a capitalized unit after digits names a programme.
            if first.kind == .number, slots.last == slots.first + 1, tokens[slots.last].isCapitalized { return false }
            // `24 hours a day`: the dividend of a rate says how often, not how long.
            if let next, next.is(.a) || next.is(.an), slots.last + 2 < tokens.count,
                tokens[slots.last + 2].classes.contains(.unit)
            {
                return false
            }
            // `a second round`, `a second term`: an ordinal before its noun, no duration.
            if slots.unit == .second, !tokens[slots.last].classes.contains(.unitPlural), let next, next.kind == .word,
                next.classes.isDisjoint(with: [.functionWord, .shiftWord])
            {
                return false
            }
            return true
        case .notRate:
            guard let previous else { return true }
            return !(previous.isPunct("%") || previous.is(.percent))
        case .beforeEnded:
            return next.map { $0.is(.ended) || $0.is(.ending) } ?? false
        case .ofTheYear:
            guard let previous, previous.is(.for) || previous.is(.of) else { return false }
            guard let next else { return true }
            return next.is(.of) || next.isPunct(",") || next.isPunct(".") || next.isPunct(";")
        case .bareDuration:
            guard let previous else { return false }
            return previous.keyword.map(durationCues.contains) ?? false
        case .capitalized:
            return first.isCapitalized
        case .endsPhrase:
            return next.map { $0.kind == .punct } ?? true
        case .weekdayName:
            guard first.isCapitalized else { return false }
            guard let next, next.isCapitalized, next.gapBefore == .space else { return true }
            return !next.classes.contains(.newspaperWord)
        case .bareMonth:
            guard first.isCapitalized else { return false }
            if first.is(.may) || first.is(.march) {
                if let next, next.kind == .number { return true }
                guard let previous, previous.kind == .word else { return false }
                return previous.keyword.map(monthCues.contains) ?? false
            }
            return true
        case .bareYear:
            if let previous,
                previous.isPunct("$") || previous.isPunct("#") || previous.isPunct("\u{00A3}")
                    || previous.isPunct("\u{20AC}")
            {
                return false
            }
            // `the 1987 crash`, `its 1990 invasion`, `the company's 1989 results`, `his unsuccessful 1996
            // campaign`: a year before its noun.
            if first.kind == .number, first.number >= 1900, opensNounPhrase(tokens, before: slots.first) {
                return true
            }
            // `post-1959`, `pre-1990`: a year after a lowercase prefix and a hyphen.
            if let previous, previous.isPunct("-"), first.gapBefore == .none, previous.gapBefore == .none,
                slots.first >= 2, tokens[slots.first - 2].kind == .word, !tokens[slots.first - 2].isCapitalized
            {
                return true
            }
            guard let next else { return true }
            if next.kind == .punct {
                return !next.isPunct("%")
                    && !(next.isPunct("-") && next.gapBefore == .none
                        && slots.last + 2 < tokens.count && tokens[slots.last + 2].kind == .word)
            }
            if next.kind == .number { return false }
            if next.isCapitalized { return true }
            return !next.classes.isDisjoint(with: [.functionWord, .verb, .subordinator, .clauseStop, .adverb])
                || next.spelling.contains(.endsInED)
        }
    }
}
