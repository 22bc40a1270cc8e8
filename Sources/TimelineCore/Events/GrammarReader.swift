/// Reads an event's tense, aspect, polarity and modality from the words before its trigger.
///
/// The verb chain to the left (auxiliaries, modals, `not`/`never`/`n't`, adverbs, `to`) decides: `will` →
/// future; a modal → modality, no tense; `has`/`had` → perfective, `is`/`was` + `-ing` → progressive; the
/// first auxiliary gives present or past; `to` → infinitive. Without a chain the trigger's own form decides.
/// `plans to`, `expected to`, `wants to` … make the event's modality that verb.
struct GrammarReader: Sendable {
    private let present: KeySet
    private let past: KeySet
    private let have: KeySet
    private let be: KeySet
    private let beBare: KeySet
    private let future: KeySet
    private let negation: KeySet
    private let intention: KeySet
    private let to: UInt64
    private let t: UInt64
    private let words: [UInt64: String]
    /// Every auxiliary or modal key, contracted forms (`didn`, `couldn`) included.
    private let contractions: KeySet

    init() {
        let presentKeys = WordKeys.keys("is are am has have do does 's 're 've isn aren hasn haven doesn don")
        let pastKeys = WordKeys.keys("was were had did wasn weren hadn didn")
        let futureKeys = WordKeys.keys("will shall 'll wo won")
        present = KeySet(presentKeys)
        past = KeySet(pastKeys)
        have = KeySet(words: "has have had having 've hasn haven hadn")
        be = KeySet(words: "is are am was were 's 're isn aren wasn weren")
        beBare = KeySet(words: "be been being")
        future = KeySet(futureKeys)
        negation = KeySet(words: "not never no")
        to = WordKeys.key("to")
        t = WordKeys.key("t")
        let modals = "would could may might must can should ca"
        let intentions = """
            plan plans planned planning expect expects expected want wants wanted intend intends intended \
            hope hopes hoped aim aims aimed propose proposes proposed agree agrees agreed promise promises \
            promised seek seeks sought threaten threatens threatened scheduled set due likely going
            """
        intention = KeySet(words: intentions)
        var words: [UInt64: String] = [:]
        for word in (modals + " " + intentions).split(separator: " ") {
            words[WordKeys.key(String(word))] = String(word)
        }
        for (contracted, modal) in [("couldn", "could"), ("wouldn", "would"), ("shouldn", "should"), ("mustn", "must")]
        {
            words[WordKeys.key(contracted)] = modal
        }
        contractions = KeySet(presentKeys + pastKeys + futureKeys + words.keys)
        self.words = words
    }

    /// The grammar of the trigger at `index`; `keys[i - offset]` are the keys of the sentence's tokens.
    func read(_ tokens: [Token], _ index: Int, sentence: Range<Int>, keys: [WordKeys], offset: Int) -> EventGrammar {
        var grammar = EventGrammar()
        let trigger = tokens[index]
        var auxiliaries: [UInt64] = []  // nearest first
        var sawTo = false
        var cursor = index - 1
        while cursor >= sentence.lowerBound, index - cursor <= 6 {
            let token = tokens[cursor]
            let key = keys[cursor - offset].word
            if token.isPunct("'") {  // "didn't": the "t" was seen, the "didn" comes next
                cursor -= 1
                continue
            }
            guard token.kind == .word else { break }
            if key == t || negation.contains(key) {
                grammar.polarity = .negative
            } else if key == to {
                sawTo = true
                cursor -= 1
                break
            } else if token.classes.contains(.modal) || token.classes.contains(.auxiliary) || beBare.contains(key)
                || contractions.contains(key) && !intention.contains(key)
            {
                if words[key] != nil, grammar.modality == nil { grammar.modality = words[key] }
                auxiliaries.append(key)
            } else if token.classes.contains(.adverb) {
                // "has already left"
            } else {
                break
            }
            cursor -= 1
        }
        // "plans to hold", "is expected to visit": the framing verb right before "to".
        if sawTo, cursor >= sentence.lowerBound, intention.contains(keys[cursor - offset].word),
            grammar.modality == nil
        {
            grammar.modality = words[keys[cursor - offset].word]
        }
        let ing = trigger.spelling.contains(.endsInING)
        if auxiliaries.contains(where: have.contains) {
            grammar.aspect = ing && auxiliaries.contains(where: beBare.contains) ? .perfectiveProgressive : .perfective
        } else if ing, let nearest = auxiliaries.first, be.contains(nearest) || beBare.contains(nearest) {
            grammar.aspect = .progressive
        }
        if let finite = auxiliaries.last {
            if future.contains(finite) {
                grammar.tense = .future
            } else if words[finite] != nil {
                grammar.tense = .none
            } else if past.contains(finite) {
                grammar.tense = .past
            } else if present.contains(finite) {
                grammar.tense = .present
            } else if sawTo {
                grammar.tense = .infinitive
            } else {
                grammar.tense = ing ? .presentParticiple : .pastParticiple
            }
        } else if sawTo {
            grammar.tense = .infinitive
        } else if TenseClues.isPastVerb(tokens, index) {
            // "soldiers captured during the war", "led by Castro": a participle, not a finite past.
            let next = index + 1 < sentence.upperBound ? tokens[index + 1] : nil
            grammar.tense = next?.is(.by) == true ? .pastParticiple : .past
        } else if ing, index > sentence.lowerBound,
            tokens[index - 1].classes.isDisjoint(with: [.determiner, .possessive]),
            trigger.classes.contains(.verb) || tokens[index - 1].kind == .word
        {
            grammar.tense = .presentParticiple
        } else if Verbs.isEventVerb(tokens, index) {
            grammar.tense =
                ing ? .presentParticiple : trigger.classes.contains(.participle) ? .pastParticiple : .present
        } else if trigger.classes.contains(.verb), !ing, index > sentence.lowerBound,
            !tokens[index - 1].classes.contains(.determiner), tokens[index - 1].kind == .word
        {
            grammar.tense = .present
        }
        return grammar
    }
}
