import ArgumentParser
import TimelineCore
import TimelineDocuments

/// How `extract` prints.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case jsonl, json, table
}

/// `timelinectl extract`: runs the extraction on local files, no daemon involved.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract time expressions and dated events from local files (no daemon).",
        discussion: """
            Folders are walked recursively (sorted; dotfiles skipped). The publication date comes from --dct, \
            else the file (header, TimeML DCT, file name), else its modification day (UTC). jsonl writes one \
            line per document in the format te3score.py and anchorscore.py read.
            """)

    @Option(
        help: ArgumentHelp("Publication date for every file, overriding what the files say.", valueName: "YYYY-MM-DD"))
    var dct: String?

    @Option(help: "Output format: jsonl (one document per line), json (array) or table.")
    var format = ExtractFormat.jsonl

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one file or folder.") }
        if let dct, CalendarDate(iso: dct) == nil || dct.count != 10 {
            throw ValidationError("--dct must be a date written YYYY-MM-DD, not \"\(dct)\".")
        }
    }

    func run() throws {
        let explicitDate = dct.flatMap { CalendarDate(iso: $0) }
        let extractor = Extractor()
        var collected: [ExtractedDocument] = []
        var failed = false
        for path in inputs(failed: &failed) {
            do throws(ToolError) {
                let results = try Self.extract(
                    bytes: LocalFiles.read(path), path: path, explicitDate: explicitDate, extractor: extractor)
                for result in results {
                    switch format {
                    case .jsonl: Output.line(result.json.compact)
                    case .json: collected.append(result)
                    case .table: ExtractView.print(result)
                    }
                }
            } catch {
                Output.error("\(path): \(error.message)")
                failed = true
            }
        }
        if format == .json { Output.line(OrderedJSON.array(collected.map(\.json)).pretty) }
        if failed { throw ExitCode.failure }
    }

    /// The files to read: each argument, or the files under it if it is a folder.
    private func inputs(failed: inout Bool) -> [String] {
        var paths: [String] = []
        for file in files {
            guard LocalFiles.isDirectory(file) else {
                paths.append(file)
                continue
            }
            do throws(ToolError) {
                paths += try LocalFiles.walk(file)
            } catch {
                Output.error("\(file): \(error.message)")
                failed = true
            }
        }
        return paths
    }
}

/// The readable view of an extracted document.
enum ExtractView {
    static func print(_ result: ExtractedDocument) {
        Output.line("\(result.doc)  (published \(result.dct), from \(result.dctSource))")
        let width = TableFormatter.terminalWidth() - 2
        if result.timexes.isEmpty {
            Output.line("  no time expressions")
        } else {
            let table = TableFormatter(
                columns: [
                    TableColumn(title: "ID", maxWidth: 6), TableColumn(title: "TEXT", flexible: true),
                    TableColumn(title: "TYPE", maxWidth: 8), TableColumn(title: "VALUE", maxWidth: 24),
                    TableColumn(title: "MOD", maxWidth: 10), TableColumn(title: "OFFSETS", maxWidth: 13),
                ], width: width)
            let rows = result.timexes.map {
                [$0.id, $0.text, $0.type, $0.value, $0.mod ?? "", "\($0.start)–\($0.end)"]
            }
            Output.lines(table.render(rows), indent: "  ")
        }
        if result.events.isEmpty {
            Output.line("  no dated events")
        } else {
            let table = TableFormatter(
                columns: [
                    TableColumn(title: "TIMEX", maxWidth: 6), TableColumn(title: "RELATION", maxWidth: 8),
                    TableColumn(title: "TRIGGER", maxWidth: 16), TableColumn(title: "SUMMARY", flexible: true),
                    TableColumn(title: "WHEN", maxWidth: 24),
                ], width: width)
            let rows = result.events.map { event in
                [
                    event.timex, event.relation, event.trigger.text, event.summary,
                    "\(event.start ?? "…") – \(event.end ?? "…")",
                ]
            }
            Output.lines(table.render(rows), indent: "  ")
        }
        Output.line("")
    }
}

extension ExtractCommand {
    /// One file's extraction (each article's, for a JSON list or NDJSON file), as `extract` makes it:
    /// `DocumentReader` on its bytes (publication date
    /// from the file, else its name, else its modification day), then the extractor on the body.
    static func extract(
        bytes: [UInt8], path: String, explicitDate: CalendarDate? = nil, extractor: Extractor
    ) throws(ToolError) -> [ExtractedDocument] {
        let modified = try LocalFiles.modificationDay(path)
        let documents: [Document]
        do {
            documents = try DocumentReader.readAll(
                bytes: bytes, name: LocalFiles.baseName(path), modificationDate: modified, explicitDate: explicitDate)
        } catch {
            throw ToolError(.input, error.description)
        }
        return documents.map { document in
            ExtractedDocument(
                document: document,
                extraction: extractor.extract(document.body, publicationDate: document.publicationDate))
        }
    }
}
