/// Whether a time expression counts from the publication date (deictic: `yesterday`, `two days ago`,
/// `last week`) or from the story's current reference time (anaphoric: `two days later`, `the day before`,
/// `the following week`, `that day`, `later that month`).
enum Anaphora {
    /// The anaphoric words of a shift (`later`, `earlier`, `before`, `after`, `following`, `previous`,
    /// `preceding`, `the next`), unless hyphenated into an adjective (`year-earlier` counts from publication,
    /// as financial news uses it).
    static func isAnaphoric(_ tokens: [Token], _ reading: Reading, first: Int, last: Int) -> Bool {
        switch reading {
        case .sameUnit:
            return true
        case .clock:
            return isBareClock(tokens, first: first, last: last)
        case .dayReference:
            // `by mid-afternoon`: a part of a day not named falls, like a bare clock time, on the story's day.
            return tokens[first].classes.contains(.modifier) && isBareClock(tokens, first: first, last: last)
        case .relative:
            // `the previous Friday`, `the following Monday`; `last Friday` counts from publication.
            return (first...last).contains {
                tokens[$0].is(.following) || tokens[$0].is(.previous) || tokens[$0].is(.preceding)
            }
        case .shift:
            for index in first...last {
                let token = tokens[index]
                let afterThe = index > first && tokens[index - 1].is(.the)
                guard
                    token.is(.later) || token.is(.earlier) || token.is(.before) || token.is(.after)
                        || token.is(.following) || token.is(.previous) || token.is(.preceding)
                        || (token.is(.next) && afterThe)
                else { continue }
                return !(index > first && tokens[index - 1].isPunct("-") && token.gapBefore == .none)
            }
            return false
        default:
            return false
        }
    }

    /// A clock time with no day of its own (`at 6 a.m.`, `10:35 a.m.`): it falls on the day the story is
    /// telling, not necessarily on publication.
    static func isBareClock(_ tokens: [Token], first: Int, last: Int) -> Bool {
        let dated: WordClass = [.weekday, .month, .monthAbbreviation, .dayReference]
        for index in first...last where !tokens[index].classes.isDisjoint(with: dated) { return false }
        return true
    }
}

/// The times anaphoric expressions count from: the publication date until the text names a date, then the
/// latest date named (`… in March 1944. Two days later …` → `1944-03-03`).
///
/// Updating is cheap (most documents never ask): a reference's date is read from its span only when an
/// anaphoric expression needs it.
struct ReferenceTime {
    /// One reference: the `id` of the time expression it comes from (`"DCT"` for publication), its value and
    /// interval (nil for publication).
    struct Reference {
        var id: String
        var value: String
        var span: TimeSpan?
    }

    let publication: Normalizer
    /// The latest date named at month granularity or finer: what days, weeks and months count from.
    private(set) var fine: Reference
    /// The latest date named at year granularity or finer: what `that year`, `a year later` count from.
    private(set) var latest: Reference
    /// The latest day named (or a finer time): what a bare clock time (`at 6 a.m.`) falls on.
    private(set) var day: Reference

    init(publication: Normalizer) {
        self.publication = publication
        fine = Reference(id: "DCT", value: "", span: nil)
        latest = fine
        day = fine
    }

    /// The reference an anaphoric expression in `unit` counts from.
    /// A nil unit is a bare clock time's: the latest day named.
    func reference(for unit: TimeUnit?) -> Reference {
        guard let unit else { return day }
        return unit == .year || unit == .decade || unit == .century ? latest : fine
    }

    /// A normalizer whose `publication` is the reference date for `unit`.
    func normalizer(for unit: TimeUnit?) -> Normalizer {
        guard let span = reference(for: unit).span, let date = CalendarDate(iso: span.start) else {
            return publication
        }
        return Normalizer(publication: date, entries: publication.entries)
    }

    /// Moves the reference to a date the text names: a date or time, placed explicitly (`March 3, 1944`,
    /// `Friday`, `March 5`) or from the reference itself (`two days later`), at year granularity or finer.
    /// Deictic references (`yesterday`, `last year`) and vague ones leave it.
    mutating func update(with timex: TimeExpression, reading: Reading) {
        guard timex.type == .date || timex.type == .time, let span = timex.span else { return }
        // `yesterday`, `this morning`: the day a bare clock time that follows falls on.
        if reading == .dayReference, span.granularity == .day || span.granularity == .partOfDay {
            day = Reference(id: timex.id, value: timex.value, span: span)
        }
        guard timex.anchor != "DCT" || reading == .calendar || reading == .namedDay else { return }
        switch span.granularity {
        case .year, .day, .month, .partOfDay, .hour, .minute, .second: break
        default: return
        }
        let reference = Reference(id: timex.id, value: timex.value, span: span)
        latest = reference
        if span.granularity != .year { fine = reference }
        if span.granularity != .year && span.granularity != .month { day = reference }
    }

    /// `that day` when the reference is a month (`in March 1944 … that day`): no finer than the reference.
    func coarsened(_ normalized: Normalized, unit: TimeUnit?) -> Normalized {
        guard unit == .day, let span = fine.span, span.granularity == .month else { return normalized }
        return Normalized(type: .date, value: fine.value, mod: normalized.mod, span: span)
    }
}
