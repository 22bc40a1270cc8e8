import TimelineDocuments

/// One gold document and what a system found in it.
public struct ScoringDocument: Sendable {
    /// The document's key (see `DocumentKey`), used in warnings and errors.
    public var name: String
    /// The gold plain text the offsets index.
    public var text: String
    /// Every gold TIMEX3 inside `<TEXT>`, empty and `CREATION_TIME` ones included (the scorer leaves them out).
    public var gold: [ScoredTimex]
    /// The system's time expressions, in its order; nil when the system gave no output for the document
    /// (scored as empty, and reported as missing).
    public var system: [ScoredTimex]?

    public init(name: String, text: String, gold: [ScoredTimex], system: [ScoredTimex]?) {
        self.name = name
        self.text = text
        self.gold = gold
        self.system = system
    }

    /// A document from its TimeML gold annotations.
    public init(name: String, annotations: TimeMLAnnotations, system: [ScoredTimex]?) {
        let gold = annotations.timexes.map {
            ScoredTimex(
                start: $0.start, end: $0.end, type: $0.type, value: $0.value,
                functionInDocument: $0.functionInDocument, text: $0.text)
        }
        self.init(name: name, text: annotations.body, gold: gold, system: system)
    }
}

/// The name a document is matched on: its base name without `.tml`, `.txt`, `.xml`, `.TE3input` or
/// `.jsonl` (repeatedly, case-insensitively), as `te3score.py` keys documents.
public enum DocumentKey {
    static let extensions = [".tml", ".txt", ".xml", ".te3input", ".jsonl"]

    public static func of(_ path: String) -> String {
        var base = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        var changed = true
        while changed {
            changed = false
            let lower = base.lowercased()
            let length = base.unicodeScalars.count
            for suffix in extensions where lower.hasSuffix(suffix) && length > suffix.count {
                base = String(String.UnicodeScalarView(base.unicodeScalars.dropLast(suffix.count)))
                changed = true
                break
            }
        }
        return base
    }

    /// Orders keys as Python orders strings: by Unicode scalar values.
    public static func precedes(_ left: String, _ right: String) -> Bool {
        left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
    }
}
