/// The English time vocabulary, as data rows.
enum TimeWords {
    static let months: [(names: [String], month: Int)] = [
        (["january", "jan"], 1), (["february", "feb"], 2), (["march", "mar"], 3), (["april", "apr"], 4),
        (["may"], 5), (["june", "jun"], 6), (["july", "jul"], 7), (["august", "aug"], 8),
        (["september", "sep", "sept"], 9), (["october", "oct"], 10), (["november", "nov"], 11),
        (["december", "dec"], 12),
    ]

    static let weekdays: [(names: [String], weekday: Int)] = [
        (["monday"], 1), (["tuesday"], 2), (["wednesday"], 3),
        (["thursday"], 4), (["friday"], 5), (["saturday"], 6),
        (["sunday"], 7),
    ]

    /// Cardinal numerals; `a`/`an` count as one only inside patterns that ask for an amount.
    static let numerals: [(String, Int)] = [
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
        ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("dozen", 12),
        ("couple", 2),
    ]

    static let ordinals: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("last", -1), ("final", -1),
    ]

    /// Units, singular and plural.
    static let units: [(singular: [String], plural: [String], unit: TimeUnit)] = [
        (["second"], ["seconds"], .second), (["minute"], ["minutes"], .minute), (["hour"], ["hours"], .hour),
        (["day"], ["days"], .day), (["week"], ["weeks"], .week), (["weekend"], ["weekends"], .weekend),
        (["month"], ["months"], .month), (["quarter"], ["quarters"], .quarter), (["year"], ["years"], .year),
        (["decade"], ["decades"], .decade), (["century"], ["centuries"], .century),
    ]

    /// `last year`, `this week`, `next month`, `the coming year`.
    static let deictics: [(String, Int)] = [
        ("last", -1), ("past", -1), ("previous", -1), ("this", 0), ("current", 0), ("next", 1),
        ("coming", 1),
    ]

    static let dayReferences: [(String, Int, String)] = [
        ("yesterday", -1, ""), ("today", 0, ""), ("tomorrow", 1, ""), ("tonight", 0, "NI"),
    ]

    /// `two years ago`, `a week earlier`, `three days later`.
    static let shiftWords: [(String, Int)] = [("ago", -1), ("earlier", -1), ("before", -1), ("later", 1), ("hence", 1)]

    static let seasons: [(String, String)] = [
        ("spring", "SP"), ("summer", "SU"), ("fall", "FA"), ("autumn", "FA"), ("winter", "WI"),
    ]

    static let partsOfDay: [(String, String)] = [
        ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("overnight", "NI"),
    ]

    /// `early August` → START.
    static let modifiers: [(String, String)] = [
        ("early", "START"), ("late", "END"), ("mid", "MID"), ("middle", "MID"), ("end", "END"),
        ("beginning", "START"), ("start", "START"), ("earlier", "START"), ("later", "END"),
    ]

    /// Words that denote a vague time on their own.
    static let vague: [(String, String)] = [
        ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("current", "PRESENT_REF"),
        ("nowadays", "PRESENT_REF"), ("presently", "PRESENT_REF"), ("recently", "PAST_REF"),
        ("recent", "PAST_REF"), ("lately", "PAST_REF"), ("formerly", "PAST_REF"),
        ("future", "FUTURE_REF"), ("past", "PAST_REF"), ("once", "PAST_REF"), ("present", "PRESENT_REF"),
    ]

    /// Frequency words: TIMEX3 SET values.
    static let sets: [(String, String)] = [
        ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("annually", "P1Y"), ("yearly", "P1Y"),
        ("hourly", "PT1H"), ("quarterly", "P1Q"), ("nightly", "P1D"),
    ]

    /// Holidays: `MM-DD` for fixed dates, `MM-W-N` for the N-th weekday W of a month, `EASTER`.
    static let holidays: [(String, String)] = [
        ("christmas", "12-25"), ("halloween", "10-31"), ("thanksgiving", "11-4-4"), ("easter", "EASTER"),
    ]

    /// Words that, spelled out in a pattern, set the direction of a one-unit shift (`the day after`,
    /// `the following week`, `the previous day`).
    static let directions: [(String, Int)] = [
        ("after", 1), ("following", 1), ("next", 1), ("previous", -1), ("preceding", -1),
    ]

    /// Capitalized words that make a weekday part of a newspaper's name (`The Sunday Times`).
    static let newspaperWords: [String] = [
        "times", "telegraph", "express", "mirror", "herald", "post", "mail", "observer", "independent", "tribune",
    ]

    /// Time-zone abbreviations that may follow a clock time (`3 p.m. EST`).
    static let timeZones: [String] = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et"]

    /// Words that name a clock time: their `HH:MM`.
    static let clockWords: [(String, String)] = [("noon", "12:00"), ("midnight", "24:00"), ("midday", "12:00")]
}

extension Lexicon {
    /// Adds the time vocabulary of `TimeWords`.
    mutating func addTimeWords() {
        for row in TimeWords.months {
            for (position, name) in row.names.enumerated() {
                add(name, position == 0 ? .month : .monthAbbreviation) { $0.month = row.month }
            }
        }
        for row in TimeWords.weekdays {
            for name in row.names { add(name, .weekday) { $0.weekday = row.weekday } }
        }
        for (word, value) in TimeWords.numerals { add(word, .numeral) { $0.numeral = value } }
        for (word, value) in TimeWords.ordinals { add(word, .ordinal) { $0.ordinal = value } }
        for row in TimeWords.units {
            for word in row.singular { add(word, .unit) { $0.unit = row.unit } }
            for word in row.plural { add(word, .unitPlural) { $0.unit = row.unit } }
        }
        for (word, value) in TimeWords.deictics { add(word, .deictic) { $0.offset = value } }
        for (word, value, code) in TimeWords.dayReferences {
            add(word, .dayReference) {
                $0.dayOffset = value
                $0.code = code
            }
        }
        for (word, value) in TimeWords.shiftWords { add(word, .shiftWord) { $0.direction = value } }
        for (word, code) in TimeWords.seasons { add(word, .season) { $0.code = code } }
        for (word, code) in TimeWords.partsOfDay {
            add(word, .partOfDay) { $0.code = code }
            add(word + "s", .partOfDayPlural) { $0.code = code }
        }
        for (word, mod) in TimeWords.modifiers { add(word, .modifier) { $0.mod = mod } }
        for (word, value) in TimeWords.vague { add(word, .vague) { $0.value = value } }
        for (word, value) in TimeWords.sets { add(word, []) { $0.setValue = value } }
        for (word, code) in TimeWords.holidays { add(word, .holiday) { $0.code = code } }
        for (word, code) in TimeWords.clockWords { add(word, .clockWord) { $0.code = code } }
        add(words: TimeWords.timeZones, .timeZone)
        for (word, value) in TimeWords.directions { add(word, []) { $0.direction = value } }
        add(words: TimeWords.newspaperWords, .newspaperWord)
        for word in ["a", "p", "am", "pm"] { add(word, .meridiem) }
        add("half", []) { $0.unit = .half }
    }
}
