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

    @Test func publicationDateEventsOnlyWhenAskedAndMarked() throws {
        let body = "The minister has resigned. He has said on Monday that he was tired."
        let day = CalendarDate(year: 2022, month: 3, day: 31)
        #expect(!extractor.extract(body, publicationDate: day).events.contains { $0.isDatedByPublication })
        let events = extractor.extract(body, publicationDate: day, publicationDateEvents: true).events
        let resigned = try #require(events.first { $0.trigger.text == "resigned" })
        #expect(resigned.isDatedByPublication && resigned.relation == .ends)
        #expect(resigned.span == TimeSpan(start: "", end: "2022-04-01", granularity: .day))
        #expect(resigned.summary == "The minister has resigned")
        // A sentence with a date of its own gets no publication-date event.
        #expect(!events.contains { $0.isDatedByPublication && $0.trigger.text == "said" })
    }

    @Test func aModelFileThatIsNotKeyWeightIsRejectedWithItsLine() {
        #expect(throws: EventModelError.self) { try EventModel(bytes: Array("# c\n00ff 12\nnot a line\n".utf8)) }
        let model = try? EventModel(bytes: Array("# comment\n00000000000000ff 1500\n".utf8))
        #expect(model?.count == 1)
        #expect(model?.score([0xff, 0x1]) == 1.5)
    }
}

@Suite struct CoordinationTests {
    @Test func coordinatedVerbsShareTheirTime() {
        let result = extractor.extract(
            "Lavrov arrived and met Wang Yi on Wednesday.", publicationDate: CalendarDate(year: 2022, month: 3, day: 31)
        )
        #expect(Set(result.events.map(\.trigger.text)) == ["arrived", "met"])
    }

    @Test func aSubordinateClauseDoesNotShareIt() {
        let result = extractor.extract(
            "Lavrov said that Wang Yi arrived on Wednesday.",
            publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
        #expect(result.events.map(\.trigger.text) == ["arrived"])
    }
}
