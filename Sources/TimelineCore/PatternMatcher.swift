/// A pattern element as the matcher runs it: a flat value with no indirection and no references, so that
/// trying a row costs no reference counting. `PatternMatcher.init` compiles the table's elements into these.
struct Step: Sendable {
    enum Kind: UInt8, Sendable {
        case entries, classes, year, shortYear, day, monthNumber, amount, hour, minute, meridiem, halfFraction, punct
    }

    var kind: Kind
    /// A top-level `.optional`: the matcher tries with and without it.
    var optional = false
    /// `.adjacent`: no whitespace before the token.
    var adjacent = false
    /// `.of`: the classes.
    var classes: WordClass = []
    /// `.punct`: the scalar.
    var scalar: UInt32 = 0
    /// `.words`: the wanted lexicon entries, `wanted[wantedStart..<wantedEnd]` of the matcher.
    var wantedStart: Int32 = 0
    var wantedEnd: Int32 = 0
}

/// Runs the pattern table over a token array: at each token, the longest match of the rows that can start
/// there. Which rows can start at a token is decided once, in `init`, per lexicon entry.
struct PatternMatcher: Sendable {
    let patterns: [TimexPattern]
    /// All rows' compiled steps, one row after another; row `r` is `steps[rowStarts[r]..<rowStarts[r + 1]]`.
    private let steps: [Step]
    private let rowStarts: [Int]
    /// The entry lists of `.words` steps.
    private let wanted: [Int32]
    /// Row indices that can start at a token with lexicon entry `e`:
    /// `startRows[startsByEntry[e]..<startsByEntry[e + 1]]`.
    private let startsByEntry: [Int32]
    private let startRows: [Int32]
    /// Row indices that can start at a number.
    private let startsAtNumber: [Int32]
    /// Per row, the steps one of which the token after the start (or, for an optional first word, the start
    /// itself) must pass before the row is tried: `the` starts some 60 rows, and most fail on the next word.
    private let secondSteps: [SecondStep]
    /// The steps of all `secondSteps`, `secondStepList[second.start..<second.end]`.
    private let secondStepList: [Step]
    /// The filters of the tokens that start many rows: `startFilters[filterOfEntry[e]]` (-1: none) and
    /// `startFilters[numberFilter]`; their entry bitmaps are in `filterBits`.
    private let startFilters: [StartFilter]
    private let filterOfEntry: [Int32]
    private let numberFilter: Int
    private let filterBits: [UInt64]
    /// The second level of the start index: the rows worth trying by the token after the start.
    private let rowMasks: RowMasks
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
        self.patterns = patterns
        var steps: [Step] = []
        var rowStarts: [Int] = []
        var wanted: [Int32] = []
        for pattern in patterns {
            rowStarts.append(steps.count)
            for element in pattern.elements {
                steps.append(Self.compile(element, lexicon, &wanted, topLevel: true))
            }
        }
        rowStarts.append(steps.count)
        var secondStepList: [Step] = []
        secondSteps = patterns.indices.map {
            SecondStep(steps[rowStarts[$0]..<rowStarts[$0 + 1]], list: &secondStepList)
        }
        self.secondStepList = secondStepList
        self.steps = steps
        self.rowStarts = rowStarts
        self.wanted = wanted
        var starts: [Int32] = [0]
        var rows: [Int32] = []
        for list in byEntry {
            rows += Array(Set(list)).sorted().map { Int32($0) }
            starts.append(Int32(rows.count))
        }
        startsByEntry = starts
        startRows = rows
        startsAtNumber = Array(Set(atNumber)).sorted().map { Int32($0) }
        var filters: [StartFilter] = []
        var bits: [UInt64] = []
        let secondSteps = secondSteps
        let entryCount = lexicon.entries.count
        func filter(_ rows: [Int32], atNumber: Bool) -> Int32 {
            guard rows.count >= 8 else { return -1 }
            filters.append(
                StartFilter(
                    rows: rows, atNumber: atNumber, secondSteps: secondSteps, list: secondStepList, wanted: wanted,
                    entryCount: entryCount, bits: &bits))
            return Int32(filters.count - 1)
        }
        filterOfEntry = (0..<entryCount).map {
            filter(Array(rows[Int(starts[$0])..<Int(starts[$0 + 1])]), atNumber: false)
        }
        numberFilter = Int(filter(startsAtNumber.map { $0 }, atNumber: true))
        startFilters = filters
        filterBits = bits
        var firstScalars = [UInt32](repeating: 0, count: entryCount)
        for (word, entry) in lexicon.words { firstScalars[Int(entry)] = word.unicodeScalars.first?.value ?? 0 }
        rowMasks = RowMasks(
            rowsOfEntry: { Array(rows[Int(starts[$0])..<Int(starts[$0 + 1])]) }, numberRows: startsAtNumber,
            minimum: 2,
            RowMasks.Inputs(
                secondSteps: secondSteps, firstSteps: rowStarts.dropLast().map { steps[$0] }, list: secondStepList,
                wanted: wanted, entries: lexicon.entries,
                firstScalars: firstScalars))
        entries = lexicon.entries
    }

    /// Non-overlapping matches, left to right, each the longest one starting at its token.
    func matches(in tokens: [Token]) -> [(row: Int, slots: Slots)] {
        var found: [(row: Int, slots: Slots)] = []
        tokens.withUnsafeBufferPointer { tokenBuffer in
            steps.withUnsafeBufferPointer { steps in
                startRows.withUnsafeBufferPointer { startRows in
                    startsAtNumber.withUnsafeBufferPointer { startsAtNumber in
                        var index = 0
                        let context = Context(
                            tokens: tokenBuffer, steps: steps, wanted: wanted, entries: entries,
                            secondSteps: secondStepList)
                        while index < tokenBuffer.count {
                            let token = tokenBuffer[index]
                            let rows: UnsafeBufferPointer<Int32>
                            let table: Int
                            let filter =
                                token.kind == .number
                                ? numberFilter : Int(token.entry < 0 ? -1 : filterOfEntry[Int(token.entry)])
                            if filter >= 0, !startFilters[filter].mayMatch(tokenBuffer, index, bits: filterBits) {
                                index += 1
                                continue
                            }
                            if token.kind == .number {
                                rows = startsAtNumber
                                table = rowMasks.numberTable
                            } else if token.entry >= 0 {
                                let from = Int(startsByEntry[Int(token.entry)])
                                let to = Int(startsByEntry[Int(token.entry) + 1])
                                rows = UnsafeBufferPointer(rebasing: startRows[from..<to])
                                table = Int(rowMasks.tableOfEntry[Int(token.entry)])
                            } else {
                                index += 1
                                continue
                            }
                            var bestRow = -1
                            var best = Slots()
                            func attempt(_ row: Int) {
                                guard context.mayMatch(secondSteps[row], at: index) else { return }
                                var slots = Slots()
                                slots.first = index
                                let rowStart = rowStarts[row]
                                guard
                                    let end = context.match(
                                        rowStart, rowStarts[row + 1], rowStart, index, &slots),
                                    end > index
                                else { return }
                                slots.last = end - 1
                                guard PatternChecks.accept(patterns[row].check, slots, tokens) else { return }
                                if bestRow < 0 || slots.last > best.last {
                                    bestRow = row
                                    best = slots
                                }
                            }
                            if table >= 0 {
                                // The rows' positions in `rows`, in order, as bits.
                                var mask = rowMasks.mask(table, tokenBuffer, index + 1)
                                while mask != 0 {
                                    let position = mask.trailingZeroBitCount
                                    mask &= mask - 1
                                    attempt(Int(rows[position]))
                                }
                            } else {
                                for row in rows { attempt(Int(row)) }
                            }
                            if bestRow >= 0 {
                                found.append((bestRow, best))
                                index = best.last + 1
                            } else {
                                index += 1
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// What matching one row needs, as buffers valid for the duration of `matches`.
    private struct Context {
        let tokens: UnsafeBufferPointer<Token>
        let steps: UnsafeBufferPointer<Step>
        let wanted: [Int32]
        let entries: [LexEntry]
        let secondSteps: [Step]

        /// False when none of the row's second steps can match where one must: then the row cannot match.
        @inline(__always) func mayMatch(_ second: SecondStep, at index: Int) -> Bool {
            switch second.mode {
            case .none: return true
            case .next: return anyPasses(second, index + 1, first: false)
            case .nextAtNumber: return tokens[index].kind != .number || anyPasses(second, index + 1, first: false)
            case .nextOrHere: return anyPasses(second, index + 1, first: false) || anyPasses(second, index, first: true)
            case .afterDay:
                return anyPasses(second, index + 1, first: false)
                    || (index + 1 < tokens.count && tokens[index + 1].isOrdinalSuffix)
            }
        }

        @inline(__always) private func anyPasses(_ second: SecondStep, _ index: Int, first: Bool) -> Bool {
            for position in Int(second.start)..<Int(second.end) where passes(secondSteps[position], index, first: first)
            {
                return true
            }
            return false
        }

        /// The checks `step` makes before matching, for the steps `SecondStep` takes.
        @inline(__always) private func passes(_ step: Step, _ index: Int, first: Bool) -> Bool {
            guard index < tokens.count else { return false }
            let token = tokens[index]
            if !first && token.gapBefore == .blankLine { return false }
            if step.adjacent && token.gapBefore != .none { return false }
            switch step.kind {
            case .classes:
                return token.kind == .word && !token.classes.isDisjoint(with: step.classes)
            case .entries:
                guard token.entry >= 0 else { return false }
                for position in Int(step.wantedStart)..<Int(step.wantedEnd) where wanted[position] == token.entry {
                    return true
                }
                return false
            case .punct:
                return token.kind == .punct && token.punct == step.scalar
            case .day, .monthNumber, .hour, .minute, .halfFraction:
                return token.kind == .number
            case .amount:
                return token.kind == .number || token.classes.contains(.numeral)
            case .year:
                return (token.kind == .number && token.digits == 4) || token.is(.nineteen)
            case .shortYear:
                return token.kind == .punct
            case .meridiem:
                return token.is(.am) || token.is(.pm) || token.is(.a) || token.is(.p)
            }
        }

        /// The longest way to match `steps[stepIndex..<rowEnd]` from `tokenIndex`; returns the end token index.
        func match(_ rowStart: Int, _ rowEnd: Int, _ stepIndex: Int, _ tokenIndex: Int, _ slots: inout Slots) -> Int? {
            var stepIndex = stepIndex
            var tokenIndex = tokenIndex
            while stepIndex < rowEnd {
                let step = steps[stepIndex]
                if step.optional {
                    return optionalMatch(step, rowStart, rowEnd, stepIndex, tokenIndex, &slots)
                }
                guard let next = self.step(step, tokenIndex, &slots, first: tokenIndex == slots.first) else {
                    return nil
                }
                tokenIndex = next
                stepIndex += 1
            }
            return tokenIndex
        }

        /// An optional step: the longer of matching with it and without it (with it, on a tie).
        private func optionalMatch(
            _ step: Step, _ rowStart: Int, _ rowEnd: Int, _ stepIndex: Int, _ tokenIndex: Int, _ slots: inout Slots
        ) -> Int? {
            var withSlots = slots
            var taken: Int?
            if let next = self.step(step, tokenIndex, &withSlots, first: tokenIndex == slots.first) {
                taken = match(rowStart, rowEnd, stepIndex + 1, next, &withSlots)
            }
            var withoutSlots = slots
            let skipped = match(rowStart, rowEnd, stepIndex + 1, tokenIndex, &withoutSlots)
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

        /// Matches one step at `index`; returns the index after it.
        @inline(__always) private func step(_ step: Step, _ index: Int, _ slots: inout Slots, first: Bool) -> Int? {
            guard index < tokens.count else { return nil }
            let token = tokens[index]
            if !first && token.gapBefore == .blankLine { return nil }
            if step.adjacent && token.gapBefore != .none { return nil }
            // Most steps fail; the common failures are decided here without a call.
            switch step.kind {
            case .classes:
                if token.kind != .word || token.classes.isDisjoint(with: step.classes) { return nil }
            case .entries:
                if token.entry < 0 { return nil }
            case .punct:
                return token.kind == .punct && token.punct == step.scalar ? index + 1 : nil
            case .day, .monthNumber, .hour, .minute, .halfFraction:
                if token.kind != .number { return nil }
            case .amount:
                if token.kind != .number && !token.classes.contains(.numeral) { return nil }
            case .year, .shortYear, .meridiem:
                break
            }
            return ElementMatch.step(step, index, tokens, wanted, entries, &slots)
        }
    }

    /// When a row's first step takes exactly one token (a word such as `the`, optional or not, or a number),
    /// the steps that can match the token after it: the second, and the ones after it while they are optional.
    /// `mode` says where one of them must then match.
    struct SecondStep: Sendable {
        enum Mode: UInt8, Sendable {
            case none
            /// At the token after the start.
            case next
            /// At the token after the start, when the start is a number (`.amount`, `.year`: a numeral word
            /// or `nineteen` may take more tokens).
            case nextAtNumber
            /// At the token after the start or at the start (the first step is optional).
            case nextOrHere
            /// At the token after the start, unless that token is an ordinal suffix (`5th`) that the first
            /// step, a `.day`, may take.
            case afterDay
        }
        var mode = Mode.none
        var start: Int32 = 0
        var end: Int32 = 0

        init(_ row: ArraySlice<Step>, list: inout [Step]) {
            guard let required = row.dropFirst().firstIndex(where: { !$0.optional }) else { return }
            let first = row[row.startIndex]
            let oneWord =
                first.kind == .entries
                || (first.kind == .classes && !first.classes.contains(.monthAbbreviation))
            if oneWord {
                mode = first.optional ? .nextOrHere : .next
            } else if first.optional {
                return
            } else if first.kind == .monthNumber || first.kind == .hour || first.kind == .minute {
                mode = .next
            } else if first.kind == .amount || first.kind == .year {
                mode = .nextAtNumber
            } else if first.kind == .day {
                mode = .afterDay
            } else {
                return
            }
            start = Int32(list.count)
            list += row[(row.startIndex + 1)...required]
            end = Int32(list.count)
        }
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

    /// A table element → its step: `.words` become entry lists, so that matching compares entry indices.
    /// Only a top-level `.optional` is optional (nested, it matches its element, as it always has).
    private static func compile(
        _ element: PatternElement, _ lexicon: Lexicon, _ wanted: inout [Int32], topLevel: Bool
    ) -> Step {
        switch element {
        case .words(let words):
            let start = Int32(wanted.count)
            wanted += words.map { lexicon.index(of: $0) }
            return Step(kind: .entries, wantedStart: start, wantedEnd: Int32(wanted.count))
        case .entries(let entries):
            let start = Int32(wanted.count)
            wanted += entries
            return Step(kind: .entries, wantedStart: start, wantedEnd: Int32(wanted.count))
        case .of(let classes): return Step(kind: .classes, classes: classes)
        case .year: return Step(kind: .year)
        case .shortYear: return Step(kind: .shortYear)
        case .day: return Step(kind: .day)
        case .monthNumber: return Step(kind: .monthNumber)
        case .amount: return Step(kind: .amount)
        case .hour: return Step(kind: .hour)
        case .minute: return Step(kind: .minute)
        case .meridiem: return Step(kind: .meridiem)
        case .halfFraction: return Step(kind: .halfFraction)
        case .punct(let scalar): return Step(kind: .punct, scalar: scalar.value)
        case .adjacent(let inner):
            var step = compile(inner, lexicon, &wanted, topLevel: false)
            step.adjacent = true
            return step
        case .optional(let inner):
            var step = compile(inner, lexicon, &wanted, topLevel: false)
            if topLevel { step.optional = true }
            return step
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
