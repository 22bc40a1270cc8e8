import Testing

@testable import TimelineCore

/// The tokenizer's words, numbers and marks: offsets, lexicon entries of lowercased text (ASCII, beyond
/// ASCII and mixed), spelling facts, and text denser in tokens than the array is first sized for.
@Suite struct TokenizerTests {
    static let tokenizer: Tokenizer = {
        var lexicon = Lexicon()
        lexicon.add(words: ["café", "monday", "succeed", "running", "éclair", "x"], [])
        return Tokenizer(lexicon: lexicon)
    }()

    static func tokens(_ text: String) -> [(text: String, token: Token)] {
        let scalars = Array(text.unicodeScalars)
        return tokenizer.tokenize(scalars).map { (ScalarText.string(scalars, $0.start..<$0.end), $0) }
    }

    static func entry(_ word: String) -> Int32 { tokenizer.lexicon.index(of: word) }

    @Test func wordsAreLookedUpLowercasedWhateverTheirLetters() {
        let found = Self.tokens("CAFÉ Café MONDAY ÉCLAIR Éclair naïve x X the")
        #expect(found.map(\.text) == ["CAFÉ", "Café", "MONDAY", "ÉCLAIR", "Éclair", "naïve", "x", "X", "the"])
        #expect(
            found.map(\.token.entry) == [
                Self.entry("café"), Self.entry("café"), Self.entry("monday"), Self.entry("éclair"),
                Self.entry("éclair"), -1, Self.entry("x"), Self.entry("x"), Keyword.the.rawValue,
            ])
        #expect(found.map(\.token.isCapitalized) == [true, true, true, true, true, false, false, true, false])
        #expect(found.allSatisfy { $0.token.kind == .word })
    }

    @Test func ordinalSuffixesAreTheFourAfterADayNumber() {
        #expect(Keyword.allCases.filter { Keyword.isOrdinalSuffix($0.rawValue) } == [.st, .nd, .rd, .th])
        #expect(
            Self.tokens("5th 1st 2nd 3rd thursday").map(\.token.isOrdinalSuffix) == [
                false, true, false, true, false, true, false, true, false,
            ])
    }

    @Test func spellingFactsAndOffsetsCountScalars() {
        let found = Self.tokens("😀 SUCCEED seized Running é 1,500 3.5 “x”")
        #expect(found.map(\.text) == ["😀", "SUCCEED", "seized", "Running", "é", "1,500", "3.5", "“", "x", "”"])
        #expect(found.map(\.token.start) == [0, 2, 10, 17, 25, 27, 33, 37, 38, 39])
        let succeed = found[1].token.spelling
        #expect(succeed.contains(.endsInED) && succeed.contains(.endsInCEED) && succeed.contains(.longerThanFour))
        #expect(found[2].token.spelling.contains(.endsInED) && !found[2].token.spelling.contains(.endsInCEED))
        #expect(found[3].token.spelling.contains(.endsInING))
        #expect(found[4].token.spelling.contains(.singleScalar) && found[0].token.spelling.contains(.singleScalar))
        #expect(found[5].token.number == 1500 && found[5].token.digits == 0 && found[5].token.kind == .number)
        #expect(found[6].token.kind == .number && found[6].token.digits == 0)
        #expect(found[7].token.punct == 0x201C && found[9].token.punct == 0x201D)
    }

    @Test func textOfOneTokenPerScalarIsTokenizedWhole() {
        let text = String(repeating: ".,;x", count: 3000) + " Monday"
        let found = Self.tokens(text)
        #expect(found.count == 12_001)
        #expect(found.last?.token.entry == Self.entry("monday") && found.last?.token.start == 12_001)
        #expect(
            zip(found, found.dropFirst()).allSatisfy { $0.token.end == $1.token.start || $1.token.gapBefore == .space })
    }
}
