/// The second level of the start index: for a start token that starts many rows (`the` starts some 60), a
/// bit per row, looked up by the lexicon entry of the token after it, set for the rows whose second step
/// can pass that token. The matcher then tries only those rows instead of checking each row's second step
/// in turn. Built once, in `PatternMatcher.init`; a set bit is a candidate, which the row's own checks
/// still decide.
struct RowMasks: Sendable {
    /// `masks[table + next]`: the table of a start, indexed by the next token's entry, or by `entryCount`
    /// for a next token without one (a number, an unknown word) and at the end of the tokens.
    private var masks: [UInt64] = []
    /// The table of each start entry in `masks`, or -1 when the entry starts no row list that has one.
    private(set) var tableOfEntry: [Int32]
    /// The table of the rows that start at a number, or -1.
    private(set) var numberTable = -1
    private let entryCount: Int

    /// What the tables are built from: the lexicon's entries and the first scalar of each entry's word.
    struct Inputs {
        let secondSteps: [PatternMatcher.SecondStep]
        /// Each row's first step.
        let firstSteps: [Step]
        let list: [Step]
        let wanted: [Int32]
        let entries: [LexEntry]
        let firstScalars: [UInt32]
    }

    /// Tables for the start entries whose row lists (`rowsOfEntry`) have from `minimum` to 64 rows, and for
    /// the rows at a number; starts with the same rows and the same always-tried rows share a table.
    init(rowsOfEntry: (Int) -> [Int32], numberRows: [Int32], minimum: Int, _ inputs: Inputs) {
        entryCount = inputs.entries.count
        tableOfEntry = [Int32](repeating: -1, count: entryCount)
        var tables: [[Int32]: [UInt64: Int]] = [:]
        for start in 0..<entryCount {
            let rows = rowsOfEntry(start)
            guard rows.count >= minimum, rows.count <= 64 else { continue }
            tableOfEntry[start] = Int32(table(rows, start: Int32(start), inputs, &tables))
        }
        if numberRows.count >= minimum, numberRows.count <= 64 {
            numberTable = table(numberRows, start: -1, inputs, &tables)
        }
    }

    /// What the token after the start is, when it has no entry: the codes that follow the entries in a table.
    private static let wordOrEnd: Int32 = -1
    private static let number: Int32 = -2
    private static let mark: Int32 = -3

    /// The candidate rows, a bit per position in the start's row list, when the token after the start is
    /// `tokens[index]` (or there is none).
    @inline(__always) func mask(_ table: Int, _ tokens: UnsafeBufferPointer<Token>, _ index: Int) -> UInt64 {
        guard index < tokens.count else { return masks[table + entryCount] }
        let token = tokens[index]
        if token.entry >= 0 { return masks[table + Int(token.entry)] }
        switch token.kind {
        case .word: return masks[table + entryCount]
        case .number: return masks[table + entryCount + 1]
        case .punct: return masks[table + entryCount + 2]
        }
    }

    /// The offset of the table of `rows` starting at entry `start` (-1: a number), built if new: a mask per
    /// entry, then for a next token that is a word without an entry (or none), a number, a mark without one.
    private mutating func table(
        _ rows: [Int32], start: Int32, _ inputs: Inputs, _ tables: inout [[Int32]: [UInt64: Int]]
    ) -> Int {
        // Rows whose second step need not pass at the next token: tried whatever it is.
        var always: UInt64 = 0
        for (bit, row) in rows.enumerated() {
            let second = inputs.secondSteps[Int(row)]
            let tried: Bool
            switch second.mode {
            case .none: tried = true
            case .next: tried = false
            case .nextAtNumber:
                tried = start >= 0 && Self.takesMore(inputs.firstSteps[Int(row)], start: start, inputs)
            case .nextOrHere: tried = Self.anyMayPass(second, start >= 0 ? start : Self.number, inputs)
            case .afterDay: tried = false
            }
            if tried { always |= 1 << UInt64(bit) }
        }
        if let known = tables[rows]?[always] { return known }
        let offset = masks.count
        for next in Int32(0)..<Int32(entryCount + 3) {
            let entry = next < Int32(entryCount) ? next : Self.wordOrEnd - (next - Int32(entryCount))
            var mask = always
            for (bit, row) in rows.enumerated() {
                let second = inputs.secondSteps[Int(row)]
                if Self.anyMayPass(second, entry, inputs)
                    || (second.mode == .afterDay && Keyword.isOrdinalSuffix(entry))
                {
                    mask |= 1 << UInt64(bit)
                }
            }
            masks.append(mask)
        }
        tables[rows, default: [:]][always] = offset
        return offset
    }

    /// Whether the first step (`.amount` or `.year`) may take more tokens than the start word `start`: a
    /// spoken year (`nineteen ninety`), or a tens numeral with its units (`twenty-five`); else the step takes
    /// the start alone, and the row's second step must pass at the next token.
    private static func takesMore(_ first: Step, start: Int32, _ inputs: Inputs) -> Bool {
        guard first.kind == .amount else { return true }
        let tens = inputs.entries[Int(start)].numeral
        return tens >= 20 && tens <= 90 && tens % 10 == 0
    }

    private static func anyMayPass(_ second: PatternMatcher.SecondStep, _ entry: Int32, _ inputs: Inputs) -> Bool {
        inputs.list[Int(second.start)..<Int(second.end)].contains { mayPass($0, entry, inputs) }
    }

    /// Whether `step` can pass a token with lexicon entry `entry` (or, without one, a `wordOrEnd`, `number`
    /// or `mark`), whatever else the token is: true unless the step's checks in `PatternMatcher` rule it out.
    private static func mayPass(_ step: Step, _ entry: Int32, _ inputs: Inputs) -> Bool {
        // A token without an entry has no classes.
        switch entry {
        case wordOrEnd: return false
        case number:
            switch step.kind {
            case .day, .monthNumber, .hour, .minute, .halfFraction, .amount, .year: return true
            case .classes, .entries, .meridiem, .punct, .shortYear: return false
            }
        case mark: return step.kind == .punct || step.kind == .shortYear
        default: break
        }
        let classes = inputs.entries[Int(entry)].classes
        switch step.kind {
        case .classes: return !classes.isDisjoint(with: step.classes)
        case .entries: return inputs.wanted[Int(step.wantedStart)..<Int(step.wantedEnd)].contains(entry)
        // A mark with an entry is its word's first scalar.
        case .punct: return inputs.firstScalars[Int(entry)] == step.scalar
        case .shortYear: return true
        // Numbers have no entry.
        case .day, .monthNumber, .hour, .minute, .halfFraction: return false
        case .amount: return classes.contains(.numeral)
        case .year: return entry == Keyword.nineteen.rawValue
        case .meridiem: return [Keyword.am, .pm, .a, .p].contains { $0.rawValue == entry }
        }
    }
}
