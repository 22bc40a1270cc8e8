/// Finds time expressions in a document body, normalizes them against the publication date,
/// and ties each DATE/TIME to the event it dates.
///
/// Build one at start-up (it compiles its tables once) and share it: `extract` is pure.
///
///     let extractor = Extractor()
///     let result = extractor.extract(body, publicationDate: CalendarDate(year: 2022, month: 3, day: 31))
public struct Extractor: Sendable {
    let tokenizer: Tokenizer
    let matcher: PatternMatcher
    let anchoring = EventAnchoring()
    let detector: EventDetector
    /// The lexicon entry of `effective`: a date right after it looks ahead (`effective Feb. 1`).
    let effectiveEntry: Int32

    /// Builds the lexicon, the pattern index and the built-in event-trigger model.
    public init() { self.init(eventModel: nil) }

    /// Builds the lexicon and the pattern index; `eventModel` replaces the built-in event-trigger model.
    public init(eventModel: EventModel?) {
        var lexicon = Lexicon()
        lexicon.addTimeWords()
        lexicon.addGrammarWords()
        // A plain word, without classes, so that the event model's features stay as trained.
        lexicon.add("effective", [])
        effectiveEntry = lexicon.index(of: "effective")
        matcher = PatternMatcher(patterns: TimexPatterns.rows, lexicon: &lexicon)
        tokenizer = Tokenizer(lexicon: lexicon)
        detector = EventDetector(model: eventModel ?? EventDetector.builtInModel, known: tokenizer.knownKeys)
    }

    /// Extracts time expressions and the events they date (no publication-date events).
    public func extract(_ body: String, publicationDate: CalendarDate) -> Extraction {
        extract(body, publicationDate: publicationDate, publicationDateEvents: false)
    }

    /// Extracts time expressions and dated events.
    /// - Parameters:
    ///   - body: The document text; offsets in the result count its Unicode scalars.
    ///   - publicationDate: The date relative expressions (`yesterday`, `last year`) are resolved against.
    ///   - publicationDateEvents: Also date, by the publication date, the present-perfect events (`has
    ///     staged`) of sentences without a DATE or TIME; they are marked `datedByPublication`.
    public func extract(
        _ body: String, publicationDate: CalendarDate, publicationDateEvents: Bool
    ) -> Extraction {
        let scalars = ScalarText.scalars(body)
        let tokens = tokenizer.tokenize(scalars)
        let sentences = SentenceSplitter.sentences(tokens)
        var normalizer = Normalizer(publication: publicationDate, entries: matcher.entries)
        var datelineID: String?
        let matches = matcher.matches(in: tokens)

        var sentenceOf = 0
        var timexes: [TimeExpression] = []
        var located: [(first: Int, last: Int, sentence: Range<Int>)] = []
        /// Per sentence (by position), the index of its last DATE or TIME expression, or -1.
        var lastDated = [Int](repeating: -1, count: sentences.count)
        var previousLast = -1
        var lastQuarter: (year: Int, quarter: Int, sentence: Int, id: String)?
        var references = ReferenceTime(publication: normalizer)
        // Captured by the tense closure below instead of `self`, which the closure would copy at each match.
        let aheadWord = effectiveEntry
        // The last token of a coordinated member that took in its year (`4, 1990`), whose year match is skipped.
        var coordinatedThrough = -1
        for match in matches {
            if match.slots.first <= coordinatedThrough { continue }
            while sentenceOf + 1 < sentences.count, sentences[sentenceOf].upperBound <= match.slots.first {
                sentenceOf += 1
            }
            let sentence = sentences[sentenceOf]
            var slots = match.slots
            let pattern = matcher.patterns[match.row]
            let reading = pattern.reading
            if reading == .calendar, slots.year == nil, slots.month != nil,
                let year = CoordinatedDay.sharedYear(tokens, after: slots.last)
            {
                slots.year = year
            }
            let anaphoric = Anaphora.isAnaphoric(tokens, reading, first: slots.first, last: slots.last)
            var resolvedBy: String?
            guard
                var normalized = (anaphoric ? references.normalizer(for: slots.unit) : normalizer).normalize(
                    reading, slots, code: pattern.code,
                    tense: {
                        let (tense, how) = TenseClues.resolution(
                            tokens, first: slots.first, last: slots.last, sentence: sentence,
                            aheadWord: aheadWord)
                        resolvedBy = how
                        return tense
                    })
            else { continue }
            if reading == .sameUnit { normalized = references.coarsened(normalized, unit: slots.unit) }
            if reading == .relative, slots.weekday != nil || slots.month != nil || slots.seasonEntry >= 0 {
                resolvedBy = "signal"
            }
            var anchor =
                anaphoric
                ? references.reference(for: slots.unit).id : Self.deicticAnchor(normalized.type, reading, slots)
            if anchor == "DCT", let datelineID { anchor = datelineID }
            if reading == .duration,
                let (direction, fromReference) = DurationSpan.direction(tokens, slots, matcher.entries),
                let span = DurationSpan.span(
                    slots, from: (fromReference ? references.normalizer(for: slots.unit) : normalizer).publication,
                    direction: direction)
            {
                normalized.span = span
                anchor = fromReference ? references.reference(for: slots.unit).id : "DCT"
            }
            let quantities =
                normalized.type == .set ? SetQuantities.of(tokens, slots) : (quant: nil, freq: nil)
            var first = slots.first
            if let prefix = ModifierPrefixes.prefix(tokens, first: first, floor: previousLast, reading: reading) {
                first = prefix.first
                normalized.mod = prefix.mod
            }
            if SpanRules.dropsArticle(tokens, first: first, last: slots.last) { first += 1 }
            // "a year ago" in financial news means the quarter being reported, a year back.
            if reading == .shift, slots.unit == .year, (slots.amount ?? 1) == 1 {
                if let quarter = lastQuarter, sentenceOf - quarter.sentence <= 3 {
                    normalized = normalizer.quarterValue(quarter.year - 1, quarter.quarter, mod: nil)
                    anchor = quarter.id
                } else if sentence.contains(where: { tokens[$0].is(.quarter) }),
                    let quarter = normalizer.reportedQuarter(yearsBack: 1)
                {
                    normalized = quarter
                    anchor = "DCT"
                }
            }
            if reading != .shift, reading != .yearAgoQuarter, let quarter = SpanRules.quarter(of: normalized.value) {
                lastQuarter = (quarter.year, quarter.quarter, sentenceOf, "t\(timexes.count + 1)")
            }
            previousLast = slots.last
            let coordinated =
                reading == .calendar && normalized.type == .date && normalized.mod == nil
                ? CoordinatedDay.secondDay(tokens, after: slots.last, of: normalized.value) : nil
            let start = tokens[first].start
            let end = tokens[slots.last].end
            let timex = TimeExpression(
                id: "t\(timexes.count + 1)", text: ScalarText.string(scalars, start..<end),
                start: start, end: end, type: normalized.type, value: normalized.value, mod: normalized.mod,
                span: normalized.span, anchor: anchor, resolvedBy: resolvedBy, quant: quantities.quant,
                freq: quantities.freq)
            // `BUDAPEST, March 12 (Xinhua) --`: the report's own date, what `Friday` and `today` count from.
            if timexes.isEmpty, reading == .calendar, let date = DatelineDay.date(tokens, slots, span: timex.span),
                date != publicationDate, (-3...1).contains(date.dayNumber - publicationDate.dayNumber)
            {
                normalizer = Normalizer(publication: date, entries: matcher.entries)
                references = ReferenceTime(publication: normalizer)
                datelineID = timex.id
            }
            references.update(with: timex, reading: reading)
            if timex.type == .date || timex.type == .time { lastDated[sentenceOf] = timexes.count }
            timexes.append(timex)
            located.append((first, slots.last, sentence))
            if let (index, day) = coordinated {
                let second = normalizer.day(day, mod: nil)
                let last = CoordinatedDay.yearAfter(tokens, index, year: day.year) ?? index
                let (start, end) = (tokens[index].start, tokens[last].end)
                let member = TimeExpression(
                    id: "t\(timexes.count + 1)", text: ScalarText.string(scalars, start..<end), start: start,
                    end: end, type: .date, value: second.value, mod: nil, span: second.span, anchor: anchor,
                    resolvedBy: resolvedBy, quant: nil, freq: nil)
                references.update(with: member, reading: reading)
                lastDated[sentenceOf] = timexes.count
                timexes.append(member)
                located.append((index, last, sentence))
                previousLast = last
                coordinatedThrough = last
            }
        }

        var covered = [Bool](repeating: false, count: tokens.count)
        for place in located { for index in place.first...place.last { covered[index] = true } }
        var events: [DatedEvent] = []
        var extents: [EventExtent] = []
        var sentenceKeys: (sentence: Range<Int>, keys: [WordKeys])?
        // Per token, the event model's verdict once scored (0: not yet, 1: no, 2: yes): the expressions of a
        // sentence look at the same words. Written through a pointer, which the closures below capture without
        // the exclusivity checks of a captured variable.
        let scored = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: tokens.count)
        scored.initialize(repeating: 0)
        defer { scored.deallocate() }
        for (timex, place) in zip(timexes, located) {
            let sentence = place.sentence
            if sentenceKeys?.sentence != sentence {
                sentenceKeys = (sentence, tokenizer.keys(scalars, tokens, sentence))
            }
            let keys = sentenceKeys?.keys ?? []
            // Whether any word of the sentence is an event trigger, for the anchoring rules that look beyond `nearby`.
            func isEvent(_ index: Int) -> Bool {
                guard !covered[index] else { return false }
                if scored[index] == 0 {
                    scored[index] = detector.isTrigger(tokens, index, sentence: sentence, keys: keys) ? 2 : 1
                }
                return scored[index] == 2
            }
            let nearby = detector.nearby(
                first: place.first, last: place.last, sentence: sentence,
                isTrigger: { tokens[$0].kind == .word && isEvent($0) })
            guard timex.type == .date || timex.type == .time,
                let span = timex.span ?? EventAnchoring.referenceSpan(timex.value, publication: publicationDate)
            else {
                if timex.type == .duration || timex.type == .set {
                    let anchors = anchoring.extentAnchors(
                        tokens, first: place.first, last: place.last, sentence: sentence, events: nearby,
                        inTimex: { covered[$0] },
                        isEvent: isEvent)
                    extents += anchors.map { anchor in
                        EventExtent(
                            timexID: timex.id,
                            trigger: TextSpan(scalars, tokens[anchor.trigger].start..<tokens[anchor.trigger].end),
                            relation: anchor.relation)
                    }
                }
                continue
            }
            for anchor in anchoring.anchors(
                tokens, first: place.first, last: place.last, sentence: sentence, events: nearby,
                vague: timex.value.hasSuffix("_REF"), keys: keys, inTimex: { covered[$0] },
                isEvent: isEvent)
            {
                let eventSpan = EventAnchoring.eventSpan(span, anchor.relation, publication: publicationDate)
                guard !eventSpan.start.isEmpty || !eventSpan.end.isEmpty else { continue }
                let grammar = detector.grammar.read(
                    tokens, anchor.trigger, sentence: sentence, keys: keys, offset: sentence.lowerBound)
                events.append(
                    datedEvent(
                        anchor.trigger, grammar, scalars, tokens, sentence: sentence, timexID: timex.id,
                        relation: anchor.relation, span: eventSpan, covered: covered))
            }
        }
        for event in backReferenceEvents(
            scalars, tokens, sentences: sentences, timexes: timexes, lastDated: lastDated, covered: covered,
            publicationDate: publicationDate)
        {
            events.insert(event, at: events.firstIndex { $0.sentence.start > event.sentence.start } ?? events.count)
        }
        if publicationDateEvents {
            for (position, sentence) in sentences.enumerated() where lastDated[position] < 0 {
                let keys = tokenizer.keys(scalars, tokens, sentence)
                for found in detector.triggers(tokens, sentence: sentence, keys: keys, skip: { covered[$0] })
                where found.grammar.tense == .present && found.grammar.aspect == .perfective {
                    events.append(
                        publicationEvent(
                            found, scalars, tokens, sentence: sentence, publicationDate: publicationDate,
                            covered: covered))
                }
            }
            events.sort { $0.sentence.start < $1.sentence.start }
        }
        return Extraction(timexes: timexes, events: events, extents: extents)
    }

    /// `"DCT"` for an expression computed from publication, nil for an absolute one (its year written out),
    /// a duration or a set.
    static func deicticAnchor(_ type: TimexType, _ reading: Reading, _ slots: Slots) -> String? {
        switch type {
        case .set, .duration: return nil
        case .date, .time:
            if reading == .decade { return nil }
            if slots.year != nil, reading != .shift, reading != .relative || slots.unit == .year { return nil }
            return "DCT"
        }
    }
}
