import TimelineCore

/// Reads the `Date:` value of a header block.
///
/// Accepted forms: ISO `2022-03-31` (optionally followed by a time, `2022-03-31T10:00:00Z`),
/// `March 31, 2022` / `Mar 31 2022`, `31 Mar 2022` / `31 March 2022`, and RFC 2822
/// `Thu, 31 Mar 2022 10:00:00 +0000`. A time zone never shifts the day: the date is taken as written.
enum HeaderDate {
    static func parse(_ text: String) -> CalendarDate? {
        let text = text.trimmingWhitespace()
        return iso(text) ?? written(text)
    }

    /// `YYYY-MM-DD`, alone or followed by `T` or a space and a time.
    static func iso(_ text: String) -> CalendarDate? {
        guard let date = CalendarDate(iso: text) else { return nil }
        let rest = text.unicodeScalars.dropFirst(10)
        guard let next = rest.first else { return date }
        return next == "T" || next == " " ? date : nil
    }

    /// `March 31, 2022`, `31 Mar 2022`, with an optional leading weekday and anything after the year.
    static func written(_ text: String) -> CalendarDate? {
        var words = tokens(text)
        if let first = words.first, weekdays.contains(first.lowercased()) {
            words.removeFirst()
        }
        guard words.count >= 3 else { return nil }
        let monthFirst = month(words[0]).map { ($0, words[1]) }
        let dayFirst = month(words[1]).map { ($0, words[0]) }
        guard let (month, dayText) = monthFirst ?? dayFirst,
            dayText.count <= 2, let day = Int(dayText),
            words[2].count == 4, let year = Int(words[2]),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Runs of letters or of digits; everything else separates them.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var currentIsDigits = false
        for scalar in text.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            let isLetter = scalar.properties.isAlphabetic
            if (isDigit || isLetter) && (current.isEmpty || isDigit == currentIsDigits) {
                current.unicodeScalars.append(scalar)
                currentIsDigits = isDigit
                continue
            }
            if !current.isEmpty { result.append(current) }
            current = isDigit || isLetter ? String(scalar) : ""
            currentIsDigits = isDigit
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func month(_ word: String) -> Int? {
        months[word.lowercased()]
    }

    static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var table: [String: Int] = ["sept": 9]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        return table
    }()

    static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
