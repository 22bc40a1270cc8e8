/// Runs the pattern table over a token array: at each token, the longest match of the rows that can start
/// there. Which rows can start at a token is decided once, in `init`, per lexicon entry.
struct PatternMatcher: Sendable {
    let patterns: [TimexPattern]
    /// Row indices that can start at a token with this lexicon entry.
    private let startsByEntry: [[Int]]
    /// Row indices that can start at a number.
    private let startsAtNumber: [Int]
    /// The final lexicon's entries (the values behind token classes).
    let entries: [LexEntry]

    /// Builds the start index; adds every literal word of the table to the lexicon first.
    init(patterns: [TimexPattern], lexicon: inout Lexicon) {
        for pattern in patterns {
            for element in pattern.elements { Self.addWords(of: element, to: &lexicon) }
        }
        var byEntry = [[Int]](repeating: [], count: lexicon.entries.count)
        var atNumber: [Int] = []
        for (row, pattern) in patterns.enumerated() {
            for element in Self.firstElements(pattern.elements) {
                switch element {
                case .words(let words):
                    for word in words { byEntry[Int(lexicon.index(of: word))].append(row) }
                case .of(let classes):
                    for (index, entry) in lexicon.entries.enumerated() where !entry.classes.isDisjoint(with: classes) {
                        byEntry[index].append(row)
                    }
                case .amount:
                    atNumber.append(row)
                    for (index, entry) in lexicon.entries.enumerated() where entry.classes.contains(.numeral) {
                        byEntry[index].append(row)
                    }
                case .year:
                    atNumber.append(row)
                    byEntry[Int(lexicon.index(of: "nineteen"))].append(row)
                case .day, .monthNumber, .hour, .minute:
                    atNumber.append(row)
                default:
                    break
                }
            }
        }
        let final = lexicon
        self.patterns = patterns.map { pattern in
            var compiled = pattern
            compiled.elements = pattern.elements.map { Self.compile($0, final) }
            return compiled
        }
        startsByEntry = byEntry.map { Array(Set($0)).sorted() }
        startsAtNumber = Array(Set(atNumber)).sorted()
        entries = lexicon.entries
    }

    /// Non-overlapping matches, left to right, each the longest one starting at its token.
    func matches(in tokens: [Token]) -> [(row: Int, slots: Slots)] {
        var found: [(row: Int, slots: Slots)] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let rows: [Int]
            if token.kind == .number {
                rows = startsAtNumber
            } else if token.entry >= 0 {
                rows = startsByEntry[Int(token.entry)]
            } else {
                rows = []
            }
            var best: (row: Int, slots: Slots)?
            for row in rows {
                var slots = Slots()
                slots.first = index
                guard let end = match(patterns[row].elements, 0, index, tokens, &slots), end > index else { continue }
                slots.last = end - 1
                guard PatternChecks.accept(patterns[row].check, slots, tokens) else { continue }
                if best == nil || slots.last > best!.slots.last { best = (row, slots) }
            }
            if let best {
                found.append(best)
                index = best.slots.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The longest way to match `elements[elementIndex...]` from `tokenIndex`; returns the end token index.
    private func match(
        _ elements: [PatternElement], _ elementIndex: Int, _ tokenIndex: Int, _ tokens: [Token], _ slots: inout Slots
    ) -> Int? {
        if elementIndex == elements.count { return tokenIndex }
        if case .optional(let inner) = elements[elementIndex] {
            var withSlots = slots
            var taken: Int?
            if let next = step(inner, tokenIndex, tokens, &withSlots, first: elementIndex == 0) {
                taken = match(elements, elementIndex + 1, next, tokens, &withSlots)
            }
            var withoutSlots = slots
            let skipped = match(elements, elementIndex + 1, tokenIndex, tokens, &withoutSlots)
            switch (taken, skipped) {
            case (let a?, let b?):
                if a >= b {
                    slots = withSlots
                    return a
                }
                slots = withoutSlots
                return b
            case (let a?, nil):
                slots = withSlots
                return a
            case (nil, let b?):
                slots = withoutSlots
                return b
            default:
                return nil
            }
        }
        guard let next = step(elements[elementIndex], tokenIndex, tokens, &slots, first: elementIndex == 0) else {
            return nil
        }
        return match(elements, elementIndex + 1, next, tokens, &slots)
    }

    /// Matches one element at `index`; returns the index after it.
    private func step(
        _ element: PatternElement, _ index: Int, _ tokens: [Token], _ slots: inout Slots, first: Bool
    ) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if !first && token.gapBefore == .blankLine { return nil }
        return ElementMatch.step(element, index, tokens, entries, &slots)
    }

    private static func firstElements(_ elements: [PatternElement]) -> [PatternElement] {
        var result: [PatternElement] = []
        for element in elements {
            switch element {
            case .optional(let inner):
                result.append(inner)
            case .adjacent(let inner):
                result.append(inner)
                return result
            default:
                result.append(element)
                return result
            }
        }
        return result
    }

    /// `.words` → `.entries`, so that matching compares entry indices, not strings.
    private static func compile(_ element: PatternElement, _ lexicon: Lexicon) -> PatternElement {
        switch element {
        case .words(let words): return .entries(words.map { lexicon.index(of: $0) })
        case .optional(let inner): return .optional(compile(inner, lexicon))
        case .adjacent(let inner): return .adjacent(compile(inner, lexicon))
        default: return element
        }
    }

    private static func addWords(of element: PatternElement, to lexicon: inout Lexicon) {
        switch element {
        case .words(let words):
            for word in words { lexicon.add(word, []) }
        case .optional(let inner), .adjacent(let inner):
            addWords(of: inner, to: &lexicon)
        default:
            break
        }
    }
}
