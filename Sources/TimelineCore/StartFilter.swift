/// What the token after a start token (or the start token itself, for rows with an optional first word) must
/// be for at least one of the rows starting there to match: the union of their `SecondStep`s. `the` starts
/// some 60 rows; most of the time the word after it lets none of them match, and one check skips them all.
struct StartFilter: Sendable {
    /// Some row can match whatever follows.
    var any = false
    /// Some row's first step is optional, so that the start token itself is checked too.
    var here = false
    var classes: WordClass = []
    var numbers = false
    var numerals = false
    var punct = false
    /// A bit per lexicon entry: `bits[bitStart + entry / 64] & (1 << (entry % 64))`.
    var bitStart = 0

    /// The filter of `rows`; `bits` gets the filter's entry bitmap (`entryCount` bits) appended.
    init(
        rows: [Int32], atNumber: Bool, secondSteps: [PatternMatcher.SecondStep], list: [Step], wanted: [Int32],
        entryCount: Int, bits: inout [UInt64]
    ) {
        bitStart = bits.count
        bits += [UInt64](repeating: 0, count: (entryCount + 63) / 64)
        for row in rows {
            let second = secondSteps[Int(row)]
            switch second.mode {
            case .none: any = true
            case .next: break
            case .nextAtNumber: if !atNumber { any = true }
            case .nextOrHere: here = true
            case .afterDay:
                for keyword in Keyword.allCases where Keyword.isOrdinalSuffix(keyword.rawValue) {
                    set(keyword.rawValue, &bits)
                }
            }
            for step in list[Int(second.start)..<Int(second.end)] {
                switch step.kind {
                case .classes: classes.formUnion(step.classes)
                case .entries:
                    for entry in wanted[Int(step.wantedStart)..<Int(step.wantedEnd)] { set(entry, &bits) }
                case .punct: punct = true
                case .day, .monthNumber, .hour, .minute, .halfFraction: numbers = true
                case .amount:
                    numbers = true
                    numerals = true
                case .year:
                    numbers = true
                    set(Keyword.nineteen.rawValue, &bits)
                case .shortYear: punct = true
                case .meridiem: for keyword in [Keyword.am, .pm, .a, .p] { set(keyword.rawValue, &bits) }
                }
            }
        }
    }

    private func set(_ entry: Int32, _ bits: inout [UInt64]) {
        guard entry >= 0 else { return }
        bits[bitStart + Int(entry) / 64] |= 1 << UInt64(Int(entry) % 64)
    }

    /// False when no row starting at `index` can match.
    @inline(__always) func mayMatch(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, bits: [UInt64]) -> Bool {
        any || passes(tokens, index + 1, bits) || (here && passes(tokens, index, bits))
    }

    @inline(__always) private func passes(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ bits: [UInt64]) -> Bool
    {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        switch token.kind {
        case .word:
            if !token.classes.isDisjoint(with: classes) { return true }
        case .number:
            if numbers { return true }
        case .punct:
            if punct { return true }
        }
        if numerals && token.classes.contains(.numeral) { return true }
        let entry = Int(token.entry)
        return entry >= 0 && bits[bitStart + entry / 64] & (1 << UInt64(entry % 64)) != 0
    }
}
