import Foundation
import Testing
import TimelineViews
import TimelineWire

/// The iCalendar writer, checked by a reader written from RFC 5545 alone (it shares no code with the writer).
struct ICalendarTests {
    /// A content line after unfolding: name, parameters, raw value.
    struct ContentLine {
        var name: String
        var parameters: [String: String]
        var value: String
    }

    /// A component: its properties and sub-components.
    final class Component {
        let name: String
        var properties: [ContentLine] = []
        var children: [Component] = []
        init(name: String) { self.name = name }
        func first(_ name: String) -> ContentLine? { properties.first { $0.name == name } }
    }

    /// Checks the physical lines (CRLF, ≤ 75 octets, valid UTF-8 each), unfolds, and builds the component tree.
    static func parse(_ bytes: [UInt8]) throws -> Component {
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                try #require(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "CR without LF at \(index)")
                physical.append(current)
                current = []
                index += 2
                continue
            }
            try #require(bytes[index] != 0x0A, "bare LF at \(index)")
            current.append(bytes[index])
            index += 1
        }
        try #require(current.isEmpty, "the last line does not end in CRLF")
        var logical: [String] = []
        for line in physical {
            try #require(line.count <= 75, "a line of \(line.count) octets")
            let text = try #require(String(validating: line, as: UTF8.self), "a fold split a UTF-8 sequence")
            if line.first == 0x20 || line.first == 0x09 {
                try #require(!logical.isEmpty)
                logical[logical.count - 1] += String(text.dropFirst())
            } else {
                logical.append(text)
            }
        }
        var stack: [Component] = [Component(name: "")]
        for text in logical {
            let line = try contentLine(text)
            if line.name == "BEGIN" {
                let child = Component(name: line.value)
                stack.last!.children.append(child)
                stack.append(child)
            } else if line.name == "END" {
                try #require(stack.count > 1 && stack.last!.name == line.value, "END:\(line.value) out of order")
                stack.removeLast()
            } else {
                stack.last!.properties.append(line)
            }
        }
        try #require(stack.count == 1, "unclosed \(stack.last!.name)")
        return try #require(stack[0].children.first)
    }

    /// `NAME;PARAM=VALUE:value` (the first unquoted `:` ends the name and parameters).
    static func contentLine(_ text: String) throws -> ContentLine {
        var inQuotes = false
        var colon: String.Index?
        for index in text.indices {
            if text[index] == "\"" { inQuotes.toggle() }
            if text[index] == ":" && !inQuotes {
                colon = index
                break
            }
        }
        let split = try #require(colon, "no ':' in \(text)")
        let head = text[..<split].split(separator: ";").map(String.init)
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            try #require(pair.count == 2)
            parameters[pair[0]] = pair[1]
        }
        let name = try #require(head.first)
        try #require(name.allSatisfy { $0.isLetter && $0.isUppercase || $0 == "-" }, "bad name \(name)")
        return ContentLine(name: name, parameters: parameters, value: String(text[text.index(after: split)...]))
    }

    /// A TEXT value unescaped; fails on an escape RFC 5545 does not define or an unescaped `,` or `;`.
    static func unescape(_ value: String) throws -> String {
        var result = ""
        var escaped = false
        for character in value {
            if escaped {
                switch character {
                case "n", "N": result.append("\n")
                case "\\", ";", ",": result.append(character)
                default: Issue.record("undefined escape \\\(character)")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                #expect(character != "," && character != ";", "unescaped \(character) in \(value)")
                result.append(character)
            }
        }
        #expect(!escaped)
        return result
    }

    static let calendar = ICalendar(stamp: "20260130T012700Z").render(SampleEvents.all)

    @Test func structureAndRequiredProperties() throws {
        let root = try Self.parse(Array(Self.calendar.utf8))
        #expect(root.name == "VCALENDAR")
        #expect(root.first("VERSION")?.value == "2.0")
        #expect(root.first("PRODID") != nil)
        let events = root.children.filter { $0.name == "VEVENT" }
        #expect(events.count == SampleEvents.all.count)
        var uids: Set<String> = []
        for event in events {
            let uid = try #require(event.first("UID")?.value)
            #expect(uids.insert(uid).inserted, "duplicate UID \(uid)")
            #expect(event.first("DTSTAMP")?.value == "20260130T012700Z")
            let start = try #require(event.first("DTSTART"))
            let end = try #require(event.first("DTEND"))
            #expect(start.parameters["VALUE"] == end.parameters["VALUE"])
            if start.parameters["VALUE"] == "DATE" {
                #expect(start.value.count == 8 && start.value.allSatisfy(\.isNumber))
            } else {
                #expect(start.value.count == 15 && start.value.dropFirst(8).first == "T")
            }
            #expect(start.value < end.value)
            #expect(try Self.unescape(try #require(event.first("SUMMARY")).value).isEmpty == false)
        }
    }

    @Test func imprecisePeriodsAreAllDaySpans() throws {
        let events = try Self.parse(Array(Self.calendar.utf8)).children
        func dates(_ id: Int) throws -> (String, String, String?) {
            let event = try #require(events.first { $0.first("UID")?.value.hasPrefix("event-\(id)-") == true })
            return (
                event.first("DTSTART")!.value, event.first("DTEND")!.value, event.first("DTSTART")!.parameters["VALUE"]
            )
        }
        #expect(try dates(1) == ("19900101", "20000101", "DATE"))  // the 1990s
        #expect(try dates(2) == ("20210101", "20220101", "DATE"))  // 2021
        #expect(try dates(3) == ("20210101", "20220401", "DATE"))  // since 2021, up to the publication day
        #expect(try dates(4) == ("20210801", "20210901", "DATE"))  // August 2021
        #expect(try dates(6) == ("20220215", "20220216", "DATE"))  // one day
        #expect(try dates(7) == ("20220331T100000", "20220331T100100", nil))  // a time, floating
    }

    @Test func textIsEscapedAndFoldedAndReadsBack() throws {
        let events = try Self.parse(Array(Self.calendar.utf8)).children
        let seized = try #require(events.first { $0.first("UID")?.value.hasPrefix("event-4-") == true })
        let description = try Self.unescape(try #require(seized.first("DESCRIPTION")).value)
        #expect(description.hasPrefix(SampleEvents.all[3].sentence.text + "\n\n"))
        #expect(
            description.contains("Source: Russia accredits Taliban envoy, warns of extremists crossing Central Asia"))
        #expect(description.contains("published 2022-03-31"))
        // The open-ended event is drawn over its time, and says so.
        let before = try #require(events.first { $0.first("UID")?.value.hasPrefix("event-5-") == true })
        #expect(try Self.unescape(before.first("SUMMARY")!.value) == "Before Aug 2021 (1–31 Aug): talks failed")
    }

    @Test(arguments: [
        String(repeating: "é", count: 100), String(repeating: "🙂", count: 40), String(repeating: "a", count: 300),
        "line one\r\nline two; three, four \\ five",
    ])
    func foldingKeepsEveryScalar(text: String) throws {
        let event = SampleEvents.event(
            1, value: "2021", granularity: "year", start: "2021-01-01", end: "2022-01-01", summary: text)
        let calendar = ICalendar(stamp: "20260130T012700Z").render([event])
        let root = try Self.parse(Array(calendar.utf8))
        let summary = try #require(root.children.first?.first("SUMMARY"))
        #expect(try Self.unescape(summary.value) == text.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test func datesOutsideWhatICalendarWritesAreLeftOut() {
        let ancient = SampleEvents.event(
            1, value: "-0044", granularity: "year", start: "-0044-01-01", end: "-0043-01-01", summary: "Caesar")
        #expect(ICalendar(stamp: "20260130T012700Z").vevent(ancient) == nil)
    }
}
