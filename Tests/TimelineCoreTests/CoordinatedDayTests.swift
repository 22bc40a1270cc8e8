import Testing

@testable import TimelineCore

/// A bare day number after `and`/`or` and a full day date is the same month's day (`April 24 and 25`); a year
/// after the second member is the first member's too (`March and April 1990`).
@Suite struct CoordinatedDayTests {
    @Test func secondDayTakesTheMonthAndYearOfTheFirst() throws {
        let found = extractOne("A ceremony will be held at the summit on April 24 and 25.", "1999-02-10")
        #expect(found.map(\.text) == ["April 24", "25"])
        #expect(found.map(\.value) == ["1999-04-24", "1999-04-25"])
        let second = try #require(found.last)
        #expect(second.type == .date)
        #expect(second.span == TimeSpan.day(CalendarDate(year: 1999, month: 4, day: 25)))
    }

    @Test func resolvedYearCarriesOver() {
        let found = extractOne("Talks were held on Dec. 30 or 31 in Geneva.", "1999-01-05")
        #expect(found.map(\.value) == ["1998-12-30", "1998-12-31"])
    }

    @Test func yearAfterTheSecondMemberIsTheFirstMembersToo() {
        let months = extractOne("The talks were held in March and April 1990.", "1998-03-18")
        #expect(months.map(\.text) == ["March", "April 1990"])
        #expect(months.map(\.value) == ["1990-03", "1990-04"])
        let days = extractOne("He left on Jan. 3 or 4, 1991, officials said.", "1998-03-18")
        #expect(days.map(\.text) == ["Jan. 3", "4, 1991"])
        #expect(days.map(\.value) == ["1991-01-03", "1991-01-04"])
        let mixed = extractOne("Talks ran in March and April 3, 1990.", "1998-03-18")
        #expect(mixed.map(\.value) == ["1990-03", "1990-04-03"])
    }

    @Test func numbersOfSomethingElseStayOut() {
        for sentence in [
            "Prices rose on March 3 and 25 percent more were sold.",
            "On March 3 and 25% of the votes were counted.",
            "On March 3 and 25 people were hurt.",
            "On March 30 and 31-year-old voters came.",
            "On March 3 and 2 others followed.",
            "On March 3 and 4,000 people marched.",
        ] {
            let found = extractOne(sentence, "1999-03-10")
            #expect(found.map(\.text) == ["March 3"] || found.map(\.text) == ["March 30"], "\(sentence): \(found)")
        }
    }
}
