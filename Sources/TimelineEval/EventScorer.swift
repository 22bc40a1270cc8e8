import TimelineCore
import TimelineDocuments

/// Scores detected event triggers against the gold EVENTs of TimeML files.
///
/// A detected trigger matches a gold EVENT with exactly the same span (`strict`) or, one-to-one in
/// document order, an overlapping one (`relaxed`). Over strict matches, the tense, aspect and polarity
/// are compared with the gold event's first MAKEINSTANCE, and the modality with its `modality`
/// attribute lower-cased (none when absent; our planning verbs such as `plans` count as a mismatch).
public enum EventScorer {
    public struct Score: Equatable, Sendable {
        public var gold = 0
        public var system = 0
        public var strict = 0
        public var relaxed = 0
        public var tense = 0
        public var aspect = 0
        public var polarity = 0
        public var modality = 0

        public var precision: Double { Self.ratio(strict, system) }
        public var recall: Double { Self.ratio(strict, gold) }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        public var relaxedF1: Double {
            let (p, r) = (Self.ratio(relaxed, system), Self.ratio(relaxed, gold))
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }

        /// The figures, rounded to four places, in a fixed key order.
        public var json: ScoreJSON {
            func round(_ value: Double) -> ScoreJSON { .double(Double(PythonText.fixed(value, places: 4)) ?? value) }
            return .object([
                ("gold_events", .int(gold)), ("system_events", .int(system)), ("strict_matches", .int(strict)),
                ("precision", round(precision)), ("recall", round(recall)), ("f1", round(f1)),
                ("relaxed_f1", round(relaxedF1)),
                ("tense_accuracy", round(Self.ratio(tense, strict))),
                ("aspect_accuracy", round(Self.ratio(aspect, strict))),
                ("polarity_accuracy", round(Self.ratio(polarity, strict))),
                ("modality_accuracy", round(Self.ratio(modality, strict))),
            ])
        }

        static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
            denominator > 0 ? Double(numerator) / Double(denominator) : 0
        }
    }

    /// Sums the figures over documents.
    public static func evaluate(_ documents: [(gold: TimeMLAnnotations, system: [DetectedEvent])]) -> Score {
        var score = Score()
        for (gold, system) in documents { add(gold: gold, system: system, to: &score) }
        return score
    }

    static func add(gold: TimeMLAnnotations, system: [DetectedEvent], to score: inout Score) {
        var instances: [String: TimeMLInstance] = [:]
        for instance in gold.instances {
            if let id = instance.eventID, instances[id] == nil { instances[id] = instance }
        }
        let events = gold.events.sorted { $0.start < $1.start }
        score.gold += events.count
        score.system += system.count
        var byStart: [Int: TimeMLEvent] = [:]
        for event in events { byStart[event.start] = event }
        var taken = Set<Int>()
        for detected in system {
            if let event = byStart[detected.trigger.start], event.end == detected.trigger.end {
                score.strict += 1
                let instance = event.eid.flatMap { instances[$0] }
                let attributes = instance?.attributes ?? event.attributes
                let grammar = detected.grammar
                if attributes["tense"] == grammar.tense.rawValue { score.tense += 1 }
                if attributes["aspect"] == grammar.aspect.rawValue { score.aspect += 1 }
                if attributes["polarity"] == grammar.polarity.rawValue { score.polarity += 1 }
                let modality = attributes["modality"]?.lowercased()
                if (modality == nil || modality == "none" ? nil : modality) == grammar.modality { score.modality += 1 }
            }
            if let index = events.indices.first(where: {
                !taken.contains($0) && events[$0].start < detected.trigger.end
                    && detected.trigger.start < events[$0].end
            }) {
                taken.insert(index)
                score.relaxed += 1
            }
        }
    }
}
