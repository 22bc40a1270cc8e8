import Foundation
import Testing

@testable import TimelineCore

@Suite struct EventAnchoringTests {
    /// (sentence, timex text, trigger, relation)
    static let relationCases: [(String, String, String, TemporalRelation)] = [
        ("The Taliban seized control in August.", "August", "seized", .on),
        ("The treaty must be signed before March 1.", "March 1", "signed", .before),
        ("Troops will stay until March.", "March", "stay", .ends),
        ("Prices soared after March 3.", "March 3", "soared", .after),
        ("The group has operated since 1998.", "1998", "operated", .begins),
        ("The election in November was close.", "November", "election", .on),
        ("Savin Corp. reported a third-quarter loss.", "third-quarter", "loss", .on),
        ("Police described last month's discovery of a rifle.", "last month", "discovery", .on),
        ("The agency said Friday it would investigate.", "Friday", "said", .on),
        ("The company said it currently holds about 4.2 million shares.", "currently", "holds", .on),
        ("Supporters held a rally in the capital Saturday demanding his return.", "Saturday", "held", .on),
        ("Ralston reported a 47% decline in fourth-quarter earnings.", "fourth-quarter", "earnings", .on),
        ("Shareholders responded coolly to yesterday's announcement.", "yesterday", "announcement", .on),
        ("Intel said that last week a customer discovered two flaws.", "last week", "discovered", .on),
        ("NATO members just a decade ago were still under the Soviet umbrella.", "a decade ago", "were", .on),
    ]

    /// (sentence, timex text, every trigger it dates with its relation)
    static let multipleCases: [(String, String, [String])] = [
        ("Du Pont reported that third-quarter profit grew 19%.", "third-quarter", ["profit/ON", "grew/ON"]),
        ("Sales increased in the quarter ended Sept. 30.", "the quarter", ["increased/ON", "ended/ENDS"]),
        ("The stock began trading this summer at $14.", "this summer", ["began/ON", "trading/ON"]),
        (
            "The city could have used some protection in 1979 when the Soviets invaded.", "1979",
            ["used/ON", "invaded/ON"]
        ),
        ("The company reported a net loss for the third quarter.", "the third quarter", ["reported/ON", "loss/ON"]),
        (
            "In July 1997, at a summit in Madrid, the alliance announced it.", "July 1997",
            ["summit/ON", "announced/ON"]
        ),
        (
            "During the quarter, Delta issued 2.5 million shares and repurchased 1.1 million shares.", "the quarter",
            ["issued/ON", "repurchased/ON"]
        ),
        (
            "Last week, FBI Director Louis Freeh asked Mexico to join the hunt, federal officials have said.",
            "Last week", ["asked/ON"]
        ),
        ("He is charged in the 1996 Olympic bombing that killed one person.", "1996", ["bombing/ON", "killed/ON"]),
        // The relative clause has a subject of its own: its verb is not dated by the noun's time.
        ("He recalled the 1996 bombing that investigators reopened.", "1996", ["bombing/ON"]),
        ("The doctor was shot at 10 p.m. as he stood in his kitchen.", "10 p.m.", ["shot/ON", "stood/ON"]),
        // `as a result of` opens no clause: the noun after it is not dated.
        ("The stock rose on Friday as a result of the merger.", "Friday", ["rose/ON"]),
        // A report closing the sentence is not what a time in the reported words dates.
        (
            "Hernandez was kidnapped from his small, neighborhood store at 10 p.m. Wednesday, police said.",
            "10 p.m. Wednesday", ["kidnapped/ON"]
        ),
        ("\"We will have a reasonably flat year this year,\" Mr. Schwarz says.", "this year", []),
        // Not a closing report: nothing with a verb before the comma, or a clause of its own after the verb.
        (
            "In the year-ago quarter, the company reported net income of $1.9 million.", "the year-ago quarter",
            ["reported/ON"]
        ),
        ("On Wednesday, Alarcon, head of the assembly, said the convictions prove it.", "Wednesday", ["said/ON"]),
        // A past verb that took place in the dated event happened at its time.
        ("A nurse was injured in the 1998 clinic bombing.", "1998", ["bombing/ON", "injured/ON"]),
        ("NATO decided at last year's summit to invite them.", "last year", ["summit/ON", "decided/ON"]),
        // Not a verb with the event as its object, after a signal of another relation, a report or a present.
        ("They adopted defensive measures after the 1987 crash.", "1987", ["crash/ON"]),
        ("Investigators said in last month's report that he fled.", "last month", ["report/ON"]),
        ("Citadel posted a third-quarter net loss.", "third-quarter", ["loss/ON"]),
    ]

    @Test(arguments: multipleCases)
    func datesSeveralEvents(_ example: (String, String, [String])) throws {
        let result = extractor.extract(example.0, publicationDate: CalendarDate(year: 1989, month: 11, day: 1))
        let timex = try #require(result.timexes.first { $0.text == example.1 })
        let pairs = result.events.filter { $0.timexID == timex.id }.map { "\($0.trigger.text)/\($0.relation.rawValue)" }
        #expect(pairs == example.2)
    }

    @Test(arguments: relationCases)
    func tiesTimeToTrigger(_ example: (String, String, String, TemporalRelation)) throws {
        let result = extractor.extract(example.0, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let timex = try #require(result.timexes.first { $0.text == example.1 })
        let event = try #require(result.events.first { $0.timexID == timex.id }, "events: \(result.events)")
        #expect(event.trigger.text == example.2)
        #expect(event.relation == example.3)
        #expect(event.sentence.text == example.0)
    }

    @Test func vagueReferencesDateEventsFromThePublicationDay() throws {
        let body = "Iraq now controls a fifth of the reserves. The plant was recently closed."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let controls = try #require(result.events.first { $0.trigger.text == "controls" }, "\(result.events)")
        #expect(controls.span == TimeSpan(start: "2022-03-31", end: "2022-04-01", granularity: .day))
        let closed = try #require(result.events.first { $0.trigger.text == "closed" }, "\(result.events)")
        #expect(closed.span == TimeSpan(start: "", end: "2022-04-01", granularity: .day))
    }

    @Test func sinceClauseStopsAtARelativeClause() throws {
        let body =
            "The INS said it will act against the relatives who have been caring for him since he was rescued "
            + "in late November."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 2000, month: 1, day: 10))
        #expect(!result.events.contains { $0.trigger.text == "said" }, "\(result.events.map(\.trigger.text))")
    }

    @Test func sinceClauseDatesTheMainVerbToo() throws {
        let body = "Moscow has staged manoeuvres since the Taliban took power last year."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let pairs = result.events.map { "\($0.trigger.text)/\($0.relation.rawValue)" }
        #expect(pairs == ["took/ON", "staged/BEGINS"])
        let begins = try #require(result.events.last)
        #expect(begins.span == TimeSpan(start: "2021-01-01", end: "2022-04-01", granularity: .year))
        #expect(begins.summary == "Moscow has staged manoeuvres")
    }

    @Test func sinceThenDatesTheEventsOfItsSentenceByTheSentenceBefore() throws {
        let body =
            "The program began in 1950. Since then, 427 fugitives have been taken into custody or located, "
            + "133 of them as a result of citizen assistance, the FBI said."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 1999, month: 6, day: 7))
        let timex = try #require(result.timexes.first { $0.text == "1950" })
        let pairs = result.events.filter { $0.timexID == timex.id }.map { "\($0.trigger.text)/\($0.relation.rawValue)" }
        #expect(pairs == ["began/ON", "taken/BEGINS", "located/BEGINS", "assistance/BEGINS"])
        let taken = try #require(result.events.first { $0.trigger.text == "taken" })
        #expect(taken.span == TimeSpan(start: "1950-01-01", end: "1999-06-08", granularity: .year))
        // Inherited: the event's own sentence does not contain its expression.
        #expect(taken.sentence.text.hasPrefix("Since then,"))
        #expect(!(taken.sentence.start..<taken.sentence.end).contains(timex.start))
    }

    @Test func sinceThenStopsAtARelativeClause() {
        let body = "The plant opened in 1990. Since then, the firm has hired workers who were laid off by rivals."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 1999, month: 6, day: 7))
        #expect(result.events.map { "\($0.trigger.text)/\($0.relation.rawValue)" } == ["opened/ON", "hired/BEGINS"])
    }

    /// Sentences that inherit no time: a plain continuation, `then` without `since`, a time of their own, no
    /// time in the sentence right before.
    static let noInheritanceCases: [String] = [
        "The plant opened in 1990. Workers were hired from across the region.",
        "The plant opened in 1990. Then workers were hired from across the region.",
        "The plant opened in 1990. Since then, workers were hired in March.",
        "The plant opened in 1990. It is big. Since then, workers were hired from across the region.",
    ]

    @Test(arguments: noInheritanceCases)
    func otherSentencesInheritNoTime(_ body: String) {
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 1999, month: 6, day: 7))
        let hired = result.events.filter { $0.trigger.text == "hired" }
        let ownTime = result.timexes.first { $0.text == "March" }
        #expect(hired.allSatisfy { $0.timexID == ownTime?.id && $0.relation == .on }, "\(hired)")
    }

    /// (sentence, duration text, trigger, relation)
    static let extentCases: [(String, String, String, TemporalRelation)] = [
        ("The US withdrew its soldiers from Afghanistan after 20 years.", "20 years", "withdrew", .after),
        ("The strike ended after six weeks of negotiations.", "six weeks", "negotiations", .on),
        ("The company had losses through the first nine months.", "the first nine months", "losses", .on),
        ("I pray for this young boy every day.", "every day", "pray", .on),
    ]

    @Test(arguments: extentCases)
    func durationIsAnExtentNotADate(_ example: (String, String, String, TemporalRelation)) throws {
        let result = extractor.extract(example.0, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let timex = try #require(result.timexes.first { $0.text == example.1 })
        #expect(timex.type == .duration || timex.type == .set)
        let extent = try #require(result.extents.first { $0.timexID == timex.id }, "extents: \(result.extents)")
        #expect(extent.trigger.text == example.2)
        #expect(extent.relation == example.3)
        #expect(!result.events.contains { $0.timexID == timex.id }, "a duration puts no event on the timeline")
    }

    /// (sentence, expected summary of its one event)
    static let summaryCases: [(String, String)] = [
        ("Yesterday the index rose.", "the index rose"),
        ("On Monday the minister resigned.", "the minister resigned"),
        ("Prices rose 5% in the third quarter.", "Prices rose 5%"),
        ("In 1998 the firm was founded.", "the firm was founded"),
    ]

    @Test(arguments: summaryCases)
    func summariesLeaveOutTheTimeExpression(_ example: (String, String)) throws {
        let result = extractor.extract(example.0, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let event = try #require(result.events.first, "no event in \(example.0)")
        #expect(event.summary == example.1)
    }

    @Test func aSemicolonEndsTheClauseAVerbIsLookedFor() {
        let body = "Last Tuesday the vote failed; next March a new vote is due."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let march = result.timexes.first { $0.text == "next March" }
        #expect(march?.value == "2023-03")
        #expect(!result.events.contains { $0.timexID == march?.id && $0.trigger.text == "failed" })
    }

    @Test func eventSpansFollowRelations() {
        let span = TimeSpan(start: "2021-08-01", end: "2021-09-01", granularity: .month)
        let day = CalendarDate(year: 2022, month: 3, day: 31)
        #expect(EventAnchoring.eventSpan(span, .on, publication: day) == span)
        #expect(EventAnchoring.eventSpan(span, .before, publication: day).end == "2021-08-01")
        #expect(EventAnchoring.eventSpan(span, .before, publication: day).start == "")
        #expect(EventAnchoring.eventSpan(span, .after, publication: day).start == "2021-09-01")
        #expect(EventAnchoring.eventSpan(span, .ends, publication: day).end == "2021-09-01")
        #expect(EventAnchoring.eventSpan(span, .begins, publication: day).end == "2022-04-01")
    }

    @Test func splitsSentencesAroundAbbreviationsAndQuotes() {
        let body = "Mr. Smith left the U.S. on Jan. 5. “It was hard,” he said. He returned Friday."
        let result = extractor.extract(body, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        let sentences = result.events.map(\.sentence.text)
        #expect(sentences == ["Mr. Smith left the U.S. on Jan. 5.", "He returned Friday."])
    }

    /// (sentence, timex text, every trigger it measures)
    static let coordinatedNounCases: [(String, String, [String])] = [
        (
            "Cubans remember what 40 years of the blockade, armed invasions, sabotage and attempts to kill Castro"
                + " were like.", "40 years", ["invasions", "sabotage", "attempts"]
        ),
        // A conjunct that names no event ends the list.
        (
            "Cubans remember what 40 years of the blockade, armed invasions, the police and attempts to kill Castro"
                + " were like.", "40 years", ["invasions"]
        ),
    ]

    @Test(arguments: coordinatedNounCases)
    func coordinatedEventNounsShareTheTime(_ example: (String, String, [String])) throws {
        let result = extractor.extract(example.0, publicationDate: CalendarDate(year: 2000, month: 1, day: 7))
        let timex = try #require(result.timexes.first { $0.text == example.1 })
        #expect(result.extents.filter { $0.timexID == timex.id }.map(\.trigger.text) == example.2)
    }

    @Test func durationsGetNoEvents() {
        let result = extractor.extract(
            "They fought for 20 years.", publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        #expect(result.timexes.count == 1)
        #expect(result.events.isEmpty)
    }
}

/// The worked example in `shared/examples`, checked field by field.
@Suite struct WorkedExampleTests {
    struct Expected: Decodable {
        struct Timex: Decodable {
            var text: String
            var start: Int
            var end: Int
            var type: String
            var value: String
        }
        struct Trigger: Decodable {
            var text: String
            var start: Int
            var end: Int
        }
        struct Event: Decodable {
            var timex: String
            var trigger: Trigger
            var relation: String
            var summary: String
        }
        var dct: String
        var timexes: [Timex]
        var events: [Event]
    }

    static var shared: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared").standardizedFileURL
    }

    @Test func lavrovArticleComesOutExactly() throws {
        let examples = Self.shared.appendingPathComponent("examples")
        let articleURL = examples.appendingPathComponent("lavrov-2022-03-31.txt")
        let expectedURL = examples.appendingPathComponent("lavrov.expected.json")
        try #require(
            FileManager.default.fileExists(atPath: expectedURL.path),
            "shared examples missing at \(examples.path): the tests expect <repo>/../shared")
        let article = try String(contentsOf: articleURL, encoding: .utf8)
        let body = try #require(article.range(of: "\n\n").map { String(article[$0.upperBound...]) })
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
        let result = extractor.extract(body, publicationDate: try #require(CalendarDate(iso: expected.dct)))

        #expect(result.timexes.count == expected.timexes.count)
        for (got, want) in zip(result.timexes, expected.timexes) {
            #expect(got.text == want.text)
            #expect(got.start == want.start)
            #expect(got.end == want.end)
            #expect(got.type.rawValue == want.type)
            #expect(got.value == want.value)
        }
        #expect(result.events.count == expected.events.count)
        for want in expected.events {
            let event = result.events.first { $0.trigger.start == want.trigger.start }
            #expect(event != nil, "no event for \(want.trigger.text)")
            guard let event else { continue }
            let timex = result.timexes.first { $0.id == event.timexID }
            #expect(timex?.text == want.timex)
            #expect(event.trigger.text == want.trigger.text)
            #expect(event.trigger.end == want.trigger.end)
            #expect(event.relation.rawValue == want.relation)
            #expect(event.summary == want.summary)
        }
        let seized = try #require(result.events.first { $0.trigger.text == "seized" })
        #expect(seized.span == TimeSpan(start: "2021-08-01", end: "2021-09-01", granularity: .month))
    }
}
