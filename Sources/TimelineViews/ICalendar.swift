public import TimelineWire

/// Events as an iCalendar file (RFC 5545): one `VEVENT` per event.
///
/// Whole days are all-day events (`DTSTART;VALUE=DATE`), so an imprecise time (`2021`, `August`) becomes a
/// multi-day span; a time of day is a floating local date-time (the text gives no zone). An event with an open
/// end (`before August`) is drawn over its time's own interval, and its summary says the relation.
/// Lines end in CRLF and are folded at 75 octets; text values are escaped.
public struct ICalendar: Sendable {
    /// `DTSTAMP` for every event: when the file was made, UTC, `YYYYMMDDTHHMMSSZ`.
    public var stamp: String
    /// The domain part of each `UID` (`event-3-doc-1@HOST`).
    public var host: String

    public init(stamp: String, host: String = "timelined.local") {
        self.stamp = stamp
        self.host = host
    }

    /// The whole calendar. Events whose dates cannot be written (outside years 1–9999) are left out.
    public func render(_ events: [EventRecord]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timelined//timelinectl//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:timelined",
        ]
        for event in events { lines += vevent(event) ?? [] }
        lines.append("END:VCALENDAR")
        return lines.map { Self.fold($0) + "\r\n" }.joined()
    }

    /// The `VEVENT` lines of one event, unfolded; `nil` when its dates cannot be written.
    public func vevent(_ event: EventRecord) -> [String]? {
        let open = event.start == nil || event.end == nil
        guard let start = WireDate(open ? event.time.start : event.start ?? ""),
            let end = WireDate(open ? event.time.end : event.end ?? ""),
            (1...9999).contains(start.year), (1...9999).contains(end.year), start < end
        else { return nil }
        let relation = DateLabel.of(event)
        var summary = ExtentLabel.summary(event)
        if open, event.relation != "ON" {
            summary = relation.prefix(1).uppercased() + relation.dropFirst() + ": " + summary
        }
        var description = event.sentence.text
        description += "\n\nWhen: \(relation) (\"\(event.time.text)\", \(event.time.value))"
        if let extent = event.extent {
            description += "\nExtent: \(ExtentLabel.of(extent)) (\"\(extent.expression)\", \(extent.value))"
        }
        description +=
            "\nSource: \(TimelineText.label(event.document)) (\(event.document.name)), published "
            + event.document.published
        return [
            "BEGIN:VEVENT",
            "UID:event-\(event.id)-doc-\(event.document.id)@\(host)",
            "DTSTAMP:\(stamp)",
            Self.property("DTSTART", start),
            Self.property("DTEND", end),
            "SUMMARY:" + Self.escape(summary),
            "DESCRIPTION:" + Self.escape(description),
            "CATEGORIES:" + Self.escape(event.relation),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    /// `DTSTART;VALUE=DATE:20210801` for a day, `DTSTART:20220331T100000` for a time.
    static func property(_ name: String, _ date: WireDate) -> String {
        let day = WireDate.padded(date.year, 4) + WireDate.padded(date.month, 2) + WireDate.padded(date.day, 2)
        guard date.hasTime else { return "\(name);VALUE=DATE:\(day)" }
        return "\(name):\(day)T" + WireDate.padded(date.hour ?? 0, 2) + WireDate.padded(date.minute ?? 0, 2)
            + WireDate.padded(date.second ?? 0, 2)
    }

    /// A TEXT value escaped as RFC 5545 §3.3.11 says: `\\`, `\;`, `\,`, `\n`; CR dropped, other controls as spaces.
    public static func escape(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r":
                if pending != "\n" { result += "\\n" }
            case "\n", "\u{2028}", "\u{2029}": result += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A content line folded so no line is longer than 75 octets: CRLF and a space before each continuation,
    /// never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result
    }
}
