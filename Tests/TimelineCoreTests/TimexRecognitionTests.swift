import Testing

@testable import TimelineCore

/// One expected time expression in a sentence.
struct TimexCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String
    var text: String
    var type: TimexType
    var value: String
    var testDescription: String { "\(text) in “\(sentence)”" }
}

let extractor = Extractor()

func extractOne(_ sentence: String, _ published: String) -> [TimeExpression] {
    extractor.extract(sentence, publicationDate: CalendarDate(iso: published)!).timexes
}

@Suite struct TimexRecognitionTests {
    static let cases: [TimexCase] = [
        // Explicit dates.
        .init(
            sentence: "It ended on March 31, 2022.", published: "2022-04-02", text: "March 31, 2022", type: .date,
            value: "2022-03-31"),
        .init(
            sentence: "It ended on 31 March 2022.", published: "2022-04-02", text: "31 March 2022", type: .date,
            value: "2022-03-31"),
        .init(
            sentence: "Talks began Mar. 28 in Istanbul.", published: "2022-03-31", text: "Mar. 28", type: .date,
            value: "2022-03-28"),
        .init(
            sentence: "The filing is dated 2022-03-31.", published: "2022-04-02", text: "2022-03-31", type: .date,
            value: "2022-03-31"),
        .init(
            sentence: "The filing is dated 3/31/2022.", published: "2022-04-02", text: "3/31/2022", type: .date,
            value: "2022-03-31"),
        .init(
            sentence: "Prices rose in August 2021.", published: "2022-03-31", text: "August 2021", type: .date,
            value: "2021-08"),
        .init(sentence: "The plant opened in 1998.", published: "2022-03-31", text: "1998", type: .date, value: "1998"),
        .init(
            sentence: "Sales fell in the 1990s.", published: "2022-03-31", text: "the 1990s", type: .date, value: "199"
        ),
        // Relative dates.
        .init(
            sentence: "He arrived yesterday.", published: "2022-03-31", text: "yesterday", type: .date,
            value: "2022-03-30"),
        .init(
            sentence: "She leaves tomorrow.", published: "2022-03-31", text: "tomorrow", type: .date,
            value: "2022-04-01"),
        .init(
            sentence: "Last year, Russia organized a conference.", published: "2022-03-31", text: "Last year",
            type: .date, value: "2021"),
        .init(
            sentence: "He arrived last month.", published: "2022-03-31", text: "last month", type: .date,
            value: "2022-02"),
        .init(
            sentence: "They will meet next week.", published: "2022-03-31", text: "next week", type: .date,
            value: "2022-W14"),
        .init(
            sentence: "It happened this week.", published: "2022-03-31", text: "this week", type: .date,
            value: "2022-W13"),
        .init(
            sentence: "He resigned two years ago.", published: "2022-03-31", text: "two years ago", type: .date,
            value: "2020"),
        .init(
            sentence: "He resigned three days later.", published: "2022-03-31", text: "three days later", type: .date,
            value: "2022-04-03"),
        .init(
            sentence: "The vote was last Friday.", published: "2022-03-31", text: "last Friday", type: .date,
            value: "2022-03-25"),
        .init(
            sentence: "Profit rose in the third quarter.", published: "1989-11-02", text: "the third quarter",
            type: .date, value: "1989-Q3"),
        // Durations, references, sets, times.
        .init(
            sentence: "They stayed for 20 years.", published: "2022-03-31", text: "20 years", type: .duration,
            value: "P20Y"),
        .init(
            sentence: "It took three months.", published: "2022-03-31", text: "three months", type: .duration,
            value: "P3M"),
        .init(sentence: "It took a week.", published: "2022-03-31", text: "a week", type: .duration, value: "P1W"),
        // After a preposition an article and unit stay a duration, even after an amount.
        .init(
            sentence: "He earned $5 million in a year.", published: "2022-03-31", text: "a year", type: .duration,
            value: "P1Y"),
        .init(
            sentence: "Talks went on for 24 hours.", published: "2022-03-31", text: "24 hours", type: .duration,
            value: "PT24H"),
        .init(
            sentence: "Gonzalez spoke for 60 minutes.", published: "2022-03-31", text: "60 minutes", type: .duration,
            value: "PT60M"),
        .init(
            sentence: "It is a two-year contract.", published: "2022-03-31", text: "two-year", type: .duration,
            value: "P2Y"),
        .init(
            sentence: "Prices are high now.", published: "2022-03-31", text: "now", type: .date, value: "PRESENT_REF"),
        .init(
            sentence: "He currently works here.", published: "2022-03-31", text: "currently", type: .date,
            value: "PRESENT_REF"),
        .init(
            sentence: "She recently left.", published: "2022-03-31", text: "recently", type: .date, value: "PAST_REF"),
        .init(sentence: "The paper appears daily.", published: "2022-03-31", text: "daily", type: .set, value: "P1D"),
        .init(
            sentence: "The blast came at 3 p.m. near the square.", published: "2022-03-31", text: "3 p.m.", type: .time,
            value: "2022-03-31T15:00"),
    ]

    @Test(arguments: cases)
    func recognizesAndNormalizes(_ example: TimexCase) throws {
        let found = extractOne(example.sentence, example.published)
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.type == example.type)
        #expect(match.value == example.value)
        let scalars = Array(example.sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == example.text)
    }

    /// Sentences with no time expression at all.
    static let falsePositives: [String] = [
        "He may resign if the vote fails.",
        "Thousands march through the capital.",
        "They plan to march on the parliament.",
        "Leaves turn brown in the fall of prices.",
        "The second reading passed.",
        "The company hired 2000 people.",
        "They sold the remaining 2000 acres.",
        "An estimated 1990 refugees crossed.",
        "The Boeing-2000 jet flew.",
        "A later dating of the bones was done.",
        "That was the year the music died.",
        "It cost $1990 in total.",
        "Spring water is sold here.",
        "A 6-year-old boy was rescued.",
    ]

    @Test(arguments: falsePositives)
    func ignoresNonTimes(_ sentence: String) {
        #expect(extractOne(sentence, "2022-03-31").isEmpty)
    }

    /// Underspecified months and weekdays follow the tense around them.
    static let tenseCases: [(sentence: String, text: String, value: String)] = [
        ("The Taliban seized control in August.", "August", "2021-08"),
        ("The company will report results in August.", "August", "2022-08"),
        ("Elections take place in May.", "May", "2022-05"),
        ("The minister resigned on Friday.", "Friday", "2022-03-25"),
        ("The minister will resign on Friday.", "Friday", "2022-04-01"),
        ("Officials said Tuesday that talks failed.", "Tuesday", "2022-03-29"),
        ("The summit opens in April.", "April", "2022-04"),
    ]

    @Test(arguments: tenseCases)
    func resolvesByTense(_ example: (sentence: String, text: String, value: String)) throws {
        let found = extractOne(example.sentence, "2022-03-31")
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.value == example.value)
    }

    @Test func countsUnicodeScalarsNotCharacters() throws {
        // “ and ” are one scalar each; the flag emoji is two scalars but one Character.
        let body = "🇺🇦 “Kyiv fell,” he said. 👍🏽 It happened last month."
        let found = extractOne(body, "2022-03-31")
        let match = try #require(found.first)
        let scalars = Array(body.unicodeScalars)
        #expect(match.text == "last month")
        #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == "last month")
        #expect(match.start == 40)
    }

    @Test func aRowWhoseOptionalStartIsAbsentMatchesAtAParagraphStart() throws {
        let found = extractOne("Profit rose.\n\nThird-quarter results included a gain.", "1989-10-30")
        #expect(found.map(\.text) == ["Third-quarter"])
        #expect(found.first?.value == "1989-Q3")
    }

    @Test func everyPatternRowMatchesItsExample() throws {
        for row in TimexPatterns.rows {
            let found = extractOne(row.context ?? "They said it was \(row.example) there.", "2022-03-31")
            #expect(found.contains { $0.text == row.example }, "row example \(row.example): \(found.map(\.text))")
        }
    }

    @Test func spansAreHalfOpenIntervals() throws {
        let found = extractOne("The Taliban seized control in August, not on March 3 or in 2021.", "2022-03-31")
        let spans = found.compactMap(\.span)
        #expect(
            spans == [
                TimeSpan(start: "2021-08-01", end: "2021-09-01", granularity: .month),
                TimeSpan(start: "2022-03-03", end: "2022-03-04", granularity: .day),
                TimeSpan(start: "2021-01-01", end: "2022-01-01", granularity: .year),
            ])
    }
}
