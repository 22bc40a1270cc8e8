/// Ties each DATE/TIME expression to the event it dates in its sentence.
///
/// The trigger is the nearest event verb (left first, then right, first without crossing a comma), or an
/// event noun right before the time (`the election in November`). The relation comes from the signal word
/// right before the expression; when the trigger's clause is introduced by `since`/`until`/`after`/`before`,
/// the main clause's verb is dated too (`has staged … since the Taliban took power last year`). A possessive
/// or hyphenated expression dates the noun it modifies (`Thursday's ruling`, `third-quarter net income`), and
/// the verb that noun is the subject of (`third-quarter profit grew`).
struct EventAnchoring: Sendable {
    /// Signal words (the token right before the expression) and the relation they give.
    static let signals: [Keyword: TemporalRelation] = [
        .in: .on, .on: .on, .at: .on, .during: .on, .within: .on, .throughout: .on, .over: .on,
        .before: .before, .by: .ends, .prior: .before,
        .until: .ends, .till: .ends, .through: .ends, .to: .ends,
        .after: .after, .following: .after,
        .since: .begins, .from: .begins,
    ]

    /// Subordinators that carry a relation to the main clause.
    static let clauseSignals: [Keyword: TemporalRelation] = [
        .since: .begins, .until: .ends, .till: .ends, .after: .after, .before: .before,
    ]

    struct Anchor {
        var trigger: Int
        var relation: TemporalRelation
    }

    /// Anchors for one time expression covering tokens `first...last`.
    /// - Parameters:
    ///   - events: The event triggers near the expression (token indices, in order).
    ///   - isEvent: Whether any token of the sentence is an event trigger, for rules that look further.
    func anchors(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, events: [Int], vague: Bool = false,
        keys: [WordKeys]? = nil, dated: Bool = true, inTimex: (Int) -> Bool, isEvent: (Int) -> Bool
    ) -> [Anchor] {
        // `the 1996 bombing that killed one person`: the relative clause's verb shares the noun's time.
        func phraseVerbs(_ noun: Int, _ relation: TemporalRelation) -> [Anchor] {
            relativeClauseVerb(tokens, after: noun, sentence: sentence, isEvent: isEvent).map {
                [Anchor(trigger: $0, relation: relation)]
            } ?? []
        }
        // `was injured in the 1998 bombing`: the past verb that took place in the dated event (not for a
        // hyphenated period, `posted a third-quarter loss`, which names the figure's period).
        func verbOfPhrase() -> [Anchor] {
            verbOfDatedPhrase(tokens, first: first, sentence: sentence, keys: keys, isEvent: isEvent).map {
                [Anchor(trigger: $0, relation: .on)]
            } ?? []
        }
        if let noun = modifiedNoun(
            tokens, first: first, last: last, sentence: sentence, events: events, anyBefore: true)
        {
            let possessive = TenseClues.isPossessive(tokens, after: last)
            return [Anchor(trigger: noun, relation: .on)] + phraseVerbs(noun, .on) + (possessive ? verbOfPhrase() : [])
        }
        if let head = headNoun(tokens, first: first, last: last, sentence: sentence) {
            var result = [Anchor(trigger: head, relation: .on)]
            if head + 1 < sentence.upperBound, TenseClues.isPastVerb(tokens, head + 1) {
                result.append(Anchor(trigger: head + 1, relation: .on))
            }
            return result
        }
        var relation = TemporalRelation.on
        var signalIndex: Int?
        if first - 1 >= sentence.lowerBound, let keyword = tokens[first - 1].keyword,
            let signal = Self.signals[keyword],
            tokens[first - 1].kind == .word
        {
            relation = signal
            signalIndex = first - 1
        }
        let before = signalIndex ?? first
        if before - 1 >= sentence.lowerBound, tokens[before - 1].classes.contains(.eventNoun) {
            return [Anchor(trigger: before - 1, relation: relation)]
        }
        if vague, signalIndex == nil,
            let event = eventRightAfter(tokens, last: last, sentence: sentence, events: events)
        {
            return [Anchor(trigger: event, relation: relation)]
        }
        if signalIndex == nil,
            let noun = modifiedNoun(tokens, first: first, last: last, sentence: sentence, events: events)
        {
            return [Anchor(trigger: noun, relation: relation)] + phraseVerbs(noun, relation) + verbOfPhrase()
        }
        // `said that last week a customer discovered`: a time right after `that` opens the reported clause.
        let opensClause = before - 1 >= sentence.lowerBound && tokens[before - 1].is(.that)
        let reported = opensClause ? events.first { $0 > last && $0 - last <= 8 && $0 < sentence.upperBound } : nil
        guard
            let trigger = reported
                ?? nearestEvent(tokens, first: first, last: last, sentence: sentence, events: events, keys: keys)
                ?? (events.isEmpty ? nearestVerb(tokens, first: first, last: last, sentence: sentence) : nil)
        else {
            return []
        }
        var result = [Anchor(trigger: trigger, relation: relation)]
        result += sharingEvents(
            tokens, trigger: trigger, relation: relation, first: first, last: last, sentence: sentence,
            events: events, keys: keys, dated: dated)
        if trigger < first, let main = mainClauseVerb(tokens, trigger: trigger, sentence: sentence, inTimex: inTimex) {
            result.append(main)
        }
        if !isVerbForm(tokens, trigger) {
            result += coordinatedNouns(tokens, after: trigger, sentence: sentence, isEvent: isEvent).map {
                Anchor(trigger: $0, relation: relation)
            }
        }
        if let verb = coordinatedVerb(tokens, trigger: trigger, events: events) {
            result.append(Anchor(trigger: verb, relation: relation))
        }
        if let verb = mainVerbAfterFronted(
            tokens, first: first, last: last, sentence: sentence, keys: keys, inTimex: inTimex)
        {
            result.append(Anchor(trigger: verb, relation: relation))
            result += coordinatedMainVerbs(tokens, after: verb, sentence: sentence, keys: keys, inTimex: inTimex).map {
                Anchor(trigger: $0, relation: relation)
            }
        }
        // The first anchor of each trigger: a handful at most, so compared in place rather than hashed into a set.
        var unique: [Anchor] = []
        unique.reserveCapacity(result.count)
        for anchor in result where !unique.contains(where: { $0.trigger == anchor.trigger }) {
            // `…, police said`: the report closing the sentence is not what a time before it dates.
            if let keys,
                Self.isTrailingReport(tokens, anchor.trigger, time: first...last, sentence: sentence, keys: keys)
            {
                continue
            }
            unique.append(anchor)
        }
        return unique
    }

    /// Events that share the time of the trigger's verb phrase: the period's own `ended` (`the quarter ended
    /// Sept. 30`), what is reported for a period (`reported a net loss for the third quarter`), the activity
    /// after a phase verb (`began trading this summer`), and the verb of a `when` clause that describes the
    /// time (`in 1979 when the Soviets invaded`) or of a temporal `as` clause (`at 10 p.m. as he stood`).
    private func sharingEvents(
        _ tokens: [Token], trigger: Int, relation: TemporalRelation, first: Int, last: Int, sentence: Range<Int>,
        events: [Int], keys: [WordKeys]?, dated: Bool
    ) -> [Anchor] {
        var result: [Anchor] = []
        if last + 1 < sentence.upperBound, tokens[last + 1].is(.ended) || tokens[last + 1].is(.ending),
            trigger != last + 1
        {
            result.append(Anchor(trigger: last + 1, relation: .ends))
        }
        if dated, first - 1 > trigger, tokens[first - 1].is(.for),
            let object = objectHead(tokens, verb: trigger, before: first - 1)
        {
            result.append(Anchor(trigger: object, relation: relation))
        } else if let keys, trigger + 1 < first, events.contains(trigger + 1),
            Self.aspectualKeys.contains(keys[trigger - sentence.lowerBound].word),
            keys[trigger + 1 - sentence.lowerBound].suffix3 == Self.ingKey
        {
            result.append(Anchor(trigger: trigger + 1, relation: relation))
        }
        if let keys {
            // `in November, when he was found`: the clause describes the time.
            var index = last + 1
            if index < sentence.upperBound, tokens[index].isPunct(",") { index += 1 }
            // `at 10 p.m. as he stood`: a temporal `as` opens a clause with a subject and a verb within six words,
            // unlike `as a result of`.
            let word = index + 1 < sentence.upperBound ? keys[index - sentence.lowerBound].word : 0
            let temporalAs =
                word == Self.asKey && !tokens[index + 1].classes.isDisjoint(with: [.pronoun, .determiner])
            if word == Self.whenKey || temporalAs,
                let event = events.first(where: { $0 > index }), event - index <= 6,
                !temporalAs
                    || ((index + 1)...min(index + 6, sentence.upperBound - 1)).contains(where: {
                        isVerbForm(tokens, $0)
                    }),
                ((index + 1)..<event).allSatisfy({ tokens[$0].kind == .word })
            {
                result.append(Anchor(trigger: event, relation: .on))
            }
        }
        return result
    }

    static let whenKey = WordKeys.key("when")
    static let reportingKeys = KeySet(words: "said says say told tells added noted reported")

    /// The event right after a vague reference, which modifies what follows it: an adverb before its verb
    /// (`said it now holds`, `currently owns`) or an adjective before its noun (`the current weakness`).
    /// At most one word in between, and no clause or phrase boundary.
    private func eventRightAfter(_ tokens: [Token], last: Int, sentence: Range<Int>, events: [Int]) -> Int? {
        guard let event = events.first(where: { $0 > last }), event - last <= 2, event < sentence.upperBound else {
            return nil
        }
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .clauseStop, .determiner, .pronoun,
        ]
        let between = (last + 1)..<event
        guard between.allSatisfy({ tokens[$0].kind == .word && tokens[$0].classes.isDisjoint(with: stops) }) else {
            return nil
        }
        return event
    }

    /// The event noun an expression modifies: after a possessive (`Friday's vote`, `last month's discovery`)
    /// or as a prenominal modifier right after a determiner or a verb (`reported a third-quarter loss`,
    /// `report third-quarter net income`). Only nouns and adjectives in between, and the event is no verb.
    private func modifiedNoun(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, events: [Int], anyBefore: Bool = false
    ) -> Int? {
        let start: Int
        if TenseClues.isPossessive(tokens, after: last) {
            start = last + 3
        } else if anyBefore {
            guard isCompound(tokens, first: first, last: last) else { return nil }
            start = last + 1
        } else if first - 1 >= sentence.lowerBound, tokens[first - 1].kind == .word,
            !tokens[first - 1].classes.isDisjoint(with: [.determiner, .possessive]) || events.contains(first - 1)
        {
            start = last + 1
        } else {
            return nil
        }
        guard let noun = events.first(where: { $0 >= start }), noun - start <= 2, noun < sentence.upperBound,
            !Verbs.isEventVerb(tokens, noun), !TenseClues.isPastVerb(tokens, noun)
        else { return nil }
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .auxiliary, .clauseStop, .verb, .pronoun,
            .determiner,
        ]
        let between = start..<noun
        guard between.allSatisfy({ tokens[$0].kind == .word && tokens[$0].classes.isDisjoint(with: stops) }) else {
            return nil
        }
        return noun
    }

    /// The head of the noun phrase a possessive or hyphenated expression modifies (`third-quarter net income`,
    /// `Friday's pre-tax charge`), event or not: the last of up to four words before a function word, a verb
    /// or a punctuation mark other than a joining `-`.
    private func headNoun(_ tokens: [Token], first: Int, last: Int, sentence: Range<Int>) -> Int? {
        let start: Int
        if TenseClues.isPossessive(tokens, after: last) {
            start = last + 3
        } else if isCompound(tokens, first: first, last: last) {
            start = last + 1
        } else {
            return nil
        }
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .auxiliary, .modal, .clauseStop, .pronoun,
            .determiner, .possessive,
        ]
        var head: Int?
        var index = start
        while index < sentence.upperBound, index - start < 5 {
            let token = tokens[index]
            if token.isPunct("-") && token.gapBefore == .none && head != nil {
                index += 1
                continue
            }
            guard token.kind == .word, token.classes.isDisjoint(with: stops), !TenseClues.isPastVerb(tokens, index)
            else { break }
            head = index
            index += 1
        }
        return head
    }

    /// A hyphenated expression used as a modifier (`third-quarter`, `year-earlier`): a `-` joins its words.
    private func isCompound(_ tokens: [Token], first: Int, last: Int) -> Bool {
        (first..<last).contains { tokens[$0 + 1].isPunct("-") && tokens[$0 + 1].gapBefore == .none }
    }

    /// Anchors for a DURATION or SET covering tokens `first...last`: the event it measures right after `of` (`three
    /// days of questioning`), else those of `anchors`, `through`/`to`/`until` read as `ON` (a stretch of
    /// time is gone through, not ended at: `through the first nine months`).
    func extentAnchors(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, events: [Int], inTimex: (Int) -> Bool,
        isEvent: (Int) -> Bool
    ) -> [Anchor] {
        if last + 1 < sentence.upperBound, tokens[last + 1].is(.of),
            let measured = events.first(where: { $0 > last + 1 }), measured <= last + 3
        {
            return [Anchor(trigger: measured, relation: .on)]
                + coordinatedNouns(tokens, after: measured, sentence: sentence, isEvent: isEvent).map {
                    Anchor(trigger: $0, relation: .on)
                }
        }
        return anchors(
            tokens, first: first, last: last, sentence: sentence, events: events, dated: false, inTimex: inTimex,
            isEvent: isEvent
        ).map {
            Anchor(trigger: $0.trigger, relation: $0.relation == .ends ? .on : $0.relation)
        }
    }

    /// The first of two coordinated verbs sharing their time: `arrived and met Wang on Monday` dates `arrived`
    /// too. Only verbs joined by `and`/`or` right before the trigger, with nothing but words between them.
    private func coordinatedVerb(_ tokens: [Token], trigger: Int, events: [Int]) -> Int? {
        guard let position = events.firstIndex(of: trigger), position > 0, trigger > 0,
            tokens[trigger - 1].is(.and) || tokens[trigger - 1].is(.or),
            Verbs.isEventVerb(tokens, trigger) || TenseClues.isPastVerb(tokens, trigger)
        else { return nil }
        let verb = events[position - 1]
        guard Verbs.isEventVerb(tokens, verb) || TenseClues.isPastVerb(tokens, verb), trigger - verb <= 8,
            ((verb + 1)..<trigger).allSatisfy({
                tokens[$0].kind != .punct && !tokens[$0].classes.contains(.subordinator)
            })
        else { return nil }
        return verb
    }

    /// The detected event nearest to the expression in its clause: no `,` `;` `:` in between, the left one
    /// preferred at equal distance; else the nearest across commas (never across a semicolon). An event after
    /// the expression that opens an infinitive (`on Wednesday to protest`) is a purpose clause, and a present
    /// participle with no auxiliary (`a rally Saturday demanding his return`) a participial one: they only win
    /// when nothing on the left does. An event noun that is the object of an event verb (`raised its forecast
    /// on Thursday`) gives way to the verb: the time modifies the verb phrase.
    private func nearestEvent(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, events: [Int], keys: [WordKeys]?
    ) -> Int? {
        func isParticiple(_ index: Int) -> Bool {
            guard let keys, index - 1 >= sentence.lowerBound else { return false }
            return keys[index - sentence.lowerBound].suffix3 == Self.ingKey
                && !tokens[index - 1].classes.contains(.auxiliary)
        }
        func hasMark(_ range: Range<Int>, _ mark: UInt32, or other: UInt32) -> Bool {
            range.contains { tokens[$0].kind == .punct && (tokens[$0].punct == mark || tokens[$0].punct == other) }
        }
        // The nearer of the candidates (the left one first, on a tie) not cut off by `;`, preferring those
        // not cut off by `,` or `:` either; kept as they come, with no arrays made.
        var nearest: (index: Int, distance: Int)?
        var nearestInClause: (index: Int, distance: Int)?
        func consider(_ index: Int, distance: Int, between: Range<Int>) {
            guard !hasMark(between, 59, or: 59) else { return }  // ";"
            if distance < nearest?.distance ?? .max { nearest = (index, distance) }
            if !hasMark(between, 44, or: 58), distance < nearestInClause?.distance ?? .max {  // "," ":"
                nearestInClause = (index, distance)
            }
        }
        let leftIndex = events.lastIndex { $0 < first }
        if let leftIndex {
            let left = events[leftIndex]
            consider(left, distance: first - left, between: (left + 1)..<first)
        }
        // A report closing the sentence (`…, police said`) is left for the event before the time, if any.
        if let right = events.first(where: { $0 > last }),
            leftIndex == nil
                || !(keys.map {
                    Self.isTrailingReport(tokens, right, time: first...last, sentence: sentence, keys: $0)
                } ?? false)
        {
            consider(
                right,
                distance: right - last
                    + (tokens[right - 1].is(.to) || isParticiple(right) ? Self.infinitivePenalty : 1),
                between: (last + 1)..<right)
        }
        guard let best = (nearestInClause ?? nearest)?.index else { return nil }
        if let leftIndex, best == events[leftIndex], leftIndex > 0,
            let verb = governingVerb(tokens, object: best, candidate: events[leftIndex - 1])
        {
            return verb
        }
        return best
    }

    static let infinitivePenalty = 8
    /// Verbs of a phase of an activity named by the `-ing` form after them (`began trading`, `stopped paying`).
    static let aspectualKeys = KeySet(
        words:
            "begin begins began begun beginning start starts started starting stop stops stopped stopping resume resumes resumed resuming continue continues continued continuing keep keeps kept finish finishes finished quit"
    )
    static let ingKey = WordKeys.key("ing")

    /// `candidate` when it is an event verb whose object is the event noun at `object`: only determiners,
    /// possessives, adjectives and nouns in between.
    private func governingVerb(_ tokens: [Token], object: Int, candidate: Int) -> Int? {
        let afterDeterminer = !tokens[object - 1].classes.isDisjoint(with: [.determiner, .possessive])
        guard object - candidate <= 5, Verbs.isEventVerb(tokens, candidate),
            afterDeterminer || !(Verbs.isEventVerb(tokens, object) || TenseClues.isPastVerb(tokens, object))
        else { return nil }
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .auxiliary, .clauseStop, .verb, .pronoun,
        ]
        for index in (candidate + 1)..<object {
            let token = tokens[index]
            if token.kind != .word { return nil }
            if !token.classes.isDisjoint(with: stops) && !token.classes.contains(.determiner)
                && !token.classes.contains(.possessive)
            {
                return nil
            }
        }
        return candidate
    }

    /// The head noun of the object of the event verb at `verb` when the object ends right before `before`
    /// (`reported a net loss|for`): up to four words, none a function word or a verb, the last a word.
    private func objectHead(_ tokens: [Token], verb: Int, before: Int) -> Int? {
        let between = (verb + 1)..<before
        let stops: WordClass = [
            .preposition, .conjunction, .subordinator, .relativePronoun, .auxiliary, .modal, .clauseStop, .pronoun,
        ]
        guard Verbs.isEventVerb(tokens, verb), !between.isEmpty, between.count <= 4,
            between.allSatisfy({ tokens[$0].kind != .punct || tokens[$0].isPunct("-") }),
            between.allSatisfy({ tokens[$0].classes.isDisjoint(with: stops) && !TenseClues.isPastVerb(tokens, $0) }),
            tokens[before - 1].kind == .word
        else { return nil }
        return before - 1
    }

    /// The main verb of the clause a fronted time opens (`On May 6, James Kopp, 44, was charged`): the
    /// expression starts the sentence (after at most a signal and a conjunction) and a comma follows it; the
    /// first main verb after it that is no participle opening a phrase of its own.
    private func mainVerbAfterFronted(
        _ tokens: [Token], first: Int, last: Int, sentence: Range<Int>, keys: [WordKeys]?, inTimex: (Int) -> Bool
    ) -> Int? {
        guard let keys, first - sentence.lowerBound <= 2, last + 2 < sentence.upperBound, tokens[last + 1].isPunct(",")
        else { return nil }
        for index in sentence.lowerBound..<first where tokens[index].kind != .word { return nil }
        var index = last + 2
        while index < sentence.upperBound, index - last <= 16 {
            if tokens[index].isPunct(";") || tokens[index].isPunct(":") { return nil }
            if !inTimex(index), !helpsVerb(tokens, index, sentence: sentence), isVerbForm(tokens, index),
                keys[index - sentence.lowerBound].suffix3 != Self.ingKey
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A verb by its form: a past form or an event verb.
    private func isVerbForm(_ tokens: [Token], _ index: Int) -> Bool {
        TenseClues.isPastVerb(tokens, index) || Verbs.isEventVerb(tokens, index)
    }

    /// An auxiliary that helps the verb right after it in the sentence (`was charged`, `has staged`).
    private func helpsVerb(_ tokens: [Token], _ index: Int, sentence: Range<Int>) -> Bool {
        tokens[index].classes.contains(.auxiliary) && index + 1 < sentence.upperBound && isVerbForm(tokens, index + 1)
    }

    /// In a sentence where the model finds no event, the nearest verb of the clause by its form, a main
    /// `be` or `have` included (`The latest period had profit of $4 million`).
    private func nearestVerb(_ tokens: [Token], first: Int, last: Int, sentence: Range<Int>) -> Int? {
        func isVerb(_ index: Int) -> Bool {
            if tokens[index].classes.contains(.auxiliary) { return !helpsVerb(tokens, index, sentence: sentence) }
            return isVerbForm(tokens, index)
        }
        var left = first - 1
        var right = last + 1
        while left >= sentence.lowerBound || right < sentence.upperBound {
            if left >= sentence.lowerBound {
                if tokens[left].isPunct(";") || tokens[left].isPunct(",") {
                    left = sentence.lowerBound - 1
                } else if isVerb(left) {
                    return left
                }
                left -= 1
            }
            if right < sentence.upperBound {
                if tokens[right].isPunct(";") || tokens[right].isPunct(",") {
                    right = sentence.upperBound
                } else if isVerb(right) {
                    return right
                }
                right += 1
            }
        }
        return nil
    }

    /// The main verbs of the clauses coordinated with the one of `verb`, which a fronted time also dates
    /// (`During the quarter, Delta issued 2.5 million shares and repurchased 1.1 million`): each first finite
    /// verb after a `,` or `and`, up to a subordinate, reported, comparative or participial clause.
    private func coordinatedMainVerbs(
        _ tokens: [Token], after verb: Int, sentence: Range<Int>, keys: [WordKeys]?, inTimex: (Int) -> Bool
    ) -> [Int] {
        guard let keys else { return [] }
        var result: [Int] = []
        var joined = false
        for index in (verb + 1)..<sentence.upperBound {
            let token = tokens[index]
            let key = keys[index - sentence.lowerBound]
            if token.isPunct(";") || token.isPunct(":") || token.is(.that) || token.is(.than)
                || !token.classes.isDisjoint(with: [.subordinator, .relativePronoun])
                || key.suffix3 == Self.ingKey || Self.reportingKeys.contains(key.word)
            {
                break
            }
            if token.isPunct(",") || token.is(.and) {
                joined = true
            } else if joined, !inTimex(index), !token.classes.contains(.auxiliary), !tokens[index - 1].is(.to),
                isVerbForm(tokens, index)
            {
                result.append(index)
                joined = false
            }
        }
        return result
    }

    /// When the trigger's clause opens with `since`/`until`/…, the first verb of the clause before it.
    private func mainClauseVerb(
        _ tokens: [Token], trigger: Int, sentence: Range<Int>, inTimex: (Int) -> Bool
    )
        -> Anchor?
    {
        let subject = Summary.subjectStart(tokens, trigger: trigger, sentence: sentence)
        let signal = subject - 1
        guard sentence.contains(signal), tokens[signal].kind == .word,
            let keyword = tokens[signal].keyword, let relation = Self.clauseSignals[keyword]
        else { return nil }
        var index = signal - 1
        var found: Int?
        while index >= sentence.lowerBound {
            let token = tokens[index]
            if token.isPunct(",") || token.isPunct(";") || token.isPunct(":") || token.is(.that)
                || !token.classes.isDisjoint(with: [.subordinator, .relativePronoun])
            {
                break
            }
            if !inTimex(index) && Verbs.isEventVerb(tokens, index) { found = index }
            index -= 1
        }
        guard let found else { return nil }
        return Anchor(trigger: found, relation: relation)
    }

    /// The interval of a vague reference to the present, past or future, which has none of its own: `now`,
    /// `currently` (`PRESENT_REF`) → the publication day; `recently`, `the past` (`PAST_REF`) → open start
    /// to the end of the publication day; `soon`, `the future` (`FUTURE_REF`) → from the publication day on.
    static func referenceSpan(_ value: String, publication: CalendarDate) -> TimeSpan? {
        let day = publication.description
        let dayAfter = publication.adding(days: 1).description
        switch value {
        case "PRESENT_REF": return TimeSpan(start: day, end: dayAfter, granularity: .day)
        case "PAST_REF": return TimeSpan(start: "", end: dayAfter, granularity: .day)
        case "FUTURE_REF": return TimeSpan(start: day, end: "", granularity: .day)
        default: return nil
        }
    }

    /// The event's interval from the time's interval and the relation (see `DatedEvent.span`).
    static func eventSpan(_ span: TimeSpan, _ relation: TemporalRelation, publication: CalendarDate) -> TimeSpan {
        switch relation {
        case .on:
            return span
        case .begins:
            let dayAfter = publication.adding(days: 1).description
            return TimeSpan(start: span.start, end: max(dayAfter, span.end), granularity: span.granularity)
        case .ends:
            return TimeSpan(start: "", end: span.end, granularity: span.granularity)
        case .before:
            return TimeSpan(start: "", end: span.start, granularity: span.granularity)
        case .after:
            return TimeSpan(start: span.end, end: "", granularity: span.granularity)
        }
    }
}
