/// Finds event triggers with the trained model and reads their grammar.
///
/// A word token is a trigger when the model's score of its features is positive. Tokens for which `skip`
/// is true (those of time expressions) are never triggers.
struct EventDetector: Sendable {
    let model: EventModel
    let grammar = GrammarReader()
    /// The weights of the word features (templates 1 to 8) of each lexicon entry's word, eight per entry:
    /// read by `Score` for a token keyed from its entry, without mixing or probing.
    private let entryWeights: [Float]

    /// - Parameter known: The keys of each lexicon entry's word (`WordKeys.known`).
    init(model: EventModel, known: [WordKeys.Known]) {
        self.model = model
        entryWeights = known.flatMap { known in
            let keys = known.keys
            return zip(
                1...8, [keys.word, keys.suffix2, keys.suffix3, keys.suffix4] + Array(repeating: keys.word, count: 4)
            )
            .map { model.weight($0, $1) }
        }
    }

    /// The model compiled into the binary (`EventModel+Weights.swift`, written by `make model`).
    static let builtInModel: EventModel = {
        do {
            return try EventModel(bytes: Array(EventModel.builtInText.utf8))
        } catch {
            preconditionFailure("the built-in event model does not load: \(error)")
        }
    }()

    struct Found {
        var index: Int
        var grammar: EventGrammar
    }

    /// The triggers of one sentence, in order.
    /// - Parameter keys: The keys of the sentence's tokens (`Tokenizer.keys`), computed once by the caller.
    func triggers(
        _ tokens: [Token], sentence: Range<Int>, keys: [WordKeys], skip: (Int) -> Bool = { _ in false }
    ) -> [Found] {
        var found: [Found] = []
        for index in sentence where tokens[index].kind == .word && !skip(index) {
            if isTrigger(tokens, index, sentence: sentence, keys: keys) {
                found.append(
                    Found(
                        index: index,
                        grammar: grammar.read(
                            tokens, index, sentence: sentence, keys: keys, offset: sentence.lowerBound)))
            }
        }
        return found
    }

    /// Whether the model scores word token `index` of `sentence` positive.
    @inline(__always) func isTrigger(_ tokens: [Token], _ index: Int, sentence: Range<Int>, keys: [WordKeys]) -> Bool {
        var score = Score(model: model, entryWeights: entryWeights)
        EventFeatures.collect(tokens, index, sentence: sentence, keys: keys, offset: sentence.lowerBound, into: &score)
        return score.sum > 0
    }
}

extension EventDetector {
    /// The triggers anchoring needs around a time expression at `first...last`: the two nearest on its left
    /// and the nearest on its right, in order. Only the tokens up to them are scored, not the whole sentence.
    /// - Parameter isTrigger: Whether a word token, not one of a time expression, is a trigger (the caller
    ///   remembers the scores, as the expressions of a sentence look at the same words).
    func nearby(first: Int, last: Int, sentence: Range<Int>, isTrigger: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        var index = first - 1
        while index >= sentence.lowerBound, found.count < 2 {
            if isTrigger(index) { found.insert(index, at: 0) }
            index -= 1
        }
        index = last + 1
        while index < sentence.upperBound {
            if isTrigger(index) {
                found.append(index)
                break
            }
            index += 1
        }
        return found
    }
}

extension Extractor {
    /// Every event trigger of a body (not only those a time expression dates), with its grammar.
    public func events(in body: String) -> [DetectedEvent] {
        let scalars = ScalarText.scalars(body)
        let tokens = tokenizer.tokenize(scalars)
        var result: [DetectedEvent] = []
        for sentence in SentenceSplitter.sentences(tokens) {
            let keys = tokenizer.keys(scalars, tokens, sentence)
            for found in detector.triggers(tokens, sentence: sentence, keys: keys) {
                let token = tokens[found.index]
                result.append(
                    DetectedEvent(
                        trigger: TextSpan(
                            text: ScalarText.string(scalars, token.start..<token.end), start: token.start,
                            end: token.end),
                        grammar: found.grammar))
            }
        }
        return result
    }
}
