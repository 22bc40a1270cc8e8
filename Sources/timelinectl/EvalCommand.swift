import ArgumentParser
import TimelineCore
import TimelineDocuments
import TimelineEval

/// `timelinectl eval`: runs the extraction over a TimeML gold corpus and scores it as `te3score.py` does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extraction against TimeML gold files, as te3score.py does (no daemon).",
        discussion: """
            Every .tml file under GOLD_DIR (recursive, sorted) is read twice: as gold (its TIMEX3s inside \
            <TEXT>) and as a document, which is extracted exactly as `extract` does. The figures are those \
            `te3score.py GOLD_DIR OUT.jsonl` prints for `extract --format jsonl GOLD_DIR > OUT.jsonl`.
            """)

    @Option(help: ArgumentHelp("List up to N errors (missed, spurious, mismatched).", valueName: "N"))
    var errors = 0

    @Flag(help: "Print te3score.py's JSON object instead of the table.")
    var json = false

    @Flag(help: "Also score event anchoring, as anchorscore.py does (key \"anchors\" in JSON).")
    var anchors = false

    @Option(help: ArgumentHelp("Detect events with this model instead of the built-in one.", valueName: "file"))
    var eventModel: String?

    @Argument(help: ArgumentHelp("Folder of gold TimeML files.", valueName: "gold-dir"))
    var goldFolder: String

    func validate() throws {
        guard errors >= 0 else { throw ValidationError("--errors must be 0 or more.") }
    }

    func run() throws {
        guard LocalFiles.isDirectory(goldFolder) else {
            throw ToolError(.input, "gold folder not found: \(goldFolder)")
        }
        let files = try Self.goldFiles(goldFolder)
        guard !files.isEmpty else { throw ToolError(.input, "no .tml files under \(goldFolder)") }
        let extractor =
            try eventModel.map { path throws(ToolError) in
                do {
                    return Extractor(eventModel: try EventModel(bytes: try LocalFiles.read(path)))
                } catch {
                    throw ToolError(.input, "\(path): \(error)")
                }
            } ?? Extractor()
        var documents: [ScoringDocument] = []
        var eventDocuments: [(gold: TimeMLAnnotations, system: [DetectedEvent])] = []
        var anchorDocuments: [(gold: TimeMLAnnotations, system: [AnchorScorer.Link]?)] = []
        var failed = false
        for (key, path) in files {
            do throws(ToolError) {
                let bytes = try LocalFiles.read(path)
                let gold: TimeMLAnnotations
                do {
                    gold = try TimeMLAnnotations.read(bytes: bytes)
                } catch {
                    throw ToolError(.input, "gold: \(error.description)")
                }
                var system: [ScoredTimex]?
                var links: [AnchorScorer.Link]?
                do throws(ToolError) {
                    let articles = try ExtractCommand.extract(bytes: bytes, path: path, extractor: extractor)
                    guard let extracted = articles.first, articles.count == 1 else {
                        throw ToolError(.input, "a TimeML file holds one document, this one \(articles.count)")
                    }
                    system = extracted.timexes.map {
                        ScoredTimex(start: $0.start, end: $0.end, type: $0.type, value: $0.value, text: $0.text)
                    }
                    links = Self.links(extracted)
                } catch {
                    Output.error("\(path): \(error.message) (scored as no output)")
                }
                documents.append(ScoringDocument(name: key, annotations: gold, system: system))
                anchorDocuments.append((gold, links))
                if anchors { eventDocuments.append((gold, extractor.events(in: gold.body))) }
            } catch {
                Output.error("\(path): \(error.message)")
                failed = true
            }
        }
        let evaluation = TimexScorer.evaluate(documents)
        let anchorScore = anchors ? AnchorScorer.evaluate(anchorDocuments) : nil
        let eventScore = anchors ? EventScorer.evaluate(eventDocuments) : nil
        if json {
            var report = evaluation.json(errorLimit: errors)
            if let anchorScore, let eventScore, case .object(let pairs) = report {
                report = .object(pairs + [("anchors", anchorScore.json), ("events", eventScore.json)])
            }
            Output.line(report.pretty)
        } else {
            Output.line(evaluation.humanReport(errorLimit: errors))
            if let anchorScore, case .object(let pairs) = anchorScore.json {
                Output.line("\nanchors (as anchorscore.py):")
                for (key, value) in pairs {
                    Output.line(key + String(repeating: " ", count: max(0, 18 - key.count)) + " " + value.compact)
                }
            }
            if let eventScore, case .object(let pairs) = eventScore.json {
                Output.line("\nevent triggers (exact span; attributes over exact matches):")
                for (key, value) in pairs {
                    Output.line(key + String(repeating: " ", count: max(0, 18 - key.count)) + " " + value.compact)
                }
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// The extraction's dated events and extents as anchoring links (trigger, timex span, relation), in the
    /// order the JSONL lists them.
    private static func links(_ extracted: ExtractedDocument) -> [AnchorScorer.Link] {
        let spans = Dictionary(
            extracted.timexes.map { ($0.id, ($0.start, $0.end)) }, uniquingKeysWith: { _, last in last })
        let pairs =
            extracted.events.map { ($0.timex, $0.trigger, $0.relation) }
            + extracted.extents.map { ($0.timex, $0.trigger, $0.relation) }
        return pairs.compactMap { timex, trigger, relation in
            spans[timex].map {
                AnchorScorer.Link(trigger: (trigger.start, trigger.end), timex: $0, relation: relation)
            }
        }
    }

    /// The gold files as `te3score.py` lists them: `.tml` files (not `._*`) under the folder, keyed by
    /// `DocumentKey`, the first of a duplicate key kept, sorted by key.
    static func goldFiles(_ goldFolder: String) throws(ToolError) -> [(key: String, path: String)] {
        var seen: [String: String] = [:]
        var files: [(key: String, path: String)] = []
        for path in try LocalFiles.walk(goldFolder) {
            let name = LocalFiles.baseName(path)
            guard name.lowercased().hasSuffix(".tml"), !name.hasPrefix("._") else { continue }
            let key = DocumentKey.of(name)
            if let first = seen[key] {
                Output.note("warning: \(path): document name \(key) already seen in \(first); ignored")
                continue
            }
            seen[key] = path
            files.append((key, path))
        }
        return files.sorted { DocumentKey.precedes($0.key, $1.key) }
    }
}
