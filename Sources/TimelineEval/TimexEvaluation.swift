/// The result of scoring: which documents were scored, the summed counts, warnings and errors.
///
/// Every ratio is rounded to six decimal places, as `te3score.py` reports it, and is 0 when its
/// denominator is 0.
public struct TimexEvaluation: Equatable, Sendable {
    public var goldDocuments: Int
    public var scoredDocuments = 0
    /// Keys of gold documents the system gave no output for (scored as empty).
    public var missingInSystem: [String] = []
    /// Keys of system outputs with no gold document (ignored).
    public var extraInSystem: [String] = []
    public var counts = TimexCounts()
    public var warnings: [String] = []
    /// Every error, document by document: mismatched pairs, then missed gold, then spurious system.
    public var errors: [TimexError] = []

    public init(goldDocuments: Int) {
        self.goldDocuments = goldDocuments
    }

    /// Precision, recall and F1.
    public struct Ratios: Equatable, Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Over the relaxed pairs, for `type` and `value` only.
        public var accuracy: Double?

        /// `correct / system`, `correct / gold` and their harmonic mean.
        init(correct: Int, system: Int, gold: Int) {
            self.init(
                precision: system > 0 ? Double(correct) / Double(system) : 0,
                recall: gold > 0 ? Double(correct) / Double(gold) : 0)
        }

        init(precision: Double, recall: Double, accuracy: Double? = nil) {
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            self.precision = PythonText.round6(precision)
            self.recall = PythonText.round6(recall)
            self.f1 = PythonText.round6(f1)
            self.accuracy = accuracy.map(PythonText.round6)
        }
    }

    /// Recall, accuracy and value recall over the gold timexes of one type.
    public struct TypeRatios: Equatable, Sendable {
        public var gold: Int
        public var strictRecall: Double
        public var relaxedRecall: Double
        public var typeAccuracy: Double
        public var valueAccuracy: Double
        public var valueRecall: Double
    }

    /// Equal spans.
    public var strict: Ratios {
        Ratios(correct: counts.strictMatches, system: counts.system, gold: counts.gold)
    }

    /// One-to-one overlapping spans.
    public var relaxed: Ratios {
        Ratios(correct: counts.relaxedMatches, system: counts.system, gold: counts.gold)
    }

    /// Non-exclusive overlap, for information.
    public var relaxedAny: Ratios {
        Ratios(
            precision: ratio(counts.systemOverlappingAny, counts.system),
            recall: ratio(counts.goldOverlappingAny, counts.gold))
    }

    /// Relaxed pairs with the gold type; F1 = relaxed F1 × accuracy.
    public var type: Ratios {
        var ratios = Ratios(correct: counts.typeCorrect, system: counts.system, gold: counts.gold)
        ratios.accuracy = PythonText.round6(ratio(counts.typeCorrect, counts.relaxedMatches))
        return ratios
    }

    /// Relaxed pairs with the gold value; F1 = relaxed F1 × accuracy.
    public var value: Ratios {
        var ratios = Ratios(correct: counts.valueCorrect, system: counts.system, gold: counts.gold)
        ratios.accuracy = PythonText.round6(ratio(counts.valueCorrect, counts.relaxedMatches))
        return ratios
    }

    /// Per gold type, types in Unicode scalar order.
    public var byGoldType: [(type: String, ratios: TypeRatios)] {
        counts.byGoldType.keys.sorted(by: DocumentKey.precedes).map { type in
            let typeCounts = counts.byGoldType[type]!
            return (
                type,
                TypeRatios(
                    gold: typeCounts.gold,
                    strictRecall: PythonText.round6(ratio(typeCounts.strictMatches, typeCounts.gold)),
                    relaxedRecall: PythonText.round6(ratio(typeCounts.relaxedMatches, typeCounts.gold)),
                    typeAccuracy: PythonText.round6(ratio(typeCounts.typeCorrect, typeCounts.relaxedMatches)),
                    valueAccuracy: PythonText.round6(ratio(typeCounts.valueCorrect, typeCounts.relaxedMatches)),
                    valueRecall: PythonText.round6(ratio(typeCounts.valueCorrect, typeCounts.gold)))
            )
        }
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator > 0 ? Double(numerator) / Double(denominator) : 0
    }
}
