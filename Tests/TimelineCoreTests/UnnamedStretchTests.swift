import Testing

@testable import TimelineCore

/// Stretches of unnamed length: `the coming weeks` ahead of publication and `weeks or months`, as TimeML
/// writes them (`PXW`, a duration in the unit named).
@Suite struct UnnamedStretchTests {
    static let cases: [(sentence: String, published: String, text: String, value: String)] = [
        ("Layoffs are expected in coming weeks.", "1989-11-02", "coming weeks", "PXW"),
        ("Prices should ease in the coming years.", "1998-02-13", "the coming years", "PXY"),
        ("Demand may recover in upcoming quarters.", "1989-10-26", "upcoming quarters", "PXQ"),
        ("The clean-up could take weeks or months.", "1998-02-19", "weeks or months", "PXM"),
    ]

    @Test(arguments: cases)
    func readsExpression(_ example: (sentence: String, published: String, text: String, value: String)) throws {
        let found = extractOne(example.sentence, example.published)
        let match = try #require(found.first { $0.text == example.text }, "found \(found.map(\.text))")
        #expect(match.value == example.value)
        #expect(match.type == .duration)
    }
}
