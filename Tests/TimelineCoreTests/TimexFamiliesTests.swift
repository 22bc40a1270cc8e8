import Testing

@testable import TimelineCore

/// One expected time expression with its `mod`.
struct FamilyCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String = "1998-03-18"
    var text: String
    var type: TimexType
    var value: String
    var mod: String? = nil
    var testDescription: String { "\(text) in “\(sentence)”" }
}

/// The families added for TimeBank's conventions: modifiers, fractions, clock times on a day, holidays,
/// decades, business quarters, spoken years, calendar sets, years resolved by distance.
@Suite struct TimexFamiliesTests {
    static let cases: [FamilyCase] = [
        // The end of the current year in financial news, and a part of the current unit after `in the`.
        .init(
            sentence: "The sale should close by year-end.", published: "1989-11-02", text: "year-end", type: .date,
            value: "1989", mod: "END"),
        .init(
            sentence: "Debt at year end was $3 billion.", published: "1989-10-26", text: "year end", type: .date,
            value: "1989", mod: "END"),
        .init(
            sentence: "Debt at year-end 1988 was lower.", published: "1989-11-02", text: "year-end 1988", type: .date,
            value: "1988", mod: "END"),
        .init(
            sentence: "It expects to finish by the year's end.", published: "1989-10-30", text: "the year's end",
            type: .date, value: "1989", mod: "END"),
        .init(
            sentence: "Sales fell earlier in the year.", published: "1989-10-26", text: "earlier in the year",
            type: .date, value: "1989", mod: "START"),
        .init(
            sentence: "Rates rose later in the month.", published: "1998-03-18", text: "later in the month",
            type: .date, value: "1998-03", mod: "END"),
        .init(
            sentence: "The stock halted mid-afternoon yesterday.", published: "1989-11-02",
            text: "mid-afternoon yesterday", type: .date, value: "1989-11-01TAF", mod: "MID"),
        // Days counted on a calendar of working days.
        .init(
            sentence: "Eight trading days after the crash, the index recovered.", published: "1989-10-30",
            text: "Eight trading days", type: .duration, value: "P8D"),
        .init(
            sentence: "Payment is due within ten business days.", published: "1989-10-30",
            text: "ten business days", type: .duration, value: "P10D"),
        // A season of a year keeps its article.
        .init(
            sentence: "Oil fell to levels we saw in the winter of nineteen ninety-four.", published: "1998-02-23",
            text: "the winter of nineteen ninety-four", type: .date, value: "1994-WI"),
        // Modifiers inside the span, with their mod.
        .init(
            sentence: "It lasted nearly forty years.", text: "nearly forty years", type: .duration, value: "P40Y",
            mod: "APPROX"),
        .init(
            sentence: "The talks took more than four hours.", text: "more than four hours", type: .duration,
            value: "PT4H", mod: "MORE_THAN"),
        .init(
            sentence: "Detainees can be held up to 180 days.", text: "up to 180 days", type: .duration,
            value: "P180D", mod: "EQUAL_OR_LESS"),
        .init(
            sentence: "They need at least 72 hours.", text: "at least 72 hours", type: .duration, value: "PT72H",
            mod: "EQUAL_OR_MORE"),
        .init(
            sentence: "Prices peaked in mid-November.", text: "mid-November", type: .date, value: "1997-11",
            mod: "MID"),
        .init(
            sentence: "Profit rose earlier this month.", text: "earlier this month", type: .date,
            value: "1998-03", mod: "START"),
        .init(
            sentence: "He was arrested late yesterday.", text: "late yesterday", type: .date, value: "1998-03-17",
            mod: "END"),
        // Fractions and compound numbers.
        .init(
            sentence: "The flight took 2 1/2 years to plan.", text: "2 1/2 years", type: .duration,
            value: "P2Y6M"),
        .init(
            sentence: "They waited three and a half hours.", text: "three and a half hours", type: .duration,
            value: "PT3H30M"),
        .init(
            sentence: "It lasted a minute and a half.", text: "a minute and a half", type: .duration,
            value: "PT1M30S"),
        .init(
            sentence: "Rain fell over the last twenty four hours.", text: "the last twenty four hours",
            type: .duration, value: "PT24H"),
        .init(sentence: "It may take a couple of years.", text: "a couple of years", type: .duration, value: "P2Y"),
        .init(sentence: "Turnout fell for two decades.", text: "two decades", type: .duration, value: "P20Y"),
        .init(sentence: "The talks need two more weeks.", text: "two more weeks", type: .duration, value: "P2W"),
        .init(
            sentence: "The loan runs for an additional year.", text: "an additional year", type: .duration,
            value: "P1Y"),
        // Clock times on their day.
        .init(
            sentence: "The deadline is 10 p.m. Wednesday.", text: "10 p.m. Wednesday", type: .time,
            value: "1998-03-18T22:00"),
        .init(
            sentence: "Polls will close at noon Thursday.", text: "noon Thursday", type: .time,
            value: "1998-03-19T12:00"),
        .init(
            sentence: "The offer expires at 5 p.m. EST, March 27.", text: "5 p.m. EST, March 27", type: .time,
            value: "1998-03-27T17:00"),
        .init(
            sentence: "Trading halted at midnight Friday.", text: "midnight Friday", type: .time,
            value: "1998-03-13T24:00"),
        // Holidays by rule.
        .init(
            sentence: "They met on Easter in 2000.", published: "2000-05-01", text: "Easter", type: .date,
            value: "2000-04-23"),
        .init(
            sentence: "The parade is on Thanksgiving Day.", published: "1999-11-20", text: "Thanksgiving Day",
            type: .date, value: "1999-11-25"),
        // Decades and centuries.
        .init(
            sentence: "Rates soared in the late 1970s.", text: "the late 1970s", type: .date, value: "197",
            mod: "END"),
        .init(sentence: "It began in the mid-1990s.", text: "the mid-1990s", type: .date, value: "199", mod: "MID"),
        // Business quarters and fiscal years.
        .init(
            sentence: "Net rose in the fiscal first quarter.", published: "1989-11-02",
            text: "the fiscal first quarter", type: .date, value: "1989-Q1"),
        .init(
            sentence: "Sales fell in the 1988 third quarter.", published: "1989-11-02",
            text: "the 1988 third quarter", type: .date, value: "1988-Q3"),
        .init(
            sentence: "It expects a gain in next year's first quarter.", published: "1989-11-02",
            text: "next year's first quarter", type: .date, value: "1990-Q1"),
        .init(
            sentence: "Net fell from the year-ago third quarter.", published: "1989-11-02",
            text: "the year-ago third quarter", type: .date, value: "1988-Q3"),
        .init(
            sentence: "Sales rose in the latest period.", published: "1989-11-02", text: "the latest period",
            type: .date, value: "1989-Q3"),
        .init(
            sentence: "Sales will rise in the current fiscal year.", published: "1989-11-02",
            text: "the current fiscal year", type: .date, value: "1989"),
        .init(
            sentence: "Net was $5 million for the year ended June 30.", published: "1989-11-02",
            text: "the year", type: .duration, value: "P1Y"),
        // `for the year` / `of the year` with nothing ending it is the year being reported.
        .init(
            sentence: "For the year, volume was flat.", published: "1989-11-02", text: "the year", type: .date,
            value: "1989"),
        .init(
            sentence: "Earnings will be lower for the fiscal year.", published: "1989-11-02",
            text: "the fiscal year", type: .date, value: "1989"),
        .init(
            sentence: "The third-quarter results were weak.", published: "1989-11-02", text: "third-quarter",
            type: .date, value: "1989-Q3"),
        // Spoken years, years before their noun, months with a relative year.
        .init(
            sentence: "It happened in nineteen ninety-six.", text: "nineteen ninety-six", type: .date,
            value: "1996"),
        .init(sentence: "Investors fled after the 1987 crash.", text: "1987", type: .date, value: "1987"),
        .init(sentence: "He lost his unsuccessful 1996 campaign.", text: "1996", type: .date, value: "1996"),
        .init(sentence: "The post-1959 politics split families.", text: "1959", type: .date, value: "1959"),
        .init(
            sentence: "It is an item in the company's 1989 operating results.", text: "1989", type: .date,
            value: "1989"),
        // Centuries by ordinal: the two leading digits of their years.
        .init(sentence: "He shaped the 20th century.", text: "the 20th century", type: .date, value: "19"),
        .init(sentence: "A castle from the 11th century.", text: "the 11th century", type: .date, value: "10"),
        .init(
            sentence: "It began in the late 19th century.", text: "the late 19th century", type: .date, value: "18",
            mod: "END"),
        .init(sentence: "Coins from the third century.", text: "the third century", type: .date, value: "02"),
        // `the past decade` is the ten years up to now (as `the past three years`); `the last decade` is one.
        .init(
            sentence: "Threats became routine over the past decade.", published: "1998-10-25",
            text: "the past decade", type: .duration, value: "P10Y"),
        .init(
            sentence: "Prices rose during the last decade.", published: "1998-10-25", text: "the last decade",
            type: .date, value: "198"),
        // A season after `the` is this year's; a whole year is the current one.
        .init(
            sentence: "Sales slowed over the summer.", published: "1989-10-30", text: "the summer", type: .date,
            value: "1989-SU"),
        .init(
            sentence: "Orders rose from the early summer.", published: "1989-10-30", text: "the early summer",
            type: .date, value: "1989-SU", mod: "START"),
        .init(
            sentence: "Sales for the full year rose 13%.", published: "1989-10-30", text: "the full year", type: .date,
            value: "1989"),
        .init(
            sentence: "It will be a theme until Election Day.", published: "1998-10-26", text: "Election Day",
            type: .date, value: "1998-11-03"),
        // The night before publication.
        .init(sentence: "He spoke last night.", text: "last night", type: .time, value: "1998-03-17TNI"),
        .init(sentence: "He left in June last year.", text: "June last year", type: .date, value: "1997-06"),
        // Calendar sets.
        .init(sentence: "Flights leave each Thursday.", text: "each Thursday", type: .set, value: "XXXX-WXX-4"),
        .init(
            sentence: "Flights leave on Tuesday nights.", text: "Tuesday nights", type: .set,
            value: "XXXX-WXX-2TNI"),
        // Bare plural durations after a cue.
        .init(sentence: "Troops will arrive within weeks.", text: "weeks", type: .duration, value: "PXW"),
        .init(
            sentence: "The ruling may come in the near future.", text: "the near future", type: .date,
            value: "FUTURE_REF"),
        .init(
            sentence: "It will cut tax payments in future quarters.", text: "future quarters", type: .date,
            value: "FUTURE_REF"),
        // The row carries the value: `term` is no time word of the lexicon.
        .init(
            sentence: "Earnings will suffer in the short term.", text: "the short term", type: .date,
            value: "FUTURE_REF"),
        .init(
            sentence: "It will seek financing at a later date.", text: "a later date", type: .date,
            value: "FUTURE_REF"),
        .init(
            sentence: "He sued the then current chairman.", text: "then current", type: .date, value: "PAST_REF"),
        .init(sentence: "He sued the current chairman.", text: "current", type: .date, value: "PRESENT_REF"),
        .init(sentence: "It waited a second, then fired.", text: "a second", type: .duration, value: "PT1S"),
        .init(sentence: "They marched this March.", text: "this March", type: .date, value: "1998-03"),
        // An unnamed stretch up to publication, as TimeML annotates it.
        .init(sentence: "Sales slumped in recent weeks.", text: "recent weeks", type: .duration, value: "PXW"),
        // Spoken decades: the latest decade of that name begun by publication.
        .init(sentence: "Hate groups grew through the nineties.", text: "the nineties", type: .date, value: "199"),
        .init(
            sentence: "Rates last rose this high in the twenties.", published: "2026-11-30", text: "the twenties",
            type: .date, value: "202"),
        .init(
            sentence: "Net rose in the fiscal year ended June 30.", text: "the fiscal year", type: .duration,
            value: "P1Y"),
    ]

    @Test(arguments: cases)
    func recognizesFamily(_ example: FamilyCase) throws {
        let found = extractOne(example.sentence, example.published)
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.type == example.type)
        #expect(match.value == example.value)
        #expect(match.mod == example.mod)
    }

    /// Underspecified months and days take the year nearest to publication unless the tense says otherwise.
    static let yearCases: [(sentence: String, published: String, text: String, value: String)] = [
        ("Trading resumes Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14"),
        ("Officials said the vote is Nov. 6.", "1989-10-30", "Nov. 6", "1989-11-06"),
        ("The payment was made Nov. 25.", "2000-01-07", "Nov. 25", "1999-11-25"),
        ("He will succeed Mr. Davison Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"),
        ("The peace process is set to resume Monday.", "1998-03-22", "Monday", "1998-03-23"),
        // A participle after `be` is passive, not past: `will` decides.
        ("Collins will be named commander for a mission in December.", "1998-03-04", "December", "1998-12"),
    ]

    @Test(arguments: yearCases)
    func resolvesNearest(_ example: (sentence: String, published: String, text: String, value: String)) throws {
        let found = extractOne(example.sentence, example.published)
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.value == example.value)
    }

    /// Words TimeBank does not tag, or leaves outside the span.
    static let guards: [(sentence: String, absent: String)] = [
        ("The company will soon sell boxes.", "soon"),
        ("It raised questions about future demand.", "future"),
        ("They stay for the foreseeable future.", "the foreseeable future"),
        ("The talks lasted about five hours.", "about five hours"),
        ("He was 37 years old when he was kidnapped.", "37 years"),
        ("Bonds rose after the fall in prices.", "the fall"),
        ("Baker, speaking on ABC News' \"This Week,\" said so.", "This Week"),
        ("He was 37 years old when he was kidnapped.", "years"),
        ("It grew over three years.", "over three years"),
        ("Earlier Friday the minister resigned.", "Earlier Friday"),
        ("A 1996 law named for him passed.", "1996 law"),
        ("Lunch is served at noon.", "noon"),
        ("He was determined to succeed in May 1990.", "May"),
        // `a second` before a noun is an ordinal; a lowercase `march` after `this` is a protest.
        ("Clinton is seeking a second term.", "a second"),
        ("Police arrested him at this march in Buffalo.", "this march"),
        // The article of a compound is no amount: `year-earlier` is the date, not `a year`.
        ("It compared with a year-earlier loss.", "a year"),
        // `short term` before a noun is an adjective, not the future.
        ("It repaid the short term debt.", "the short term"),
        // The divisor of a rate (after an amount, or after a noun counted by a number) is no duration, nor is
        // the dividend of `24 hours a day`.
        ("The stock pays a dividend of $1.76 a year.", "a year"),
        ("It should save $500 million a year in costs.", "a year"),
        ("The economy created jobs at a rate of 358,000 a month.", "a month"),
        ("The airline runs four flights a week to Bombay.", "a week"),
        ("Guards stand outside 24 hours a day.", "24 hours"),
        ("Guards stand outside 24 hours a day.", "a day"),
        // A capitalized unit after digits names a programme.
        ("Gonzalez said on CBS's 60 Minutes that he would stay.", "60 Minutes"),
    ]

    @Test(arguments: guards)
    func leavesOut(_ example: (sentence: String, absent: String)) {
        let found = extractOne(example.sentence, "1998-03-18")
        #expect(!found.contains { $0.text == example.absent }, "found \(found.map(\.text))")
    }

    @Test func aYearAgoInResultsNewsIsTheReportedQuarter() throws {
        let body = "Net rose in the third quarter. Sales were $5 million, up from $4 million a year ago."
        let found = extractOne(body, "1989-11-02")
        let match = try #require(found.first { $0.text == "a year ago" })
        #expect(match.value == "1988-Q3")
    }

    @Test func everyModifierPrefixRowMatchesItsExample() {
        for row in ModifierPrefixes.rows {
            let found = extractOne("They said it was \(row.example) there.", "1998-03-18")
            #expect(found.contains { $0.text == row.example && $0.mod == row.mod }, "\(row.example): \(found)")
        }
    }
}
