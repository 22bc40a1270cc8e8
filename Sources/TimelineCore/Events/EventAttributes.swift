/// The grammatical tense of an event's trigger, with TimeML's names.
public enum EventTense: String, Sendable, Codable, CaseIterable {
    case past = "PAST"
    case present = "PRESENT"
    case future = "FUTURE"
    /// `to sign`.
    case infinitive = "INFINITIVE"
    /// `…, saying`.
    case presentParticiple = "PRESPART"
    /// `the man arrested`.
    case pastParticiple = "PASTPART"
    /// A noun, or a verb after a modal (`may visit`).
    case none = "NONE"
}

/// The grammatical aspect of an event's trigger, with TimeML's names.
public enum EventAspect: String, Sendable, Codable, CaseIterable {
    case none = "NONE"
    /// `is meeting`.
    case progressive = "PROGRESSIVE"
    /// `has met`.
    case perfective = "PERFECTIVE"
    /// `has been meeting`.
    case perfectiveProgressive = "PERFECTIVE_PROGRESSIVE"
}

/// Whether the event is asserted (`POS`) or negated (`NEG`: `did not sign`, `never met`).
public enum EventPolarity: String, Sendable, Codable, CaseIterable {
    case positive = "POS"
    case negative = "NEG"
}

/// The grammar of an event's trigger: tense, aspect, polarity and modality.
public struct EventGrammar: Hashable, Sendable, Codable {
    public var tense: EventTense
    public var aspect: EventAspect
    public var polarity: EventPolarity
    /// The modal (`may`, `would`, `could`), or the verb that makes the event a plan or an expectation
    /// (`plans`, `expected`); nil when the event is stated as such.
    public var modality: String?

    public init(
        tense: EventTense = .none, aspect: EventAspect = .none, polarity: EventPolarity = .positive,
        modality: String? = nil
    ) {
        self.tense = tense
        self.aspect = aspect
        self.polarity = polarity
        self.modality = modality
    }

    /// Stated as having happened or happening: positive, without modality, not future.
    public var isFactual: Bool { polarity == .positive && modality == nil && tense != .future }
}

/// An event trigger found in a body, with its grammar.
public struct DetectedEvent: Hashable, Sendable, Codable {
    public var trigger: TextSpan
    public var grammar: EventGrammar

    public init(trigger: TextSpan, grammar: EventGrammar) {
        self.trigger = trigger
        self.grammar = grammar
    }
}
