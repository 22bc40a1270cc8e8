import TimelineDocuments

/// Scores how events are anchored to time expressions, exactly as `shared/tools/anchorscore.py` does.
///
/// A gold anchor is a TLINK between an event instance and a TIMEX3 in `<TEXT>` (the DCT and
/// `CREATION_TIME` timexes left out). A system link matches a gold anchor when its trigger overlaps the
/// gold EVENT and its timex overlaps the gold TIMEX3 (one-to-one, greedy in order). Precision counts only
/// judgeable links: timex overlapping a gold-anchored timex, trigger overlapping a gold EVENT.
public enum AnchorScorer {
    /// A half-open span.
    public typealias Span = (start: Int, end: Int)

    /// One system link: the trigger, the timex it is dated by, and the relation as the system writes it.
    public struct Link: Sendable {
        public var trigger: (start: Int, end: Int)
        public var timex: (start: Int, end: Int)
        public var relation: String

        public init(trigger: Span, timex: Span, relation: String) {
            self.trigger = trigger
            self.timex = timex
            self.relation = relation
        }
    }

    /// The figures, rounded to four places as `anchorscore.py` prints them.
    public struct Score: Equatable, Sendable {
        public var goldAnchors = 0
        public var judgeableLinks = 0
        public var matched = 0
        public var relationCorrect = 0
        public var anchoredTimexes = 0
        public var coveredTimexes = 0

        public var precision: Double { round4(ratio(matched, judgeableLinks)) }
        public var recall: Double { round4(ratio(matched, goldAnchors)) }
        public var f1: Double {
            let (p, r) = (ratio(matched, judgeableLinks), ratio(matched, goldAnchors))
            return p + r > 0 ? round4(2 * p * r / (p + r)) : 0
        }
        public var timexCoverage: Double { round4(ratio(coveredTimexes, anchoredTimexes)) }
        public var relationAccuracy: Double { round4(ratio(relationCorrect, matched)) }

        /// `anchorscore.py`'s keys and values, in its order.
        public var json: ScoreJSON {
            .object([
                ("gold_anchors", .int(goldAnchors)), ("judgeable_links", .int(judgeableLinks)),
                ("matched", .int(matched)), ("precision", .double(precision)), ("recall", .double(recall)),
                ("f1", .double(f1)), ("timex_coverage", .double(timexCoverage)),
                ("relation_accuracy", .double(relationAccuracy)),
            ])
        }

        private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
            denominator > 0 ? Double(numerator) / Double(denominator) : 0
        }

        private func round4(_ value: Double) -> Double { Double(PythonText.fixed(value, places: 4)) ?? value }
    }

    /// TimeML relation names and the folded ones systems write, to ON, BEFORE, AFTER, BEGINS or ENDS.
    static let folded: [String: String] = [
        "IS_INCLUDED": "ON", "DURING": "ON", "DURING_INV": "ON", "SIMULTANEOUS": "ON", "IDENTITY": "ON",
        "INCLUDES": "ON", "ON": "ON", "BEFORE": "BEFORE", "IBEFORE": "BEFORE", "AFTER": "AFTER", "IAFTER": "AFTER",
        "BEGUN_BY": "BEGINS", "BEGINS": "BEGINS", "SINCE": "BEGINS", "ENDED_BY": "ENDS", "ENDS": "ENDS",
        "UNTIL": "ENDS",
    ]
    /// A TLINK written time → event states the inverse relation.
    static let inverse: [String: String] = [
        "BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "BEGINS": "BEGUN_BY",
        "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "INCLUDES": "IS_INCLUDED",
        "IS_INCLUDED": "INCLUDES",
    ]

    /// Sums the figures over documents; `system` nil means no output for that document.
    public static func evaluate(_ documents: [(gold: TimeMLAnnotations, system: [Link]?)]) -> Score {
        var score = Score()
        for (gold, system) in documents { add(gold: gold, system: system ?? [], to: &score) }
        return score
    }

    private static func add(gold: TimeMLAnnotations, system: [Link], to score: inout Score) {
        var events: [String: Span] = [:]
        var eventOrder: [String] = []
        for event in gold.events {
            guard let eid = event.eid else { continue }
            if events[eid] == nil { eventOrder.append(eid) }
            events[eid] = (event.start, event.end)
        }
        var timexes: [String: Span] = [:]
        for timex in gold.timexes where timex.start < timex.end && timex.functionInDocument != "CREATION_TIME" {
            if let tid = timex.tid { timexes[tid] = (timex.start, timex.end) }
        }
        var instances: [String: String] = [:]
        for instance in gold.instances { if let eiid = instance.eiid { instances[eiid] = instance.eventID } }
        var anchors = Set<GoldAnchor>()
        for link in gold.links {
            var relation = link.relType ?? ""
            let eventID: String?
            let timeID: String
            if let instance = nonEmpty(link.eventInstanceID), let time = nonEmpty(link.relatedToTime) {
                (eventID, timeID) = (instances[instance] ?? nil, time)
            } else if let time = nonEmpty(link.timeID), let instance = nonEmpty(link.relatedToEventInstance) {
                (eventID, timeID) = (instances[instance] ?? nil, time)
                relation = inverse[relation] ?? relation
            } else {
                continue
            }
            if let eventID, let event = events[eventID], let timex = timexes[timeID] {
                anchors.insert(
                    GoldAnchor(
                        event: [event.start, event.end], timex: [timex.start, timex.end],
                        relation: folded[relation] ?? relation))
            }
        }
        let sortedAnchors = anchors.sorted()
        let goldEvents = eventOrder.compactMap { events[$0] }
        let links = system.map { ($0.trigger, $0.timex, folded[$0.relation.uppercased()] ?? "") }
        score.goldAnchors += sortedAnchors.count
        let goldTimexes = Set(sortedAnchors.map(\.timex))
        score.anchoredTimexes += goldTimexes.count
        score.coveredTimexes += goldTimexes.count { timex in links.contains { overlaps(timex, $0.1) } }
        var used = Set<Int>()
        for anchor in sortedAnchors {
            let event = (anchor.event[0], anchor.event[1])
            let timex = (anchor.timex[0], anchor.timex[1])
            if let index = links.indices.first(where: {
                !used.contains($0) && overlaps(links[$0].0, event) && overlaps(links[$0].1, timex)
            }) {
                used.insert(index)
                score.matched += 1
                if links[index].2 == anchor.relation { score.relationCorrect += 1 }
            }
        }
        for link in links
        where goldTimexes.contains(where: { overlaps(link.1, ($0[0], $0[1])) })
            && goldEvents.contains(where: { overlaps(link.0, $0) })
        {
            score.judgeableLinks += 1
        }
    }

    private static func overlaps(_ a: Span, _ b: Span) -> Bool { a.start < b.end && b.start < a.end }
    private static func overlaps(_ a: [Int], _ b: Span) -> Bool { a[0] < b.end && b.start < a[1] }

    private static func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }

    /// A gold anchor; sorted as Python sorts its tuples.
    private struct GoldAnchor: Hashable, Comparable {
        var event: [Int]
        var timex: [Int]
        var relation: String

        static func < (a: GoldAnchor, b: GoldAnchor) -> Bool {
            if a.event != b.event { return a.event.lexicographicallyPrecedes(b.event) }
            if a.timex != b.timex { return a.timex.lexicographicallyPrecedes(b.timex) }
            return a.relation.unicodeScalars.lexicographicallyPrecedes(b.relation.unicodeScalars)
        }
    }
}
