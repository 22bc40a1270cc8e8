import Testing
import TimelineViews
import TimelineWire

/// The terminal timeline and the date labels it is made of.
struct TimelineTextTests {
    @Test(arguments: [
        ("2021", "year", "2021-01-01", "2022-01-01", "2021 (Jan–Dec)"),
        ("2021-08", "month", "2021-08-01", "2021-09-01", "Aug 2021 (1–31 Aug)"),
        ("2024-02", "month", "2024-02-01", "2024-03-01", "Feb 2024 (1–29 Feb)"),
        ("2022-02-15", "day", "2022-02-15", "2022-02-16", "15 Feb 2022"),
        ("199", "decade", "1990-01-01", "2000-01-01", "1990s (1990–1999)"),
        ("2021-Q3", "quarter", "2021-07-01", "2021-10-01", "2021-Q3 (Jul–Sep)"),
        ("2021-W33", "week", "2021-08-16", "2021-08-23", "2021-W33 (16–22 Aug)"),
        ("2021-WI", "season", "2021-12-01", "2022-03-01", "2021-WI (Dec 2021 – Feb 2022)"),
        ("2022-03-31T10:00", "minute", "2022-03-31T10:00", "2022-03-31T10:01", "31 Mar 2022 10:00"),
        ("PAST_REF", "", "", "", "PAST_REF"),
    ])
    func labelsAreAsPreciseAsKnownWithSpans(
        value: String, granularity: String, start: String, end: String, expected: String
    ) {
        let time = EventTime(
            value: value, type: "DATE", start: start, end: end, granularity: granularity, text: "",
            offsets: Offsets(start: 0, end: 0))
        #expect(DateLabel.of(time) == expected)
    }

    @Test func relationsReadAsWords() {
        let labels = SampleEvents.all.map(DateLabel.of)
        #expect(labels[2] == "since 2021 (Jan–Dec)")
        #expect(labels[4] == "before Aug 2021 (1–31 Aug)")
    }

    @Test func groupedByYearAndMonthWithSpansFirst() {
        let lines = TimelineText(color: false, width: 100).render(SampleEvents.all.reversed())
        let expected = [
            "1990",
            "    1990s (1990–1999)           the region was unstable  — notes.txt",
            "2021",
            "    2021 (Jan–Dec)              Russia organized an international conference  — Russia accredits Ta…",
            "    since 2021 (Jan–Dec)        Moscow has staged military manoeuvres  — Russia accredits Taliban e…",
            "  August",
            "    before Aug 2021 (1–31 Aug)  talks failed  — Russia accredits Taliban envoy, warns of extremists…",
            "    Aug 2021 (1–31 Aug)         the Taliban seized control  — Russia accredits Taliban envoy, warns…",
            "2022",
            "  February",
            "    15 Feb 2022                 the first Afghan diplomat arrived in Moscow  — Russia accredits Tal…",
            "  March",
            "    31 Mar 2022 10:00           Lavrov spoke  — Russia accredits Taliban envoy, warns of extremists…",
        ]
        #expect(lines == expected, "\n\(lines.joined(separator: "\n"))")
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TimelineText(color: false, width: 120).render(SampleEvents.all)
        #expect(!plain.joined().contains("\u{1B}["))
        let coloured = TimelineText(color: true, width: 120).render(SampleEvents.all)
        #expect(coloured[0] == "\u{1B}[1m1990\u{1B}[0m")
        #expect(coloured.joined().contains("\u{1B}[33m15 Feb 2022"))
    }

    @Test func longSummariesAreCutToTheWidth() {
        let long = SampleEvents.event(
            9, value: "2021", granularity: "year", start: "2021-01-01", end: "2022-01-01",
            summary: String(repeating: "word ", count: 60) + "\nnext line")
        let line = TimelineText(color: false, width: 80).line(long)
        #expect(line.count <= 80)
        #expect(line.contains("…") && !line.contains("\n"))
    }
}
