import Testing

@testable import TimelineCore

@Suite struct EventDetectionTests {
    /// (sentence, trigger, tense, aspect, polarity, modality)
    static let grammarCases: [(String, String, EventTense, EventAspect, EventPolarity, String?)] = [
        ("The Taliban seized control of Kabul.", "seized", .past, .none, .positive, nil),
        ("The minister did not sign the treaty.", "sign", .past, .none, .negative, nil),
        ("The minister didn't sign the treaty.", "sign", .past, .none, .negative, nil),
        ("Lavrov will visit Kabul.", "visit", .future, .none, .positive, nil),
        ("Russia has organized a conference.", "organized", .present, .perfective, .positive, nil),
        ("The talks had collapsed.", "collapsed", .past, .perfective, .positive, nil),
        ("Troops are withdrawing from the city.", "withdrawing", .present, .progressive, .positive, nil),
        ("The envoy may visit Moscow.", "visit", .none, .none, .positive, "may"),
        ("The government plans to hold elections.", "hold", .infinitive, .none, .positive, "plans"),
    ]

    @Test(arguments: grammarCases)
    func readsTheTriggersGrammar(_ example: (String, String, EventTense, EventAspect, EventPolarity, String?)) throws {
        let events = extractor.events(in: example.0)
        let event = try #require(
            events.first { $0.trigger.text == example.1 }, "triggers: \(events.map(\.trigger.text))")
        #expect(event.grammar.tense == example.2)
        #expect(event.grammar.aspect == example.3)
        #expect(event.grammar.polarity == example.4)
        #expect(event.grammar.modality == example.5)
        #expect(event.grammar.isFactual == (example.4 == .positive && example.5 == nil && example.2 != .future))
    }

    @Test func findsVerbAndNounTriggersButNotFunctionWords() {
        let triggers = extractor.events(in: "The Taliban seized control in August after the withdrawal of US troops.")
            .map(\.trigger.text)
        #expect(triggers.contains("seized"))
        #expect(triggers.contains("withdrawal"))
        #expect(!triggers.contains("the") && !triggers.contains("in") && !triggers.contains("August"))
    }

    @Test func aModelFileThatIsNotKeyWeightIsRejectedWithItsLine() {
        #expect(throws: EventModelError.self) { try EventModel(bytes: Array("# c\n00ff 12\nnot a line\n".utf8)) }
        let model = try? EventModel(bytes: Array("# comment\n00000000000000ff 1500\n".utf8))
        #expect(model?.count == 1)
        #expect(model?.score([0xff, 0x1]) == 1.5)
    }
}
