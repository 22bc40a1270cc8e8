import Testing

@testable import TimelineCore

/// Phrases that settle a day's tense before the verbs are looked at (`TenseClues.phraseTense`) and clue
/// words that are no tense clue in some company (`next to`).
@Suite struct TensePhraseTests {
    /// Published on Wednesday 1998-03-18 unless said otherwise.
    static let cases: [(sentence: String, published: String, text: String, value: String)] = [
        // `as soon as` / `as early as` look ahead, whatever the verbs say.
        ("The group could have left as soon as Tuesday, Castro said.", "2000-04-03", "Tuesday", "2000-04-04"),
        ("Trading opened as early as Monday.", "1998-03-18", "Monday", "1998-03-23"),
        // A possessive day is a reported day, even after an infinitive or a future-looking word.
        (
            "Relatives would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday",
            "2000-01-05"
        ),
        ("It was a 24% premium over Thursday's closing price.", "1998-03-18", "Thursday", "1998-03-12"),
        ("The vote will follow Friday's debate.", "1998-03-18", "Friday", "1998-03-20"),
        // `effective` puts the date a change takes effect ahead, whatever the verbs say.
        ("U.S. Trust also created a new office, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"),
        ("The resignation was accepted effective Monday.", "1998-03-18", "Monday", "1998-03-23"),
        // `next to` is a place, not a future.
        (
            "Dozens were wounded in the blasts next to the embassies on Friday.", "1998-08-08", "Friday",
            "1998-08-07"
        ),
        // An `-ed` word after a determiner and an adverb is an adjective, no past tense: `would` decides.
        (
            "The split would be paid on a still unspecified date in January.", "1989-10-26", "January",
            "1990-01"
        ),
        ("The vote will be held on a yet undecided day in February.", "1989-11-02", "February", "1990-02"),
        // Without the adverb the `-ed` verb is a past tense.
        ("The company settled the dispute in February.", "1989-11-02", "February", "1989-02"),
    ]

    @Test(arguments: cases)
    func resolvesDay(_ example: (sentence: String, published: String, text: String, value: String)) throws {
        let found = extractOne(example.sentence, example.published)
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.value == example.value)
    }
}
