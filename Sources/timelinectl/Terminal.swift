import Foundation

/// What `timelinectl` needs to know about where its output goes: a terminal or not, its size, colour, a pager.
enum Terminal {
    /// Whether file descriptor `fd` is a terminal.
    static func isTerminal(_ fd: Int32 = STDOUT_FILENO) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything non-empty (no-color.org).
    static func useColor(_ fd: Int32 = STDOUT_FILENO) -> Bool {
        guard isTerminal(fd) else { return false }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return noColor.isEmpty && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Columns: `$COLUMNS` when set, else the terminal's own width, else 120.
    static func width(_ fd: Int32 = STDOUT_FILENO) -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        return size(fd)?.columns ?? 120
    }

    /// Rows: `$LINES` when set, else the terminal's own height; `nil` when not a terminal.
    static func height(_ fd: Int32 = STDOUT_FILENO) -> Int? {
        guard isTerminal(fd) else { return nil }
        if let text = ProcessInfo.processInfo.environment["LINES"], let value = Int(text), value > 0 { return value }
        return size(fd)?.rows
    }

    static func size(_ fd: Int32) -> (rows: Int, columns: Int)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_row), Int(size.ws_col))
    }

    /// Prints `lines` to stdout, through `$PAGER` (default `less`, with `LESS=FRX` unless set) when stdout is a
    /// terminal and they do not fit on it. Falls back to plain printing when the pager cannot be started.
    static func page(_ lines: [String]) {
        guard let rows = height(), lines.count >= rows else {
            Output.lines(lines)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let pager = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        var childEnvironment = environment
        if childEnvironment["LESS"] == nil { childEnvironment["LESS"] = "FRX" }
        process.environment = childEnvironment
        let input = Pipe()
        process.standardInput = input
        Output.flush()
        do {
            try process.run()
        } catch {
            Output.lines(lines)
            return
        }
        signal(SIGPIPE, SIG_IGN)  // The reader may quit before the end.
        let text = lines.joined(separator: "\n") + "\n"
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
