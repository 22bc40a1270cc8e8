/// Word classes a lexicon entry can carry; one word may have several (`may`: month and modal).
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    // Time words.
    static let month = WordClass(rawValue: 1 << 0)
    static let monthAbbreviation = WordClass(rawValue: 1 << 1)
    static let weekday = WordClass(rawValue: 1 << 2)
    static let numeral = WordClass(rawValue: 1 << 3)
    static let ordinal = WordClass(rawValue: 1 << 4)
    static let unit = WordClass(rawValue: 1 << 5)
    static let unitPlural = WordClass(rawValue: 1 << 6)
    static let deictic = WordClass(rawValue: 1 << 7)
    static let dayReference = WordClass(rawValue: 1 << 8)
    static let shiftWord = WordClass(rawValue: 1 << 9)
    static let season = WordClass(rawValue: 1 << 10)
    static let partOfDay = WordClass(rawValue: 1 << 11)
    static let modifier = WordClass(rawValue: 1 << 12)
    static let vague = WordClass(rawValue: 1 << 13)
    static let holiday = WordClass(rawValue: 1 << 14)
    static let meridiem = WordClass(rawValue: 1 << 15)
    static let clockWord = WordClass(rawValue: 1 << 16)
    static let timeZone = WordClass(rawValue: 1 << 17)
    static let partOfDayPlural = WordClass(rawValue: 1 << 18)
    /// A newspaper's name word after a weekday (`Sunday Times`, `Sunday Telegraph`): no date.
    static let newspaperWord = WordClass(rawValue: 1 << 19)

    // Grammar, for tense clues, sentence splitting and event anchoring.
    static let verb = WordClass(rawValue: 1 << 20)
    static let verbPast = WordClass(rawValue: 1 << 21)
    static let verbBase = WordClass(rawValue: 1 << 22)
    static let participle = WordClass(rawValue: 1 << 23)
    static let auxiliary = WordClass(rawValue: 1 << 24)
    static let modal = WordClass(rawValue: 1 << 25)
    static let futureMarker = WordClass(rawValue: 1 << 26)
    static let pastMarker = WordClass(rawValue: 1 << 27)
    static let determiner = WordClass(rawValue: 1 << 28)
    static let preposition = WordClass(rawValue: 1 << 29)
    static let conjunction = WordClass(rawValue: 1 << 30)
    static let subordinator = WordClass(rawValue: 1 << 31)
    static let relativePronoun = WordClass(rawValue: 1 << 32)
    static let pronoun = WordClass(rawValue: 1 << 33)
    static let abbreviation = WordClass(rawValue: 1 << 34)
    static let functionWord = WordClass(rawValue: 1 << 35)
    static let eventNoun = WordClass(rawValue: 1 << 36)
    static let notVerb = WordClass(rawValue: 1 << 37)
    static let adverb = WordClass(rawValue: 1 << 38)
    static let clauseStop = WordClass(rawValue: 1 << 39)
    static let possessive = WordClass(rawValue: 1 << 40)

    /// Any token that can be a time word; used to collect classes that carry a value.
    static let allCount = 40
}

/// The unit of a duration, a shift or a relative reference.
enum TimeUnit: String, Sendable {
    case second = "S"
    case minute = "MI"
    case hour = "H"
    case day = "D"
    case week = "W"
    case weekend = "WE"
    case month = "M"
    case quarter = "Q"
    case half = "HALF"
    case year = "Y"
    case decade = "DE"
    case century = "CE"

    /// The letter in a TIMEX3 duration (`P3M`, `PT5H`).
    var durationLetter: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .weekend: "WE"
        case .month: "M"
        case .quarter: "Q"
        case .half: "H"
        case .year: "Y"
        case .decade: "DE"
        case .century: "CE"
        }
    }

    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }
}

/// What the lexicon knows about one lowercased word.
struct LexEntry: Sendable {
    var classes: WordClass = []
    var month = 0
    var weekday = 0
    var numeral = 0
    var ordinal = 0
    var unit: TimeUnit?
    /// `last` → -1, `this` → 0, `next` → +1.
    var offset = 0
    /// `yesterday` → -1.
    var dayOffset = 0
    /// `ago`/`earlier`/`before`/`previous` → -1, `later`/`after`/`following`/`next` → +1.
    var direction = 0
    /// TIMEX3 season or part-of-day code (`FA`, `MO`), or a holiday's `MM-DD`.
    var code = ""
    /// TIMEX3 `mod` for modifiers (`START`, `END`, `MID`).
    var mod = ""
    /// Value of a vague reference (`PRESENT_REF`), of a set word (`P1D`), or the TIMEX3 type (`SET`).
    var value = ""
    var setValue = ""
}

/// A table of words: lowercased text → entry. Built once; looked up once per token.
struct Lexicon: Sendable {
    private(set) var entries: [LexEntry] = []
    private var indexByWord: [String: Int32] = [:]

    /// An empty lexicon but for the keywords, which take the first entries in `Keyword` order.
    init() {
        for keyword in Keyword.allCases {
            add(keyword.text, [])
            precondition(indexByWord[keyword.text] == keyword.rawValue)
        }
    }

    /// Every word with its entry index, for building `WordTable`.
    var words: [(word: String, entry: Int32)] { indexByWord.map { ($0.key, $0.value) } }

    func index(of word: String) -> Int32 { indexByWord[word] ?? -1 }

    func entry(_ word: String) -> LexEntry? {
        guard let index = indexByWord[word] else { return nil }
        return entries[Int(index)]
    }

    /// Adds classes (and values) to a word, creating its entry if needed.
    mutating func add(_ word: String, _ classes: WordClass, _ update: (inout LexEntry) -> Void = { _ in }) {
        let index: Int
        if let existing = indexByWord[word] {
            index = Int(existing)
        } else {
            index = entries.count
            entries.append(LexEntry())
            indexByWord[word] = Int32(index)
        }
        entries[index].classes.formUnion(classes)
        update(&entries[index])
    }

    mutating func add(words: [String], _ classes: WordClass) {
        for word in words { add(word, classes) }
    }
}
