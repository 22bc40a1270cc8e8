import TimelineCore

/// Finds a publication date in a file name: `2022-03-31-floods.txt`, `20220331_floods.txt`,
/// `floods-2022-03-31.txt`, `floods_2022_03_31.txt`, `NYT19981120.0362.tml`.
///
/// A date is a run of exactly 8 digits (`YYYYMMDD`), or 4, 2 and 2 digits joined by the same `-` or
/// `_`, not touching other digits. It must be a real day (no 2022-02-30). The first valid one wins.
enum FileNameDate {
    static func find(in name: String) -> CalendarDate? {
        let runs = digitRuns(Array(name.unicodeScalars))
        for (index, run) in runs.enumerated() {
            if run.digits.count == 8, let date = compactDate(run.digits) {
                return date
            }
            if run.digits.count == 4, index + 2 < runs.count {
                let month = runs[index + 1]
                let day = runs[index + 2]
                guard month.digits.count == 2, day.digits.count == 2,
                    let separator = month.separatorBefore, separator == "-" || separator == "_",
                    day.separatorBefore == separator,
                    let date = date(run.digits[...], month.digits[...], day.digits[...])
                else { continue }
                return date
            }
        }
        return nil
    }

    /// A maximal run of ASCII digits and the single character right before it, when that character
    /// directly follows the previous run.
    struct DigitRun {
        var digits: String
        var separatorBefore: Unicode.Scalar?
    }

    static func digitRuns(_ scalars: [Unicode.Scalar]) -> [DigitRun] {
        var runs: [DigitRun] = []
        var index = 0
        var previousRunEnd = -10
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, isDigit(scalars[index]) { index += 1 }
            let separator = start == previousRunEnd + 1 ? scalars[start - 1] : nil
            runs.append(
                DigitRun(
                    digits: String(String.UnicodeScalarView(scalars[start..<index])),
                    separatorBefore: separator))
            previousRunEnd = index
        }
        return runs
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// `YYYYMMDD`.
    private static func compactDate(_ digits: String) -> CalendarDate? {
        date(digits.prefix(4), digits.dropFirst(4).prefix(2), digits.suffix(2))
    }

    private static func date(_ year: Substring, _ month: Substring, _ day: Substring) -> CalendarDate? {
        CalendarDate(iso: "\(year)-\(month)-\(day)")
    }
}
