import Testing

@testable import TimelineCore

/// Property tests: random and hostile Unicode never crashes the extractor, offsets always index the body's
/// scalars, and every value is a well-formed TIMEX3 value.
@Suite struct RobustnessTests {
    static let extractor = Extractor()
    static let day = CalendarDate(year: 2022, month: 3, day: 31)

    /// A small deterministic generator (SplitMix64), so a failure reproduces from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces a hostile document is built from: real expressions next to marks, emoji, RTL text, controls.
    static let pieces: [String] = [
        "March 31, 2022", "last year", "in August", "20 years", "3/31/2022", "2022-03-31", "Monday", "the 1990s",
        "three and a half hours", "every Monday", "May", "March", "spring", "second", "2000 people", "$1990",
        "e\u{301}", "\u{1F600}", "\u{1F1FA}\u{1F1F8}", "\u{05E9}\u{05DC}\u{05D5}\u{05DD}", "\u{200F}", "\u{202E}",
        "\u{0}", "\u{FEFF}", "\r\n", "\n\n", "\t", " ", ".", ",", "\u{201C}", "\u{2019}", "-", "/", ":", "'",
        "Mr.", "U.S.", "12", "1999", "31", "p.m.", "GMT", "ago", "later", "since", "until", "the", "said",
        "\u{0301}\u{0301}\u{0301}", "\u{10FFFF}", "\u{E000}", "Ω", "ß", "İ", "ﬁ", "٣", "２０２２",
        "two days later", "that day", "the day before", "twice a week", "the past three years", "Christmas Eve",
        "Sunday Times", "the turn of the century", "Feb. 29", "in 1944",
    ]

    static func randomDocument(seed: UInt64, pieces count: Int) -> String {
        var generator = SplitMix(state: seed)
        var text = ""
        for _ in 0..<count {
            if Int.random(in: 0..<5, using: &generator) == 0 {
                let scalar = UInt32.random(in: 0...0x10FFFF, using: &generator)
                if let value = Unicode.Scalar(scalar) { text.unicodeScalars.append(value) }
            } else {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            if Bool.random(using: &generator) { text += " " }
        }
        return text
    }

    /// Checks every invariant of one extraction.
    static func checkInvariants(_ body: String, _ result: Extraction) {
        let scalars = Array(body.unicodeScalars)
        var ids = Set<String>()
        for timex in result.timexes {
            #expect(0 <= timex.start && timex.start < timex.end && timex.end <= scalars.count, "\(timex)")
            guard 0 <= timex.start && timex.start < timex.end && timex.end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[timex.start..<timex.end])) == timex.text)
            #expect(TimexValueGrammar.isWellFormed(timex.value, type: timex.type), "\(timex.type) \(timex.value)")
            if let span = timex.span { #expect(span.start < span.end, "\(timex)") }
            // The reference is publication or an earlier expression; absolute values, sets and plain durations
            // have none.
            if let anchor = timex.anchor { #expect(anchor == "DCT" || ids.contains(anchor), "\(timex)") }
            if timex.type == .set { #expect(timex.anchor == nil && timex.span == nil, "\(timex)") }
            if timex.type == .duration { #expect((timex.anchor == nil) == (timex.span == nil), "\(timex)") }
            #expect([nil, "tense", "signal", "nearest"].contains(timex.resolvedBy), "\(timex)")
            if timex.type != .set { #expect(timex.quant == nil && timex.freq == nil, "\(timex)") }
            #expect([nil, "EVERY", "EACH"].contains(timex.quant), "\(timex)")
            if let freq = timex.freq {
                #expect(freq.hasSuffix("X") && Int(freq.dropLast()).map { $0 > 0 } == true, "\(timex)")
            }
            ids.insert(timex.id)
        }
        for event in result.events {
            #expect(ids.contains(event.timexID))
            let trigger = event.trigger
            #expect(0 <= trigger.start && trigger.start < trigger.end && trigger.end <= scalars.count)
            #expect(event.sentence.start <= trigger.start && trigger.end <= event.sentence.end)
            guard 0 <= trigger.start && trigger.start < trigger.end && trigger.end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[trigger.start..<trigger.end])) == trigger.text)
        }
    }

    @Test(arguments: 0..<200)
    func randomDocumentsKeepEveryInvariant(seed: Int) {
        let body = Self.randomDocument(seed: UInt64(seed), pieces: 60)
        Self.checkInvariants(body, Self.extractor.extract(body, publicationDate: Self.day))
    }

    @Test func hugeSingleLineAndEdgeCases() {
        let line = String(repeating: "On March 31, 2022 the index rose \u{1F600} e\u{301} \u{0} ", count: 30_000)
        #expect(line.unicodeScalars.count > 1_000_000)
        let result = Self.extractor.extract(line, publicationDate: Self.day)
        #expect(result.timexes.count == 30_000)
        Self.checkInvariants(line, result)
        for body in [
            "", " ", "\n", "\u{0}", "\u{301}", "May", "2022", "March 31,", String(repeating: "9", count: 100_000),
        ] {
            Self.checkInvariants(body, Self.extractor.extract(body, publicationDate: Self.day))
        }
    }

    @Test(arguments: [
        ("2021", TimexType.date), ("2021-08", .date), ("2022-02-28", .date), ("2022-W13", .date), ("2021-Q3", .date),
        ("2021-SU", .date), ("199", .date), ("19", .date), ("2022-03-31TNI", .time), ("2022-03-31T15:30", .time),
        ("XXXX-WXX", .date), ("PRESENT_REF", .date), ("P20Y", .duration), ("PT3H30M", .duration), ("PXY", .duration),
        ("P1W", .set), ("XXXX-XX-XXTMO", .time), ("2021-H1", .date), ("FY1998", .date),
    ])
    func theValueGrammarAcceptsTimeMLValues(value: String, type: TimexType) {
        #expect(TimexValueGrammar.isWellFormed(value, type: type))
    }

    @Test(arguments: ["", "2021-13", "2", "P", "PT", "2021-08-32", "abc", "2021--08", "P3", "T15:30"])
    func theValueGrammarRejectsMalformedValues(value: String) {
        #expect(!TimexValueGrammar.isWellFormed(value, type: .date))
    }
}

/// What a TIMEX3 `value` may look like (TimeML 1.2.1), checked by hand.
enum TimexValueGrammar {
    static func isWellFormed(_ value: String, type: TimexType) -> Bool {
        if ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(value) { return true }
        if value.hasPrefix("P") { return isDuration(value) }
        if value.hasPrefix("FY") { return isDate(String(value.dropFirst(2))) }
        if let t = value.firstIndex(of: "T") {
            return isDate(String(value[..<t])) && isTimeOfDay(String(value[value.index(after: t)...]))
        }
        return isDate(value)
    }

    static func digitsOrX(_ part: Substring, count: Int) -> Bool {
        part.count == count && part.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "X") }
    }

    static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first, (2...4).contains(year.count), digitsOrX(year, count: year.count) else {
            return false
        }
        if year.count < 4 { return parts.count == 1 }
        switch parts.count {
        case 1: return true
        case 2:
            let second = parts[1]
            if ["SP", "SU", "FA", "WI", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "QX", "HX"].contains(second) {
                return true
            }
            if second.hasPrefix("W") {
                let week = second.dropFirst()
                return week == "XX" || (week.count <= 2 && Int(week).map { (1...53).contains($0) } == true)
            }
            return digitsOrX(second, count: 2) && (second.contains("X") || (1...12).contains(Int(second)!))
        case 3:
            let (month, day) = (parts[1], parts[2])
            if month.hasPrefix("W") { return ["WE", "1", "2", "3", "4", "5", "6", "7"].contains(day) }
            guard digitsOrX(month, count: 2), digitsOrX(day, count: 2) else { return false }
            if month.contains("X") || day.contains("X") { return true }
            return (1...12).contains(Int(month)!) && (1...31).contains(Int(day)!)
        default: return false
        }
    }

    static func isTimeOfDay(_ value: String) -> Bool {
        if ["MO", "MI", "AF", "EV", "NI", "DT"].contains(value) { return true }
        let clock = value.prefix { $0 != "Z" && $0 != "+" && $0 != "-" }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ digitsOrX($0, count: 2) }) else { return false }
        return Int(parts[0]).map { $0 <= 24 } ?? true
    }

    static func isDuration(_ value: String) -> Bool {
        var rest = value.dropFirst()
        guard !rest.isEmpty else { return false }
        var inTime = false
        var sawUnit = false
        while !rest.isEmpty {
            if rest.first == "T" {
                guard !inTime else { return false }
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "X") }
            guard !number.isEmpty, let unit = rest.dropFirst(number.count).first else { return false }
            let units: Set<Character> = inTime ? ["H", "M", "S"] : ["Y", "M", "W", "D", "E", "C", "L", "Q", "H"]
            guard units.contains(unit) else { return false }
            sawUnit = true
            rest = rest.dropFirst(number.count + 1)
        }
        return sawUnit
    }
}
