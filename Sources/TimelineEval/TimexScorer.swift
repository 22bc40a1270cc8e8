/// Scores system time expressions against gold TimeML, exactly as `shared/tools/te3score.py` defines it.
///
/// Pure: documents in, counts, warnings and errors out. See `TimexMatching` for how pairs are made and
/// `TimexEvaluation` for the figures.
///
///     let evaluation = TimexScorer.evaluate(documents)
///     print(evaluation.relaxed.f1)
public enum TimexScorer {
    /// At most this many offset warnings per document, as `te3score.py` prints.
    static let warningsPerDocument = 20

    /// Scores every document (in the order given) and sums the counts.
    /// - Parameters:
    ///   - documents: the gold documents, each with the system's output or nil when it has none.
    ///   - extraSystemDocuments: keys of system outputs that have no gold document (warned about).
    public static func evaluate(_ documents: [ScoringDocument], extraSystemDocuments: [String] = []) -> TimexEvaluation
    {
        var evaluation = TimexEvaluation(goldDocuments: documents.count)
        for document in documents {
            if document.system == nil { evaluation.missingInSystem.append(document.name) }
            let scored = score(document)
            evaluation.scoredDocuments += 1
            evaluation.counts.add(scored.counts)
            evaluation.warnings += scored.warnings
            evaluation.errors += scored.errors
        }
        let missing = evaluation.missingInSystem
        if !missing.isEmpty {
            evaluation.warnings.insert(
                "\(missing.count) gold document(s) have no system output (scored as empty): "
                    + listed(missing), at: 0)
        }
        let extra = extraSystemDocuments.sorted(by: DocumentKey.precedes)
        evaluation.extraInSystem = extra
        if !extra.isEmpty {
            evaluation.warnings.append(
                "\(extra.count) system document(s) have no gold file and were ignored: " + listed(extra))
        }
        return evaluation
    }

    /// One document's counts, offset warnings and errors.
    public static func score(
        _ document: ScoringDocument
    ) -> (counts: TimexCounts, warnings: [String], errors: [TimexError]) {
        let text = Array(document.text.unicodeScalars)
        let warnings = offsetWarnings(document, text: text)
        var counts = TimexCounts()
        var gold: [ScoredTimex] = []
        var ignored: [ScoredTimex] = []
        for timex in document.gold {
            if timex.end <= timex.start {
                counts.goldEmptySkipped += 1
            } else if normalizedAttribute(timex.functionInDocument)?.uppercased() == "CREATION_TIME" {
                ignored.append(timex)
            } else {
                gold.append(timex)
            }
        }
        var system: [ScoredTimex] = []
        for timex in document.system ?? [] {
            if timex.end <= timex.start {
                counts.systemEmptySkipped += 1
            } else if ignored.contains(where: { timex.overlap($0) > 0 }) {
                counts.systemIgnoredForCreationTime += 1
            } else {
                system.append(timex)
            }
        }
        counts.gold = gold.count
        counts.system = system.count
        let matching = TimexMatching(gold: gold, system: system)
        counts.strictMatches = matching.strict.count
        counts.relaxedMatches = matching.relaxed.count
        counts.goldOverlappingAny = matching.goldOverlappingAny
        counts.systemOverlappingAny = matching.systemOverlappingAny
        let goldTypes = gold.map { normalizedAttribute($0.type).flatMap { $0.isEmpty ? nil : $0 } ?? "?" }
        for type in goldTypes { counts.byGoldType[type, default: .init()].gold += 1 }
        for pair in matching.strict { counts.byGoldType[goldTypes[pair.gold], default: .init()].strictMatches += 1 }

        var errors: [TimexError] = []
        func side(_ timex: ScoredTimex) -> TimexError.Side {
            .init(
                start: timex.start, end: timex.end, text: PythonText.slice(text, timex.start, timex.end),
                type: timex.type, value: timex.value)
        }
        for pair in matching.relaxed {
            let (goldTimex, systemTimex) = (gold[pair.gold], system[pair.system])
            let typeCorrect = sameAttribute(goldTimex.type, systemTimex.type)
            let valueCorrect = sameAttribute(goldTimex.value, systemTimex.value)
            let spanExact = goldTimex.start == systemTimex.start && goldTimex.end == systemTimex.end
            counts.byGoldType[goldTypes[pair.gold], default: .init()].relaxedMatches += 1
            if typeCorrect {
                counts.typeCorrect += 1
                counts.byGoldType[goldTypes[pair.gold], default: .init()].typeCorrect += 1
            }
            if valueCorrect {
                counts.valueCorrect += 1
                counts.byGoldType[goldTypes[pair.gold], default: .init()].valueCorrect += 1
            }
            if !typeCorrect || !valueCorrect || !spanExact {
                errors.append(
                    TimexError(
                        document: document.name, kind: .mismatch, gold: side(goldTimex), system: side(systemTimex),
                        spanExact: spanExact, typeCorrect: typeCorrect, valueCorrect: valueCorrect))
            }
        }
        let matchedGold = Set(matching.relaxed.map(\.gold))
        let matchedSystem = Set(matching.relaxed.map(\.system))
        for (index, timex) in gold.enumerated() where !matchedGold.contains(index) {
            errors.append(TimexError(document: document.name, kind: .missed, gold: side(timex)))
        }
        for (index, timex) in system.enumerated() where !matchedSystem.contains(index) {
            errors.append(TimexError(document: document.name, kind: .spurious, system: side(timex)))
        }
        return (counts, warnings, errors)
    }

    /// Warnings for system spans outside the text or empty, and for spans whose text differs from
    /// what the system says it is (usually an offset-unit bug).
    static func offsetWarnings(_ document: ScoringDocument, text: [Unicode.Scalar]) -> [String] {
        var warnings: [String] = []
        for timex in document.system ?? [] where warnings.count < warningsPerDocument {
            let (start, end) = (timex.start, timex.end)
            if !(0 <= start && start < end && end <= text.count) {
                warnings.append(
                    "\(document.name): span \(start)..\(end) outside text of length \(text.count) or empty")
            } else if let said = timex.text,
                !PythonText.slice(text, start, end).unicodeScalars.elementsEqual(said.unicodeScalars)
            {
                let found = PythonText.slice(text, start, end)
                warnings.append(
                    "\(document.name): span \(start)..\(end) is \(PythonText.repr(found)) in the gold text "
                        + "but the system says \(PythonText.repr(said))")
            }
        }
        return warnings
    }

    /// The first ten names, comma-separated, then ` ...` if there are more.
    private static func listed(_ names: [String]) -> String {
        names.prefix(10).joined(separator: ", ") + (names.count > 10 ? " ..." : "")
    }
}

extension TimexError {
    init(document: String, kind: Kind, gold: Side? = nil, system: Side? = nil) {
        self.init(
            document: document, kind: kind, gold: gold, system: system, spanExact: nil, typeCorrect: nil,
            valueCorrect: nil)
    }
}
