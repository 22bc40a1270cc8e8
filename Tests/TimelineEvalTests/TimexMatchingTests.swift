import Testing
import TimelineEval

private func timex(_ start: Int, _ end: Int, _ type: String? = "DATE", _ value: String? = "2020") -> ScoredTimex {
    ScoredTimex(start: start, end: end, type: type, value: value)
}

private func pairs(_ list: [(Int, Int)]) -> [TimexMatching.Pair] {
    list.map { TimexMatching.Pair(gold: $0.0, system: $0.1) }
}

@Test func strictNeedsEqualSpansAndUsesEachSystemTimexOnce() {
    let matching = TimexMatching(
        gold: [timex(0, 4), timex(0, 4), timex(10, 14)], system: [timex(0, 4), timex(10, 13)])
    #expect(matching.strict == pairs([(0, 0)]))
    #expect(matching.relaxed == pairs([(0, 0), (2, 1)]))
}

@Test func relaxedTakesTheLargestOverlapFirst() {
    // System 0 overlaps gold 0 by 2 and gold 1 by 5: it goes to gold 1, and gold 0 stays unmatched.
    let matching = TimexMatching(gold: [timex(0, 5), timex(8, 20)], system: [timex(3, 13)])
    #expect(matching.relaxed == pairs([(1, 0)]))
    #expect(matching.goldOverlappingAny == 2)
    #expect(matching.systemOverlappingAny == 1)
}

@Test func equalOverlapsGoToTheCloserStart() {
    // Gold 0 [0,10) overlaps system 0 [2,5) and system 1 [6,9) by 3 each; system 1 starts further away.
    let matching = TimexMatching(gold: [timex(0, 10)], system: [timex(6, 9), timex(2, 5)])
    #expect(matching.relaxed == pairs([(0, 1)]))
}

@Test func fullTiesGoInDocumentOrder() {
    // Same overlap and start distance: the lower gold index wins, then the lower system index.
    let gold = TimexMatching(gold: [timex(0, 4), timex(0, 4)], system: [timex(0, 4)])
    #expect(gold.relaxed == pairs([(0, 0)]))
    let system = TimexMatching(gold: [timex(0, 4)], system: [timex(0, 4), timex(0, 4)])
    #expect(system.relaxed == pairs([(0, 0)]))
}

@Test func touchingSpansDoNotOverlap() {
    let matching = TimexMatching(gold: [timex(0, 4)], system: [timex(4, 8)])
    #expect(matching.relaxed.isEmpty)
    #expect(matching.goldOverlappingAny == 0)
}

@Test func creationTimeIsLeftOutWithSystemTimexesOverlappingIt() {
    var dateline = timex(0, 10)
    dateline.functionInDocument = " creation_time "
    let document = ScoringDocument(
        name: "d", text: String(repeating: "x", count: 40), gold: [dateline, timex(20, 24)],
        system: [timex(2, 6), timex(20, 24), timex(30, 34)])
    let counts = TimexScorer.score(document).counts
    #expect(counts.gold == 1)
    #expect(counts.system == 2)
    #expect(counts.systemIgnoredForCreationTime == 1)
    #expect(counts.strictMatches == 1)
}

@Test func emptySpansAreSkippedOnBothSides() {
    let document = ScoringDocument(
        name: "d", text: "abcdefgh", gold: [timex(3, 3), timex(0, 4)], system: [timex(5, 5), timex(6, 2), timex(0, 4)])
    let (counts, warnings, _) = TimexScorer.score(document)
    #expect(counts.goldEmptySkipped == 1)
    #expect(counts.systemEmptySkipped == 2)
    #expect(counts.gold == 1 && counts.system == 1 && counts.relaxedMatches == 1)
    #expect(
        warnings == [
            "d: span 5..5 outside text of length 8 or empty", "d: span 6..2 outside text of length 8 or empty",
        ])
}

@Test func zeroDenominatorsGiveZero() {
    let evaluation = TimexScorer.evaluate([ScoringDocument(name: "d", text: "", gold: [], system: [])])
    for ratios in [evaluation.strict, evaluation.relaxed, evaluation.relaxedAny, evaluation.type, evaluation.value] {
        #expect(ratios.precision == 0 && ratios.recall == 0 && ratios.f1 == 0)
    }
    #expect(evaluation.type.accuracy == 0)
    #expect(evaluation.byGoldType.isEmpty)
}

@Test func typeAndValueAreComparedAfterStrippingAndMissingIsWrong() {
    let document = ScoringDocument(
        name: "d", text: String(repeating: "x", count: 30),
        gold: [timex(0, 4, "DATE", "2020"), timex(10, 14, nil, "P1Y"), timex(20, 24, "TIME", nil)],
        system: [timex(0, 5, " DATE ", "2020 "), timex(10, 14, "DURATION", nil), timex(20, 24, "TIME", nil)])
    let evaluation = TimexScorer.evaluate([document])
    #expect(evaluation.counts.typeCorrect == 2)  // DATE = " DATE ", missing ≠ DURATION, TIME = TIME
    #expect(evaluation.counts.valueCorrect == 2)  // "2020" = "2020 ", P1Y ≠ missing, missing = missing
    #expect(evaluation.byGoldType.map(\.type) == ["?", "DATE", "TIME"])
    #expect(evaluation.value.f1 == 0.666667)
    #expect(evaluation.errors.map(\.kind) == [.mismatch, .mismatch])
}

@Test func missingSystemOutputIsScoredAsEmptyAndWarned() {
    let evaluation = TimexScorer.evaluate(
        [ScoringDocument(name: "a", text: "abcd", gold: [timex(0, 4)], system: nil)], extraSystemDocuments: ["z"])
    #expect(evaluation.missingInSystem == ["a"])
    #expect(evaluation.counts.gold == 1 && evaluation.relaxed.recall == 0)
    #expect(
        evaluation.warnings == [
            "1 gold document(s) have no system output (scored as empty): a",
            "1 system document(s) have no gold file and were ignored: z",
        ])
}

@Test func textMismatchIsWarnedWithPythonQuoting() {
    var system = timex(0, 3)
    system.text = "it's"
    let document = ScoringDocument(name: "d", text: "May 1", gold: [], system: [system])
    #expect(
        TimexScorer.score(document).warnings == [#"d: span 0..3 is 'May' in the gold text but the system says "it's""#])
}

@Test(arguments: [("AP_1.tml", "AP_1"), ("out/AP_1.txt", "AP_1"), ("a.TE3input.tml", "a"), (".tml", ".tml")])
func documentKeysDropKnownExtensions(path: String, key: String) {
    #expect(DocumentKey.of(path) == key)
}
