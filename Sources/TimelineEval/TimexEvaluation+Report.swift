/// The two ways `te3score.py` prints a result, reproduced: its JSON keys and its human layout.
extension TimexEvaluation {
    /// The `--json` object: documents, counts, strict, relaxed, relaxed_any, type, value, by_gold_type,
    /// warnings, and errors / errors_total when `errorLimit` is above 0.
    public func json(errorLimit: Int = 0) -> ScoreJSON {
        var pairs: [(String, ScoreJSON)] = [
            (
                "documents",
                .object([
                    ("gold", .int(goldDocuments)), ("scored", .int(scoredDocuments)),
                    ("missing_in_system", .array(missingInSystem.map(ScoreJSON.string))),
                    ("extra_in_system", .array(extraInSystem.map(ScoreJSON.string))),
                ])
            ),
            (
                "counts",
                .object([
                    ("gold", .int(counts.gold)), ("system", .int(counts.system)),
                    ("strict_match", .int(counts.strictMatches)), ("relaxed_match", .int(counts.relaxedMatches)),
                    ("type_correct", .int(counts.typeCorrect)), ("value_correct", .int(counts.valueCorrect)),
                    ("system_ignored_creation_time_overlap", .int(counts.systemIgnoredForCreationTime)),
                    ("gold_empty_skipped", .int(counts.goldEmptySkipped)),
                    ("system_empty_skipped", .int(counts.systemEmptySkipped)),
                ])
            ),
            ("strict", strict.json), ("relaxed", relaxed.json), ("relaxed_any", relaxedAny.json),
            ("type", type.json), ("value", value.json),
            ("by_gold_type", .object(byGoldType.map { ($0.type, $0.ratios.json) })),
            ("warnings", .array(warnings.map(ScoreJSON.string))),
        ]
        if errorLimit > 0 {
            pairs.append(("errors", .array(errors.prefix(errorLimit).map(\.json))))
            pairs.append(("errors_total", .int(errors.count)))
        }
        return .object(pairs)
    }

    /// The human summary (`fmt_human`), then the first `errorLimit` errors when above 0.
    public func humanReport(errorLimit: Int = 0) -> String {
        var lines = [
            "documents: gold \(goldDocuments), scored \(scoredDocuments), missing in system \(missingInSystem.count), "
                + "extra in system \(extraInSystem.count)",
            "timexes:   gold \(counts.gold), system \(counts.system) (strict match \(counts.strictMatches), "
                + "relaxed match \(counts.relaxedMatches))",
            "",
            pad("", 14) + " " + ["P", "R", "F1", "accuracy"].map { pad($0, 9, right: true) }.joined(separator: " "),
        ]
        for (label, ratios) in [("strict span", strict), ("relaxed span", relaxed), ("relaxed (any)", relaxedAny)] {
            lines.append(pad(label, 14) + " " + figures([ratios.precision, ratios.recall, ratios.f1], width: 9))
        }
        for (label, ratios) in [("type", type), ("value", value)] {
            let values = [ratios.precision, ratios.recall, ratios.f1, ratios.accuracy ?? 0]
            lines.append(pad(label, 14) + " " + figures(values, width: 9))
        }
        lines.append("")
        lines.append(
            pad("gold type", 10) + " " + pad("n", 6, right: true) + " "
                + ["strict R", "relaxed R", "type acc", "value acc"].map { pad($0, 10, right: true) }
                .joined(separator: " "))
        for (name, ratios) in byGoldType {
            let values = [ratios.strictRecall, ratios.relaxedRecall, ratios.typeAccuracy, ratios.valueAccuracy]
            lines.append(
                pad(name, 10) + " " + pad(String(ratios.gold), 6, right: true) + " " + figures(values, width: 10))
        }
        if !warnings.isEmpty {
            lines.append("")
            lines.append("warnings (\(warnings.count)):")
            lines += warnings.prefix(30).map { "  " + $0 }
            if warnings.count > 30 { lines.append("  ... \(warnings.count - 30) more (see --json)") }
        }
        if errorLimit > 0 {
            let shown = errors.prefix(errorLimit)
            lines.append("")
            lines.append("errors (\(shown.count) of \(errors.count)):")
            lines += shown.map { "  " + $0.json.compact }
        }
        return lines.joined(separator: "\n")
    }

    private func figures(_ values: [Double], width: Int) -> String {
        values.map { pad(PythonText.fixed($0, places: 4), width, right: true) }.joined(separator: " ")
    }

    /// `"%-Ns"` (left-aligned) or `"%Ns"` (`right`), counting Unicode scalars as Python does.
    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
        return right ? fill + text : text + fill
    }
}

extension TimexEvaluation.Ratios {
    var json: ScoreJSON {
        var pairs: [(String, ScoreJSON)] = [
            ("precision", .double(precision)), ("recall", .double(recall)), ("f1", .double(f1)),
        ]
        if let accuracy { pairs.append(("accuracy", .double(accuracy))) }
        return .object(pairs)
    }
}

extension TimexEvaluation.TypeRatios {
    var json: ScoreJSON {
        .object([
            ("gold", .int(gold)), ("strict_recall", .double(strictRecall)), ("relaxed_recall", .double(relaxedRecall)),
            ("type_accuracy", .double(typeAccuracy)), ("value_accuracy", .double(valueAccuracy)),
            ("value_recall", .double(valueRecall)),
        ])
    }
}

extension TimexError {
    /// The error as `te3score.py --errors` lists it.
    public var json: ScoreJSON {
        var pairs: [(String, ScoreJSON)] = [("doc", .string(document)), ("kind", .string(kind.rawValue))]
        if let gold { pairs.append(("gold", gold.json)) }
        if let system { pairs.append(("system", system.json)) }
        if let spanExact { pairs.append(("span_exact", .bool(spanExact))) }
        if let typeCorrect { pairs.append(("type_ok", .bool(typeCorrect))) }
        if let valueCorrect { pairs.append(("value_ok", .bool(valueCorrect))) }
        return .object(pairs)
    }
}

extension TimexError.Side {
    var json: ScoreJSON {
        .object([
            ("start", .int(start)), ("end", .int(end)), ("text", .string(text)),
            ("type", type.map(ScoreJSON.string) ?? .null), ("value", value.map(ScoreJSON.string) ?? .null),
        ])
    }
}
