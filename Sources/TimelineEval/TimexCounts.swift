/// The counts every figure is computed from, for one document or summed over many.
public struct TimexCounts: Equatable, Sendable {
    /// Scored gold timexes (empty and `CREATION_TIME` ones left out).
    public var gold = 0
    /// Scored system timexes (empty ones and those overlapping a `CREATION_TIME` gold timex left out).
    public var system = 0
    public var strictMatches = 0
    public var relaxedMatches = 0
    public var goldOverlappingAny = 0
    public var systemOverlappingAny = 0
    /// Relaxed pairs whose type (value) equals the gold one.
    public var typeCorrect = 0
    public var valueCorrect = 0
    public var systemIgnoredForCreationTime = 0
    public var goldEmptySkipped = 0
    public var systemEmptySkipped = 0
    /// The same counts per gold type (`?` when the gold type is missing or blank).
    public var byGoldType: [String: TypeCounts] = [:]

    public init() {}

    /// Counts over the gold timexes of one type.
    public struct TypeCounts: Equatable, Sendable {
        public var gold = 0
        public var strictMatches = 0
        public var relaxedMatches = 0
        public var typeCorrect = 0
        public var valueCorrect = 0

        public init() {}

        static func + (left: TypeCounts, right: TypeCounts) -> TypeCounts {
            var sum = left
            sum.gold += right.gold
            sum.strictMatches += right.strictMatches
            sum.relaxedMatches += right.relaxedMatches
            sum.typeCorrect += right.typeCorrect
            sum.valueCorrect += right.valueCorrect
            return sum
        }
    }

    /// Adds another document's counts.
    public mutating func add(_ other: TimexCounts) {
        gold += other.gold
        system += other.system
        strictMatches += other.strictMatches
        relaxedMatches += other.relaxedMatches
        goldOverlappingAny += other.goldOverlappingAny
        systemOverlappingAny += other.systemOverlappingAny
        typeCorrect += other.typeCorrect
        valueCorrect += other.valueCorrect
        systemIgnoredForCreationTime += other.systemIgnoredForCreationTime
        goldEmptySkipped += other.goldEmptySkipped
        systemEmptySkipped += other.systemEmptySkipped
        for (type, counts) in other.byGoldType {
            byGoldType[type] = (byGoldType[type] ?? TypeCounts()) + counts
        }
    }
}
