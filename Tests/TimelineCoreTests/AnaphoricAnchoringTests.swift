import Testing

@testable import TimelineCore

/// One expected anchoring: the expression, its value, and what it was computed from.
struct AnchorCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String = "2022-03-31"
    var text: String
    var value: String
    /// `"DCT"`, nil (absolute), or the text of the time expression it anchors on.
    var anchor: String?
    var testDescription: String { "\(text) in “\(sentence)”" }
}

/// Deictic expressions count from publication, anaphoric ones from the last date the story named, and
/// `anchor` says which.
@Suite struct AnaphoricAnchoringTests {
    static let cases: [AnchorCase] = [
        .init(
            sentence: "The city fell in March 1944. Two days later the army entered.", text: "Two days later",
            value: "1944-03-03", anchor: "March 1944"),
        .init(
            sentence: "The siege began on June 5, 1944. The previous day the roads closed.", text: "The previous day",
            value: "1944-06-04", anchor: "June 5, 1944"),
        .init(
            sentence: "He landed on June 6, 1944, and had sailed the day before.", text: "the day before",
            value: "1944-06-05", anchor: "June 6, 1944"),
        .init(
            sentence: "Troops landed on June 6, 1944. Later that month they took the port.", text: "Later that month",
            value: "1944-06", anchor: "June 6, 1944"),
        .init(
            sentence: "Talks opened on Oct. 3, 2001. That same day the rebels attacked.", text: "That same day",
            value: "2001-10-03", anchor: "Oct. 3, 2001"),
        .init(
            sentence: "The vote was on May 2, 1997. The following year the law changed.", text: "The following year",
            value: "1998", anchor: "May 2, 1997"),
        .init(
            sentence: "The mine closed on May 2, 1997. The next day the union met.", text: "The next day",
            value: "1997-05-03", anchor: "May 2, 1997"),
        // A weekday after `previous` / `following` counts from the day the story tells.
        .init(
            sentence: "Stocks fell on Friday, Oct. 27, 1989, down 4.5% from the previous Friday.",
            published: "1989-10-30",
            text: "the previous Friday", value: "1989-10-20", anchor: "Friday, Oct. 27, 1989"),
        .init(
            sentence: "The vote was on Tuesday, May 2, 1995. The following Monday the law took effect.",
            published: "1995-05-10", text: "The following Monday", value: "1995-05-08",
            anchor: "Tuesday, May 2, 1995"),
        // With no date named, it counts from publication, like `last Friday`.
        .init(
            sentence: "Prices were higher than the previous Friday.", published: "1989-10-30",
            text: "the previous Friday", value: "1989-10-27", anchor: "DCT"),
        .init(
            sentence: "The war ended in 1945. A year later the treaty was signed.", text: "A year later", value: "1946",
            anchor: "1945"),
        // No date named yet: the publication date is the reference.
        .init(
            sentence: "Two days later the army entered.", text: "Two days later", value: "2022-04-02", anchor: "DCT"),
        // Deictic expressions ignore the story's dates.
        .init(
            sentence: "The city fell in March 1944. Two days ago officials said so.", text: "Two days ago",
            value: "2022-03-29", anchor: "DCT"),
        .init(
            sentence: "The city fell in March 1944. He arrived yesterday.", text: "yesterday", value: "2022-03-30",
            anchor: "DCT"),
        .init(sentence: "It rose last week.", text: "last week", value: "2022-W12", anchor: "DCT"),
        .init(sentence: "It rose this year.", text: "this year", value: "2022", anchor: "DCT"),
        .init(sentence: "It fell in August.", text: "August", value: "2021-08", anchor: "DCT"),
        // A dateline a day before publication is the report's date: deictic days count from it.
        .init(
            sentence: "BUDAPEST, March 12 (Xinhua) -- Hungary will mark its entry on Friday.", published: "1999-03-13",
            text: "Friday", value: "1999-03-12", anchor: "March 12"),
        .init(
            sentence: "PARIS, Oct. 3 - The minister resigned today.", published: "2001-10-04", text: "today",
            value: "2001-10-03", anchor: "Oct. 3"),
        // A date in the story is no dateline.
        .init(
            sentence: "Hungary joined on March 12, and will celebrate on Friday.", published: "1999-03-13",
            text: "Friday", value: "1999-03-19", anchor: "DCT"),
        // Absolute expressions have no anchor.
        .init(sentence: "It ended on March 3, 1944.", text: "March 3, 1944", value: "1944-03-03", anchor: nil),
        .init(sentence: "It ended in 1998.", text: "1998", value: "1998", anchor: nil),
        .init(sentence: "It lasted 20 years.", text: "20 years", value: "P20Y", anchor: nil),
    ]

    @Test(arguments: cases)
    func anchors(_ example: AnchorCase) throws {
        let found = extractOne(example.sentence, example.published)
        let timex = try #require(found.first { $0.text == example.text }, "\(found.map(\.text))")
        #expect(timex.value == example.value)
        switch example.anchor {
        case nil, "DCT": #expect(timex.anchor == example.anchor)
        case let text?:
            let anchor = try #require(found.first { $0.text == text }, "\(found.map(\.text))")
            #expect(timex.anchor == anchor.id)
        }
    }

    @Test func theReferenceMovesWithTheStory() throws {
        let body = "Rebels took the town on May 2, 1997. Three days later they left. The next day troops arrived."
        let found = extractOne(body, "2022-03-31")
        #expect(found.map(\.value) == ["1997-05-02", "1997-05-05", "1997-05-06"])
        #expect(found.map(\.anchor) == [nil, "t1", "t2"])
    }

    @Test func aThatDayNoFinerThanAMonthReference() throws {
        let found = extractOne("The city fell in March 1944. Many fled that day.", "2022-03-31")
        #expect(found.last?.value == "1944-03")
    }
}

extension AnaphoricAnchoringTests {
    @Test func aYearEarlierInResultsNewsAnchorsOnTheQuarter() throws {
        let body = "Net income rose in the third quarter. It was $5 million a year earlier."
        let found = extractOne(body, "1989-11-02")
        #expect(found.map(\.value) == ["1989-Q3", "1988-Q3"])
        #expect(found.last?.anchor == "t1")
    }
}
