import Foundation
import TimelineViews

/// A column of a text table.
struct TableColumn: Sendable {
    var title: String
    /// The widest the column gets, even when it fits.
    var maxWidth: Int = 40
    /// A flexible column (the summary) gives up width first when the table is too wide for the terminal; its cells
    /// keep a closing note in parentheses (the extent) when cut.
    var flexible = false
}

/// Lays out rows as aligned text columns that fit the terminal, truncating cells with `…`.
struct TableFormatter: Sendable {
    var columns: [TableColumn]
    /// The total width to fit in.
    var width = TableFormatter.terminalWidth()
    /// Spaces between columns.
    var gap = 2

    /// The terminal width: `$COLUMNS` if it is a positive number, else 120.
    static func terminalWidth() -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 {
            return value
        }
        return 120
    }

    /// The header and `rows`, laid out to fit the widest cells.
    func render(_ rows: [[String]]) -> [String] {
        let cells = rows.map { $0.map(Self.clean) }
        var natural = columns.map { $0.title.count }
        for row in cells {
            for (index, cell) in row.enumerated() where index < natural.count {
                natural[index] = max(natural[index], cell.count)
            }
        }
        let widths = fit(natural)
        return [line(columns.map(\.title), widths: widths)] + cells.map { line($0, widths: widths) }
    }

    /// Column widths for streaming, when rows are not known in advance: every column at its maximum, then fitted.
    func streamingWidths() -> [Int] {
        fit(columns.map { $0.flexible ? width : max($0.maxWidth, $0.title.count) })
    }

    /// One row laid out in `widths`, without trailing spaces.
    func line(_ row: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() {
            let text = Self.clean(index < row.count ? row[index] : "")
            let cell =
                columns[index].flexible
                ? TimelineText.fitKeepingNote(text, width) : Self.truncate(text, to: width)
            let isLast = index == widths.count - 1
            parts.append(isLast ? cell : cell + String(repeating: " ", count: width - cell.count))
        }
        var text = parts.joined(separator: String(repeating: " ", count: gap))
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Caps each column at its maximum, then shrinks flexible columns, then the widest others, to fit `width`.
    func fit(_ natural: [Int]) -> [Int] {
        var widths = zip(columns, natural).map { column, width in
            column.flexible ? width : min(width, max(column.maxWidth, column.title.count))
        }
        var excess = widths.reduce(0, +) + gap * max(0, widths.count - 1) - width
        for index in widths.indices where columns[index].flexible && excess > 0 {
            let floor = min(widths[index], max(columns[index].title.count, 12))
            let cut = min(excess, widths[index] - floor)
            widths[index] -= cut
            excess -= cut
        }
        while excess > 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 {
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    /// `text` cut to `width` characters, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// Newlines and tabs become spaces, so one cell stays on one line.
    static func clean(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
