import ArgumentParser
import TimelineCore

/// `timelinectl add`: submits files to the daemon.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Submit files to timelined for extraction.",
        discussion: """
            Each file is posted under its base name; prints the stored document's id and event count, or the \
            document it duplicates. Exits 1 if any file failed (the others are still submitted).
            """)

    @OptionGroup var daemon: DaemonOptions

    @Option(
        help: ArgumentHelp("Publication date for every file, overriding what the files say.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Argument(help: ArgumentHelp("Files to submit.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one file.") }
        if let date, CalendarDate(iso: date) == nil || date.count != 10 {
            throw ValidationError("--date must be a date written YYYY-MM-DD, not \"\(date)\".")
        }
    }

    func run() throws {
        let connection = daemon.connection()
        var failed = 0
        let progress = AddProgress(files: files)
        defer { progress.finish() }
        for file in files {
            do throws(ToolError) {
                let bytes = try LocalFiles.read(file)
                let modified = try LocalFiles.modificationDay(file).description
                let details = try connection.addDocument(
                    name: LocalFiles.baseName(file), date: date, modified: modified, bytes: bytes)
                var found = 0
                for detail in details {
                    let document = detail.document
                    let label = details.count == 1 ? file : "\(file) (\(document.name))"
                    if detail.duplicate == true {
                        progress.print("\(label): duplicate of document \(document.id)")
                    } else {
                        let events = detail.events.count
                        found += events
                        progress.print("\(label): document \(document.id), \(events) event\(events == 1 ? "" : "s")")
                    }
                }
                progress.advance(size: bytes.count, found: found)
            } catch  where error.kind == .unavailable {
                throw error  // Every other file would fail the same way.
            } catch {
                progress.error("\(file): \(error.message)")
                progress.advance(size: AddProgress.size(file), found: 0)
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }
}
