/// Trains the event-trigger model: an averaged perceptron over `EventFeatures`, deterministic (documents in
/// the order given, tokens in order, no shuffling, a fixed number of passes).
public enum EventTrainer {
    /// A training document: its name, its body and the `[start, end)` scalar spans of its gold EVENTs.
    public struct Document: Sendable {
        public var name: String
        public var body: String
        public var events: [Range<Int>]

        public init(name: String, body: String, events: [Range<Int>]) {
            self.name = name
            self.body = body
            self.events = events
        }
    }

    public static let passes = 10

    /// The data file's text (see `EventModel`) for the model trained on `documents`, taken in name order.
    public static func train(_ documents: [Document], passes: Int = passes) -> String {
        let tokenizer = Extractor().tokenizer
        var ids: [UInt64: Int] = [:]
        var keysByID: [UInt64] = []
        var features: [Int] = []
        var bounds: [Int] = [0]
        var labels: [Bool] = []
        var scratch: [UInt64] = []
        for document in documents.sorted(by: { $0.name < $1.name }) {
            let scalars = ScalarText.scalars(document.body)
            let tokens = tokenizer.tokenize(scalars)
            let events = document.events.sorted { $0.lowerBound < $1.lowerBound }
            for sentence in SentenceSplitter.sentences(tokens) {
                let keys = tokenizer.keys(scalars, tokens, sentence)
                for index in sentence where tokens[index].kind == .word {
                    let token = tokens[index]
                    scratch.removeAll(keepingCapacity: true)
                    EventFeatures.collect(
                        tokens, index, sentence: sentence, keys: keys, offset: sentence.lowerBound, into: &scratch)
                    for key in scratch {
                        if let id = ids[key] {
                            features.append(id)
                        } else {
                            ids[key] = keysByID.count
                            features.append(keysByID.count)
                            keysByID.append(key)
                        }
                    }
                    bounds.append(features.count)
                    labels.append(events.contains { $0.lowerBound < token.end && token.start < $0.upperBound })
                }
            }
        }
        var weights = [Double](repeating: 0, count: keysByID.count)
        var totals = [Double](repeating: 0, count: keysByID.count)
        var step = 1.0
        for _ in 0..<passes {
            for example in labels.indices {
                let range = bounds[example]..<bounds[example + 1]
                var score = 0.0
                for position in range { score += weights[features[position]] }
                let gold = labels[example]
                if (score > 0) != gold {
                    let change = gold ? 1.0 : -1.0
                    for position in range {
                        weights[features[position]] += change
                        totals[features[position]] += change * step
                    }
                }
                step += 1
            }
        }
        let averaged = keysByID.indices.map { (keysByID[$0], weights[$0] - totals[$0] / step) }
        return EventModel.text(
            averaged,
            comment:
                "timelined event-trigger model: averaged perceptron, \(passes) passes over \(labels.count) word tokens "
                + "of \(documents.count) documents; KEY WEIGHT (thousandths). Regenerate: make model")
    }
}
