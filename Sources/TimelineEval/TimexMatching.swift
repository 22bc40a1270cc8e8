/// Pairs gold and system time expressions of one document, strictly and relaxedly.
///
/// Strict: equal spans, each gold taking the first unused system timex with its span. Relaxed:
/// one-to-one over overlapping spans, candidate pairs taken greedily by decreasing overlap, ties
/// broken by the smaller distance between starts, then by gold index, then by system index.
public struct TimexMatching: Equatable, Sendable {
    /// `(gold index, system index)` pairs with equal spans, in gold order.
    public var strict: [Pair]
    /// `(gold index, system index)` pairs, sorted by gold index.
    public var relaxed: [Pair]
    /// Gold timexes overlapping any system timex.
    public var goldOverlappingAny: Int
    /// System timexes overlapping any gold timex.
    public var systemOverlappingAny: Int

    public struct Pair: Hashable, Sendable {
        public var gold: Int
        public var system: Int

        public init(gold: Int, system: Int) {
            self.gold = gold
            self.system = system
        }
    }

    public init(gold: [ScoredTimex], system: [ScoredTimex]) {
        var bySpan: [SpanKey: [Int]] = [:]
        for (index, timex) in system.enumerated() {
            bySpan[SpanKey(start: timex.start, end: timex.end), default: []].append(index)
        }
        strict = []
        for (index, timex) in gold.enumerated() {
            let key = SpanKey(start: timex.start, end: timex.end)
            if var waiting = bySpan[key], !waiting.isEmpty {
                strict.append(Pair(gold: index, system: waiting.removeFirst()))
                bySpan[key] = waiting
            }
        }

        var candidates: [Candidate] = []
        for (goldIndex, goldTimex) in gold.enumerated() {
            for (systemIndex, systemTimex) in system.enumerated() {
                let overlap = goldTimex.overlap(systemTimex)
                if overlap > 0 {
                    candidates.append(
                        Candidate(
                            overlap: overlap, startDistance: abs(goldTimex.start - systemTimex.start),
                            gold: goldIndex, system: systemIndex))
                }
            }
        }
        candidates.sort()
        var usedGold = Set<Int>()
        var usedSystem = Set<Int>()
        var relaxed: [Pair] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedSystem.contains(candidate.system) {
            usedGold.insert(candidate.gold)
            usedSystem.insert(candidate.system)
            relaxed.append(Pair(gold: candidate.gold, system: candidate.system))
        }
        self.relaxed = relaxed.sorted { ($0.gold, $0.system) < ($1.gold, $1.system) }
        goldOverlappingAny = gold.count(where: { timex in system.contains { timex.overlap($0) > 0 } })
        systemOverlappingAny = system.count(where: { timex in gold.contains { timex.overlap($0) > 0 } })
    }

    private struct SpanKey: Hashable {
        var start: Int
        var end: Int
    }

    /// A possible relaxed pair; sorting puts the one to take first first.
    private struct Candidate: Comparable {
        var overlap: Int
        var startDistance: Int
        var gold: Int
        var system: Int

        static func < (left: Candidate, right: Candidate) -> Bool {
            (-left.overlap, left.startDistance, left.gold, left.system)
                < (-right.overlap, right.startDistance, right.gold, right.system)
        }
    }
}
