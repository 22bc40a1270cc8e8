public import TimelineWire

/// The terminal timeline: events grouped by year and month, one line per event.
///
/// ```
/// 2021
///     2021 (Jan–Dec)         Russia organized an international conference  — Russia accredits Taliban envoy
///   August
///     Aug 2021 (1–31 Aug)    the Taliban seized control  — Russia accredits Taliban envoy
/// ```
/// Events whose time spans more than a month sit under their year, before its months.
public struct TimelineText: Sendable {
    /// Colour with ANSI escapes (only when writing to a terminal and `NO_COLOR` is unset).
    public var color: Bool
    /// Lines are cut to this many characters (the summary and the source give way, with `…`).
    public var width: Int

    public init(color: Bool, width: Int) {
        self.color = color
        self.width = width
    }

    /// The whole timeline of `events`, header lines included.
    public func render(_ events: [EventRecord]) -> [String] {
        let placed = events.map(Placed.init).enumerated().sorted { lhs, rhs in
            (lhs.element.key, lhs.offset) < (rhs.element.key, rhs.offset)
        }.map(\.element)
        let dateWidth = min(30, placed.map(\.label.count).max() ?? 0)
        var lines: [String] = []
        var year: Int?
        var month: Int?
        for item in placed {
            if item.year != year {
                lines.append(paint(String(item.year), Style.year))
                year = item.year
                month = nil
            }
            if let itemMonth = item.month, itemMonth != month {
                lines.append("  " + paint(WireDate.monthName(itemMonth), Style.month))
                month = itemMonth
            }
            lines.append(line(item, dateWidth: dateWidth))
        }
        return lines
    }

    /// One event's line: indent, date, summary, source.
    public func line(_ event: EventRecord, dateWidth: Int? = nil) -> String {
        let item = Placed(event)
        return line(item, dateWidth: dateWidth ?? item.label.count)
    }

    func line(_ item: Placed, dateWidth: Int) -> String {
        let indent = "    "
        let date = Self.fit(item.label, dateWidth)
        let padded = date + String(repeating: " ", count: max(0, dateWidth - date.count))
        let source = Self.label(item.event.document)
        let summary = Self.oneLine(ExtentLabel.summary(item.event))
        // Room left after indent, date and two spaces; "  — " sits between summary and source. The summary comes
        // first; the source keeps at least 16 characters.
        let room = width - indent.count - dateWidth - 2
        let sourceFloor = min(source.count, 16)
        let shownSummary = Self.fitKeepingNote(summary, max(12, room - 4 - sourceFloor))
        let shownSource = Self.fit(source, max(sourceFloor, room - 4 - shownSummary.count))
        return indent + paint(padded, Style.date) + "  " + shownSummary + "  " + paint("— " + shownSource, Style.source)
    }

    func paint(_ text: String, _ style: String) -> String {
        color ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }

    enum Style {
        static let year = "1"  // bold
        static let month = "36"  // cyan
        static let date = "33"  // yellow
        static let source = "2"  // dim
    }

    /// An event with where it sits: its year, its month unless it spans more than one, its label.
    struct Placed {
        var event: EventRecord
        var year: Int
        var month: Int?
        var label: String
        var key: String

        init(_ event: EventRecord) {
            self.event = event
            label = DateLabel.of(event)
            // An open start (before, until) is placed at its time; an open end (after) from its start.
            let startText = event.start ?? event.time.start
            let endText = event.start == nil ? event.time.end : event.end ?? event.time.end
            let start = WireDate(startText)
            let end = WireDate(endText)
            year = start?.year ?? 0
            if let start, let last = end?.lastIncludedDay, last.year == start.year, last.month == start.month {
                month = start.month
            } else if let start, event.end == nil {
                month = start.month
            }
            // Year, then the wide events of the year, then by month and start.
            key = WireDate.padded(year + 10000, 6) + (month == nil ? "0" : "1") + startText + " " + endText
        }
    }

    /// A document's title, or its file name when it has none.
    public static func label(_ document: DocumentRef) -> String {
        if let title = document.title, !title.isEmpty { return title }
        return document.name
    }

    /// `text` cut to `width` characters, ending in `…` when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` cut to `width` like `fit`, but a closing note in parentheses (an extent: `(after 20 years)`) stays
    /// whole, the text before it giving way, while the note takes at most two thirds of the width.
    public static func fitKeepingNote(_ text: String, _ width: Int) -> String {
        guard text.count > width, text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex,
            case let space = text.index(before: open), text[space] == " "
        else { return fit(text, width) }
        let note = text[space...]
        guard note.count * 3 <= width * 2 else { return fit(text, width) }
        return fit(String(text[..<space]), width - note.count) + note
    }

    /// Line breaks and tabs as spaces, so one event stays one line.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
