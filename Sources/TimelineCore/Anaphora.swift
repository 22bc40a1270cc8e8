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

    init(publication: Normalizer) {
        self.publication = publication
        fine = Reference(id: "DCT", value: "", span: nil)
        latest = fine
    }

    /// The reference an anaphoric expression in `unit` counts from.
    func reference(for unit: TimeUnit?) -> Reference {
        unit == .year || unit == .decade || unit == .century ? latest : fine
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
        guard timex.anchor != "DCT" || reading == .calendar || reading == .namedDay else { return }
        switch span.granularity {
        case .year, .day, .month, .partOfDay, .hour, .minute, .second: break
        default: return
        }
        let reference = Reference(id: timex.id, value: timex.value, span: span)
        latest = reference
        if span.granularity != .year { fine = reference }
    }

    /// `that day` when the reference is a month (`in March 1944 … that day`): no finer than the reference.
    func coarsened(_ normalized: Normalized, unit: TimeUnit?) -> Normalized {
        guard unit == .day, let span = fine.span, span.granularity == .month else { return normalized }
        return Normalized(type: .date, value: fine.value, mod: normalized.mod, span: span)
    }
}
