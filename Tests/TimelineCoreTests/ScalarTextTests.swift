import Testing

@testable import TimelineCore

/// `ScalarText` decodes and encodes text of any length and mix, ASCII runs taken sixteen at a time.
@Suite struct ScalarTextTests {
    static let texts = [
        "", "a", String(repeating: "plain ASCII text ", count: 9), "é" + String(repeating: "x", count: 40),
        String(repeating: "x", count: 31) + "😀" + String(repeating: "y", count: 17) + "İ",
        String(repeating: "ab\u{7F}", count: 20) + "\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ]

    @Test(arguments: texts) func scalarsAndStringsRoundTrip(text: String) {
        let scalars = ScalarText.scalars(text)
        #expect(scalars == Array(text.unicodeScalars))
        for lower in [0, 1, 15, 17] where lower <= scalars.count {
            for upper in [lower, scalars.count, max(lower, scalars.count - 3)] {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[lower..<upper])
                #expect(ScalarText.string(scalars, lower..<upper) == String(expected))
            }
        }
    }
}
