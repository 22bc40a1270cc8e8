import Testing

@testable import TimelineCore

/// `the past three years` is a DURATION whose interval ends at its reference; plain durations stay unplaced.
@Suite struct AnchoredDurationTests {
    /// (sentence, expression, value, span start, span end, granularity, anchor)
    static let cases: [(String, String, String, String?, String?, Granularity?, String?)] = [
        (
            "Sales fell over the past three years.", "the past three years", "P3Y", "2019-03-31", "2022-03-31", .year,
            "DCT"
        ),
        ("Rain fell in the last two weeks.", "the last two weeks", "P2W", "2022-03-17", "2022-03-31", .week, "DCT"),
        (
            "Talks resume in the next two months.", "the next two months", "P2M", "2022-03-31", "2022-05-31", .month,
            "DCT"
        ),
        (
            "Rates fell over the past two decades.", "the past two decades", "P20Y", "2002-03-31", "2022-03-31",
            .decade, "DCT"
        ),
        ("They waited three and a half hours.", "three and a half hours", "PT3H30M", nil, nil, nil, nil),
        ("It lasted 20 years.", "20 years", "P20Y", nil, nil, nil, nil),
        ("Rain fell in the past 24 hours.", "the past 24 hours", "PT24H", nil, nil, nil, nil),
    ]

    @Test(arguments: cases)
    func places(_ example: (String, String, String, String?, String?, Granularity?, String?)) throws {
        let found = extractOne(example.0, "2022-03-31")
        let timex = try #require(found.first { $0.text == example.1 }, "\(found.map(\.text))")
        #expect(timex.type == .duration)
        #expect(timex.value == example.2)
        #expect(timex.span?.start == example.3)
        #expect(timex.span?.end == example.4)
        #expect(timex.span?.granularity == example.5)
        #expect(timex.anchor == example.6)
    }

    @Test func thePreviousYearsCountFromTheStory() throws {
        let found = extractOne("The war ended on May 8, 1945. In the previous two years it spread.", "2022-03-31")
        let timex = try #require(found.first { $0.text == "the previous two years" }, "\(found.map(\.text))")
        #expect(timex.span == TimeSpan(start: "1943-05-08", end: "1945-05-08", granularity: .year))
        #expect(timex.anchor == "t1")
    }
}
