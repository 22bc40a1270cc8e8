import Testing

@testable import TimelineCore

/// `or so` inside the span, unnamed amounts ago, `would` in reported speech, and clock times with no day of
/// their own, which fall on the day the story tells.
@Suite struct ApproximateAndClockTests {
    static let cases: [(sentence: String, published: String, text: String, value: String)] = [
        // `or so` stays inside the TIMEX3.
        ("The plant will be closed over the next year or so.", "1989-10-30", "the next year or so", "1990"),
        ("Sales may slow over the next two years or so.", "1989-10-30", "the next two years or so", "P2Y"),
        ("The talks lasted two weeks or so.", "1989-10-30", "two weeks or so", "P2W"),
        ("Then, a week or so ago, the general decided.", "1991-02-25", "a week or so ago", "1991-W08"),
        // An unnamed amount ago is a past reference.
        ("The share was 35 percent several years ago.", "1998-02-13", "several years ago", "PAST_REF"),
        ("Walls were removed a few years ago.", "1998-02-12", "a few years ago", "PAST_REF"),
        ("Many months ago, it began.", "1998-02-12", "Many months ago", "PAST_REF"),
        // The week around a named day.
        (
            "They meet in a hearing the week of March 6, the father said.", "2000-02-24", "the week of March 6",
            "2000-W10"
        ),
        ("Trading resumed the week of Oct. 16, 1989.", "1989-11-02", "the week of Oct. 16, 1989", "1989-W42"),
        // `would` puts a reported day ahead; `would-be` is no verb.
        ("Officials said the father would be traveling Thursday.", "2000-04-05", "Thursday", "2000-04-06"),
        ("The store was robbed by would-be thieves Thursday.", "2000-04-05", "Thursday", "2000-03-30"),
        // A bare clock time falls on the latest day named; with none, on publication.
        ("He was shot on Oct. 23, 1998 at 10 p.m. in his kitchen.", "1999-04-19", "10 p.m.", "1998-10-23T22:00"),
        ("The fire started yesterday. It spread at 10:35 a.m.", "1998-08-08", "10:35 a.m.", "1998-08-07T10:35"),
        ("The meeting starts at 3 p.m.", "1998-08-08", "3 p.m.", "1998-08-08T15:00"),
        ("In March 1998, it opened at 9 a.m. daily.", "1999-04-19", "9 a.m.", "1999-04-19T09:00"),
        // So does a part of a day with a modifier and no day of its own.
        ("By mid afternoon, officials were saying it was over.", "1998-03-06", "mid afternoon", "1998-03-06TAF"),
        ("The fire started yesterday. By late evening it had spread.", "1998-08-08", "late evening", "1998-08-07TEV"),
    ]

    @Test(arguments: cases)
    func readsExpression(_ example: (sentence: String, published: String, text: String, value: String)) throws {
        let found = extractOne(example.sentence, example.published)
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.value == example.value)
    }

    @Test func aBareClockAnchorsOnTheDayItFallsOn() throws {
        let found = extractOne("He was shot on Oct. 23, 1998 at 10 p.m.", "1999-04-19")
        let clock = try #require(found.first { $0.type == .time })
        #expect(clock.anchor == found.first?.id)
    }
}
