import Foundation
import TimelineCore

/// Finds a publication date written in the first lines of a body: a news dateline or a byline stamp.
///
///     MOSCOW, March 31 (Reuters) - Russia said …        → 03-31, the year from `reference`
///     KABUL, Afghanistan, Aug. 15, 2021 — The Taliban …  → 2021-08-15
///     March 31, 2022 — The ministry said …               → 2022-03-31
///     Updated: 2022-03-31T10:00Z                         → 2022-03-31, time 2022-03-31T10:00:00Z
///     Published on 31 March 2022                         → 2022-03-31
///
/// Only the first `maximumLines` non-blank lines are looked at. A dateline without a year takes the
/// latest year that puts it no more than two days after `reference` (the file-name date or the
/// modification day): news is dated on or shortly before it arrives.
enum Dateline {
    static let maximumLines = 6

    /// Labels of byline stamps, lowercased; `published` ones win over `updated` ones.
    static let publishedLabels = [
        "published on", "published:", "published", "posted on", "posted:", "posted",
        "first published", "date:", "dated",
    ]
    static let updatedLabels = ["last updated:", "last updated", "updated on", "updated:", "updated", "modified:"]

    static func find(in body: String, reference: CalendarDate) -> PublicationStamp? {
        var updated: PublicationStamp?
        var seen = 0
        for rawLine in body.prefix(3000).split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace().trimmingMarkup()
            guard !line.isEmpty else { continue }
            seen += 1
            if seen > maximumLines { break }
            if let stamp = labelled(line, labels: publishedLabels) { return stamp }
            if updated == nil, let stamp = labelled(line, labels: updatedLabels) {
                updated = stamp
                continue
            }
            if let stamp = dashed(line, reference: reference) { return stamp }
        }
        return updated
    }

    /// `Updated: 2022-03-31T10:00Z`, `Published on March 31, 2022 at 10:00 GMT`.
    private static func labelled(_ line: String, labels: [String]) -> PublicationStamp? {
        let lower = line.lowercased()
        for label in labels where lower.hasPrefix(label) {
            let value = line.dropFirst(label.count).drop(while: { $0 == ":" || $0 == " " || $0 == "\t" })
            return PublicationStamp.parse(String(value.prefix(80)))
        }
        return nil
    }

    /// `CITY, Month D[, YYYY] [(Agency)] -`, `Month D, YYYY —`, `D Month YYYY -`.
    private static func dashed(_ line: String, reference: CalendarDate) -> PublicationStamp? {
        guard let dash = dashIndex(in: line) else { return nil }
        var lead = line[..<dash].trimmingWhitespace()
        if lead.hasSuffix(")"), let open = lead.lastIndex(of: "(") {
            lead = lead[..<open].trimmingWhitespace()
        }
        if let stamp = PublicationStamp.parse(lead) { return stamp }
        let parts = lead.split(separator: ",", maxSplits: 8).map { $0.trimmingWhitespace() }
        guard parts.count >= 2, isPlace(parts[0]) else { return nil }
        // Try the date from each comma onwards: `KABUL, Afghanistan, Aug. 15, 2021`.
        for start in 1..<parts.count {
            let rest = parts[start...].joined(separator: ", ")
            if let date = HeaderDate.written(rest) { return PublicationStamp(date: date, time: nil) }
            if let date = monthDay(rest, reference: reference) { return PublicationStamp(date: date, time: nil) }
        }
        return nil
    }

    /// The index of the first ` - `, ` -- `, `—` or `–` in the first 120 characters.
    private static func dashIndex(in line: String) -> String.Index? {
        let window = line.prefix(120)
        if let index = window.firstIndex(where: { $0 == "—" || $0 == "–" }) { return index }
        return window.range(of: " - ")?.lowerBound ?? window.range(of: " -- ")?.lowerBound
    }

    /// A place name: at most 40 characters of letters, spaces, dots, apostrophes and hyphens, starting
    /// with a capital.
    private static func isPlace(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, text.count <= 40 else { return false }
        return text.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "'" || $0 == "-" }
    }

    /// `March 31`, `Mar. 31`, `31 March` with nothing after but punctuation; the year from `reference`.
    static func monthDay(_ text: String, reference: CalendarDate) -> CalendarDate? {
        let words = HeaderDate.tokens(text)
        guard words.count == 2 else { return nil }
        let monthFirst = HeaderDate.month(words[0]).map { ($0, words[1]) }
        let dayFirst = HeaderDate.month(words[1]).map { ($0, words[0]) }
        guard let (month, dayText) = monthFirst ?? dayFirst, dayText.count <= 2, let day = Int(dayText),
            (1...31).contains(day)
        else { return nil }
        let latest = reference.adding(days: 2)
        for year in stride(from: latest.year, through: latest.year - 4, by: -1)
        where day <= CalendarDate.daysIn(month: month, year: year) {
            let date = CalendarDate(year: year, month: month, day: day)
            if date <= latest { return date }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading Markdown emphasis or heading marks and trailing emphasis marks.
    func trimmingMarkup() -> String {
        let marks: (Character) -> Bool = { $0 == "*" || $0 == "_" || $0 == "#" || $0 == ">" || $0 == " " }
        return String(drop(while: marks).reversed().drop(while: marks).reversed())
    }
}
