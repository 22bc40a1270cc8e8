/// One step of a token pattern. Matching a step may fill a slot of `Slots` (a month, an amount, …).
indirect enum PatternElement: Sendable {
    /// Any of these lowercased words.
    case words([String])
    /// Any of these lexicon entries: `words` as the matcher compiles it in `init`.
    case entries([Int32])
    /// A token with any of these classes; the class decides the slot it fills (month → `month`, …).
    case of(WordClass)
    /// A four-digit year, 1000–2099 (fills `year`).
    case year
    /// A two-digit year after an apostrophe (`'89`; fills `year`).
    case shortYear
    /// A day of the month, 1–31, with an optional adjacent `st`/`nd`/`rd`/`th` (fills `day`).
    case day
    /// A month number, 1–12 (fills `month`).
    case monthNumber
    /// A plain number or a numeral word (fills `amount`).
    case amount
    /// A clock hour 1–12 (fills `hour`).
    case hour
    /// Two digits 00–59 (fills `minute`).
    case minute
    /// `a.m.`, `p.m.`, `am`, `pm` (fills `meridiem`).
    case meridiem
    /// `1/2` right after a number (`2 1/2`; sets `half`).
    case halfFraction
    /// This punctuation mark.
    case punct(Unicode.Scalar)
    /// The element, with no whitespace before it.
    case adjacent(PatternElement)
    case optional(PatternElement)
}

/// An optional small integer in four bytes (`Int32.min` stands for nil), so that `Slots` stays small.
@propertyWrapper
struct SmallInt: Sendable {
    private var raw: Int32 = .min

    init() {}

    var wrappedValue: Int? {
        @inline(__always) get { raw == .min ? nil : Int(raw) }
        @inline(__always) set { raw = newValue.map { Int32(truncatingIfNeeded: $0) } ?? .min }
    }
}

/// The values a pattern match collects. A small plain value: matching creates and copies it often.
struct Slots: Sendable {
    @SmallInt var year: Int?
    @SmallInt var month: Int?
    @SmallInt var day: Int?
    @SmallInt var weekday: Int?
    @SmallInt var amount: Int?
    @SmallInt var ordinal: Int?
    @SmallInt var offset: Int?
    @SmallInt var dayOffset: Int?
    @SmallInt var direction: Int?
    @SmallInt var hour: Int?
    @SmallInt var minute: Int?
    @SmallInt var meridiem: Int?
    // Lexicon entry indices (-1: none) of the words that carry codes, so that `Slots` stays a trivial value.
    var seasonEntry: Int32 = -1
    var partOfDayEntry: Int32 = -1
    var modEntry: Int32 = -1
    var vagueEntry: Int32 = -1
    var setEntry: Int32 = -1
    var holidayEntry: Int32 = -1
    var clockEntry: Int32 = -1
    var unit: TimeUnit?
    /// `2 1/2 years`, `three and a half hours`.
    var half = false
    /// Index of the first and last token of the match.
    var first = 0
    var last = 0
}

/// How a matched pattern is turned into a TIMEX3 value (see `Normalizer`).
enum Reading: Sendable, Equatable {
    /// A calendar date from its fields (year, month, day, weekday, season, quarter, part of day).
    case calendar
    /// `last year`, `next Friday`, `this August`: `offset` applied to the unit, weekday, month or season.
    case relative
    /// `yesterday`, `tonight`.
    case dayReference
    /// `two years ago`, `a week later`.
    case shift
    /// `20 years`, `the past three months`; `PX` + unit when no amount.
    case duration
    /// `the year ended Sept. 30`: one whole unit, `P1Y`.
    case wholeUnit
    /// `every Monday`, `each July`, `Tuesday nights`: `XXXX-WXX-1`, `XXXX-07`.
    case calendarSet
    /// `now`, `recently`: the slot `vague`, else the row's `code` (`the near term` → `FUTURE_REF`).
    case vague
    /// `daily`, `every week`.
    case set
    /// `the third quarter`, `third-quarter`.
    case quarter
    /// `the quarter`, `the latest quarter`: the last complete quarter before publication.
    case reportedQuarter
    /// `the year-ago quarter`: the last complete quarter, a year back.
    case yearAgoQuarter
    /// `the 1990s`.
    case decade
    /// `the 20th century`: `19` (the day slot holds the ordinal).
    case century
    /// `3 p.m.`, `10:30 a.m.`.
    case clock
    /// `Independence Day`, `Good Friday`: the day the row's `code` names (see `Normalizer.holiday`).
    case namedDay
    /// `that day`, `the same week`, `later that month`: the unit containing the reference time.
    case sameUnit
    /// `the turn of the century`: the century boundary nearest the reference, approximately.
    case turnOfCentury
    /// `several years ago`: an unnamed amount back from publication, `PAST_REF`.
    case pastReference
    /// `the week of March 6`: the ISO week containing the day.
    case weekOf
    /// `Easter week`, `Christmas week`: the ISO week containing the holiday.
    case holidayWeek
}

/// What must hold around a match for it to count.
enum PatternCheck: Sendable {
    case none
    /// A bare year: not money, not a count of things (`2000 people`).
    case bareYear
    /// A bare month name: capitalized; `May`/`March` only after a preposition or before a year.
    case bareMonth
    /// Capitalized (weekdays).
    case capitalized
    /// `a.m.`/`p.m.` must really be there.
    case meridiem
    /// Not an age (`a 6-year-old`).
    case notAge
    /// Not an age (`37 years old`), not the ordinal `a second` before a noun (`a second term`), not the
    /// article of a compound (`a year-earlier loss`).
    case notOld
    /// The unit is lowercase: `This Week` is a programme's name, not a date.
    case lowercaseUnit
    /// The last word is capitalized: `this March` is a month, `this march` a protest.
    case capitalizedLast
    /// The season is not `fall`, which after `the` is mostly a drop (`the fall in prices`).
    case notFall
    /// Followed by `ended`/`ending` (`the year ended Sept. 30`).
    case beforeEnded
    /// After `for`/`of` and before a comma, a stop or `of` (`for the year, volume was flat`, `the first nine
    /// months of the year.`): the year being reported, not one ended on a date.
    case ofTheYear
    /// After a word that takes a bare plural duration (`for weeks`, `within days`).
    case bareDuration
    /// Not a growth rate (`rise 8.5% annually`, `up 3 percent yearly`).
    case notRate
    /// Capitalized, and not part of a newspaper's name (`The Sunday Times`).
    case weekdayName
    /// Ends its phrase: punctuation or the end follows (`arrived the day before.`, not `the day before the
    /// vote`, where TimeML marks `the day` and `before` is a signal).
    case endsPhrase
}

/// One row of the pattern table.
struct TimexPattern: Sendable {
    /// A phrase the row recognizes in full, used by the tests.
    var example: String
    var elements: [PatternElement]
    var reading: Reading
    var check: PatternCheck = .none
    /// A sentence around `example` where `check` holds, for rows whose check needs context.
    var context: String? = nil
    /// For `.vague`: the value when no word of the match carries one. For `.namedDay`: the holiday code (`MM-DD`, `MM-W-N`, `EASTER`, with an optional `@±days`).
    var code: String? = nil
}
