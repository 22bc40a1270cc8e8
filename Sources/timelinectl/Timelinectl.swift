import ArgumentParser
import Foundation

/// `timelinectl`: the command-line client of timelined, plus offline extraction.
@main
struct Timelinectl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timelinectl",
        abstract: "Query and feed timelined, the timeline daemon; or extract dated events offline.",
        discussion: """
            Daemon commands talk HTTP to timelined over its Unix socket: --socket PATH, else $TIMELINE_SOCKET, \
            else var/timelined.sock if it exists in the current directory, else /run/timelined/timelined.sock.
            `extract` needs no daemon.
            """,
        version: "0.1.0",
        subcommands: [
            EventsCommand.self, FollowCommand.self, AddCommand.self, DocsCommand.self, DocCommand.self,
            StatusCommand.self, ExtractCommand.self, EvalCommand.self, ExportCommand.self, ServeCommand.self,
            TrainEventsCommand.self,
        ]
    )

    /// Parses and runs the command; `ToolError`s become `timelinectl: MESSAGE` and exit status 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ToolError {
            Output.error(error.message)
            Output.flush()
            Foundation.exit(EXIT_FAILURE)
        } catch {
            exit(withError: error)
        }
    }
}

/// Writing to stdout and stderr.
enum Output {
    /// Prints `line` to stdout (buffered).
    static func line(_ line: String) { print(line) }

    /// Prints each of `lines` to stdout, after `indent`.
    static func lines(_ lines: [String], indent: String = "") {
        for line in lines { print(indent + line) }
    }

    /// Writes `timelinectl: MESSAGE` to stderr, after flushing stdout so the two stay in order.
    static func error(_ message: String) {
        flush()
        FileHandle.standardError.write(Data("timelinectl: \(message)\n".utf8))
    }

    /// Writes a note (no prefix) to stderr.
    static func note(_ message: String) {
        flush()
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Flushes buffered stdout.
    static func flush() { fflush(nil) }

    /// JSON the way `timelinectl` prints the wire types: keys sorted (so output is stable), `/` unescaped.
    static func json<T: Encodable>(_ value: T, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            return "null"  // Plain structs of strings and numbers always encode.
        }
    }
}
