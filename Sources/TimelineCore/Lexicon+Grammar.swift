/// A small part-of-speech lexicon: enough to find verbs, tense clues and clause edges without a tagger.
enum GrammarWords {
    /// Irregular verbs: `base past participle` (participle omitted when equal to the past).
    static let irregularVerbs: [String] = [
        "arise arose arisen", "awake awoke", "bear bore borne", "beat beat beaten", "become became become",
        "begin began begun", "bend bent", "bet bet", "bid bid", "bind bound", "bite bit bitten",
        "bleed bled", "blow blew blown", "break broke broken", "bring brought", "build built",
        "burn burnt", "burst burst", "buy bought", "cast cast", "catch caught", "choose chose chosen",
        "cling clung", "come came come", "cost cost", "creep crept", "cut cut", "deal dealt", "dig dug",
        "do did done", "draw drew drawn", "drink drank drunk", "drive drove driven", "eat ate eaten",
        "fall fell fallen", "feed fed", "feel felt", "fight fought", "find found", "flee fled",
        "fly flew flown", "forbid forbade forbidden", "forecast forecast", "forget forgot forgotten",
        "forgive forgave forgiven", "freeze froze frozen", "get got gotten", "give gave given",
        "go went gone", "grow grew grown", "hang hung", "have had", "hear heard", "hide hid hidden",
        "hit hit", "hold held", "hurt hurt", "keep kept", "know knew known", "lay laid", "lead led",
        "leave left", "lend lent", "let let", "lie lay lain", "lose lost", "make made", "mean meant",
        "meet met", "mislead misled", "overcome overcame overcome", "pay paid", "put put", "quit quit",
        "read read", "rebuild rebuilt", "ride rode ridden", "ring rang rung", "rise rose risen",
        "run ran run", "say said", "see saw seen", "seek sought", "sell sold", "send sent", "set set",
        "shake shook shaken", "shed shed", "shoot shot", "show showed shown", "shut shut",
        "sing sang sung", "sink sank sunk", "sit sat", "sleep slept", "slide slid", "speak spoke spoken",
        "spend spent", "spin spun", "split split", "spread spread", "stand stood", "steal stole stolen",
        "stick stuck", "strike struck", "strive strove striven", "swear swore sworn", "sweep swept",
        "swim swam swum", "swing swung", "take took taken", "teach taught", "tear tore torn", "tell told",
        "think thought", "throw threw thrown", "undergo underwent undergone", "understand understood",
        "undertake undertook undertaken", "upset upset", "uphold upheld", "wake woke woken",
        "wear wore worn", "win won", "withdraw withdrew withdrawn", "write wrote written",
        "be was been", "be were been",
    ]

    /// Common regular verbs (base forms); their `-s`, `-ed` and `-ing` forms are derived.
    static let regularVerbs: [String] = """
        accept accuse acquire add admit agree aim allow announce appear approve argue arrest arrive ask \
        attack attempt attend award back ban believe blame block boost call cancel capture charge claim \
        close collapse complete conclude confirm consider continue control convict criticize cross \
        decide declare decline deliver deny deploy describe destroy die disappear discover discuss dismiss \
        drop elect emerge end ensure enter establish estimate expand expect explain export face fail file \
        finish fire follow force form gain happen help hope import improve include increase indicate \
        injure invade invest investigate involve join jump kill launch like list live look manage mark \
        merge move name need negotiate note object occur offer open order organize own plan plunge point \
        post predict prepare present press prevent produce promise propose protest prove provide publish \
        pull raise reach receive recognize record recover reduce refuse regard reject release remain \
        remove replace report request require resign respond rest result resume return reveal rule \
        sanction score serve settle share sign soar stage start state stay step stop struggle suffer \
        suggest support surge survive suspend talk target tend term threaten total trade try turn vote \
        want warn watch work accredit dispatch withdraw label destabilize transfer penetrate contribute \
        disintegrate seize boost happen plummet tumble climb jump slip fall rally rise post
        """.split(
            separator: " "
        ).map(String.init)

    static let auxiliaries = "is are was were be been being am has have had having do does did 's 're 've"
    static let modals = "will would shall should can could may might must 'll wo ca"
    static let futureMarkers = "will shall 'll tomorrow next upcoming coming expects expected plans planned going"
    static let pastMarkers = "was were had did ago last yesterday earlier previously"
    static let determiners = """
        the a an this that these those its his her their our my your some any each every no another \
        such both all many several few much more most other
        """
    static let prepositions = """
        in on at by for from to of with without within during before after since until till through \
        throughout into onto over under about against among between following despite via per toward \
        towards around near across behind beyond upon amid prior
        """
    static let conjunctions = "and or but nor yet so"
    static let subordinators = "when while because although though if unless whereas as once whether where"
    static let relativePronouns = "who whom whose which that"
    static let pronouns = "i you he she it we they him them us me one"
    static let adverbs = """
        not also already still just never ever even only really very too again now then there here however \
        recently currently finally later earlier soon yet always often probably perhaps nearly almost
        """
    /// Words that end a summary's object.
    static let clauseStops = """
        with according thanks because while when although though since after before until till following \
        if unless whereas who which whom whose but as despite amid during where
        """
    static let abbreviations = """
        mr mrs ms dr prof gen sen rep gov lt col sgt capt st jr sr inc corp co ltd no vs etc jan feb mar \
        apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd dept fig \
        est approx adm maj cmdr rev hon pres
        """
    /// Nouns that name events and can be dated (`the election in November`).
    static let eventNouns = """
        election elections war attack attacks talks summit meeting meetings conference visit crash \
        agreement deal vote strike strikes invasion coup merger acquisition offer trial hearing \
        earthquake explosion bombing bombings ceremony launch elections referendum takeover sale \
        announcement speech collapse crisis bankruptcy
        """
    /// Words ending in -ed that are not verbs.
    static let notVerbs = """
        red bed need seed feed speed shed hundred united limited based related interested proposed \
        alleged detailed advanced concerned supposed so-called naked sacred wicked indeed breed
        """
}

extension Lexicon {
    /// Adds the grammar vocabulary of `GrammarWords`.
    mutating func addGrammarWords() {
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
        for row in GrammarWords.irregularVerbs {
            let forms = words(row)
            add(forms[0], [.verb, .verbBase])
            add(forms[0] + "s", .verb)
            add(forms[1], [.verb, .verbPast, .pastMarker])
            add(forms.count > 2 ? forms[2] : forms[1], [.verb, .participle])
        }
        for base in GrammarWords.regularVerbs {
            add(base, [.verb, .verbBase])
            let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
            let esForm = base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x")
            add(
                esForm
                    ? base + "es"
                    : (base.hasSuffix("y") && !base.hasSuffix("ay") && !base.hasSuffix("oy")
                        ? String(base.dropLast()) + "ies" : base + "s"), .verb)
            add(stem + "ing", .verb)
        }
        add(words: words(GrammarWords.auxiliaries), [.auxiliary, .verb, .functionWord])
        add(words: words(GrammarWords.modals), [.modal, .auxiliary, .functionWord])
        add(words: words(GrammarWords.futureMarkers), .futureMarker)
        add(words: words(GrammarWords.pastMarkers), .pastMarker)
        add(words: words(GrammarWords.determiners), [.determiner, .functionWord])
        add(words: words(GrammarWords.prepositions), [.preposition, .functionWord])
        add(words: words(GrammarWords.conjunctions), [.conjunction, .functionWord])
        add(words: words(GrammarWords.subordinators), [.subordinator, .functionWord])
        add(words: words(GrammarWords.relativePronouns), [.relativePronoun, .functionWord])
        add(words: words(GrammarWords.pronouns), [.pronoun, .functionWord])
        add(words: words(GrammarWords.adverbs), [.adverb, .functionWord])
        add(words: words(GrammarWords.clauseStops), .clauseStop)
        add(words: ["its", "his", "her", "their", "our", "that", "this"], .possessive)
        add(words: words(GrammarWords.abbreviations), .abbreviation)
        add(words: words(GrammarWords.eventNouns), .eventNoun)
        add(words: words(GrammarWords.notVerbs), .notVerb)
    }
}
