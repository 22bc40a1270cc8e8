import Foundation

/// The progress bar `add` draws on stderr when it is a terminal: files, MB, events, rate, ETA.
///
/// ```
/// [██████████░░░░░░░░░░]  12/40 files  3.2/10.5 MB  87 events  4.1 files/s  ETA 0:07
/// ```
/// Result lines printed while it is shown go above it (`print` clears and redraws it).
final class AddProgress {
    let totalFiles: Int
    let totalBytes: Int
    /// Whether to draw at all: stderr is a terminal and there is more than one file.
    let enabled: Bool
    private let started = Date()
    private var files = 0
    private var bytes = 0
    private var events = 0
    private var shown = false

    init(files: [String], enabled: Bool = Terminal.isTerminal(STDERR_FILENO)) {
        totalFiles = files.count
        totalBytes = files.reduce(0) { sum, file in sum + Self.size(file) }
        self.enabled = enabled && files.count > 1
    }

    /// One file done: `size` bytes read, `found` events stored.
    func advance(size: Int, found: Int) {
        files += 1
        bytes += size
        events += found
        draw()
    }

    /// Prints a result line on stdout above the bar.
    func print(_ line: String) {
        clear()
        Output.line(line)
        Output.flush()
        draw()
    }

    /// Reports an error on stderr above the bar.
    func error(_ message: String) {
        clear()
        Output.error(message)
        draw()
    }

    /// Removes the bar and, on a terminal, says what was done.
    func finish() {
        guard enabled else { return }
        clear()
        let seconds = Date().timeIntervalSince(started)
        Output.note(
            "\(files) file\(files == 1 ? "" : "s") (\(Self.amount(bytes, of: bytes)) \(Self.unit(bytes))), \(events) event"
                + "\(events == 1 ? "" : "s") in \(String(format: "%.1f", seconds)) s")
    }

    /// The bar's text for `width` columns, at `seconds` since the start.
    func line(width: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(files) / seconds : 0
        let byteRate = seconds > 0 ? Double(bytes) / seconds : 0
        var eta = "ETA --:--"
        if byteRate > 0 && bytes > 0 {
            eta = "ETA " + Self.clock(Double(totalBytes - bytes) / byteRate)
        } else if rate > 0 {
            eta = "ETA " + Self.clock(Double(totalFiles - files) / rate)
        }
        let figures =
            "  \(files)/\(totalFiles) files  \(Self.amount(bytes, of: totalBytes))/\(Self.amount(totalBytes, of: totalBytes))"
            + " \(Self.unit(totalBytes))  "
            + "\(events) event\(events == 1 ? "" : "s")  \(String(format: "%.1f", rate)) files/s  \(eta)"
        let barWidth = max(10, min(30, width - figures.count - 3))
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : Double(files) / Double(max(1, totalFiles))
        let filled = min(barWidth, Int((fraction * Double(barWidth)).rounded(.down)))
        let bar = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + "]"
        return String((bar + figures).prefix(max(20, width - 1)))
    }

    private func draw() {
        guard enabled else { return }
        let text = line(width: Terminal.width(STDERR_FILENO), seconds: Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        shown = true
    }

    private func clear() {
        guard shown else { return }
        Output.flush()
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    /// A file's size in bytes, 0 when it cannot be read (the error comes when it is read).
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// MB for a total of a megabyte or more, else KB.
    static func unit(_ total: Int) -> String { total >= 1_000_000 ? "MB" : "KB" }

    /// `bytes` in the unit of `total`: `10.5` MB (one decimal) or `93` KB.
    static func amount(_ bytes: Int, of total: Int) -> String {
        total >= 1_000_000
            ? String(format: "%.1f", Double(bytes) / 1_000_000) : String((bytes + 500) / 1000)
    }

    /// `0:07`, `12:30`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded()))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let tail = (secs < 10 ? "0" : "") + String(secs)
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(tail)" }
        return "\(minutes):\(tail)"
    }
}
