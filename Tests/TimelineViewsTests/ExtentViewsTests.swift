import Foundation
import Testing
import TimelineCore
import TimelineViews
import TimelineWire

/// An event's extent (how long, how often) in the views built on the wire records.
struct ExtentViewsTests {
    static func extent(
        _ expression: String, _ value: String, type: String = "DURATION", relation: String = "ON", start: Int = 50,
        timex: String = "t2"
    ) -> EventExtentRecord {
        EventExtentRecord(
            expression: expression, value: value, type: type, relation: relation, start: start,
            end: start + expression.unicodeScalars.count, timex: timex,
            quant: type == "SET" ? "EVERY" : nil)
    }

    static let labelCases: [(EventExtentRecord, String)] = [
        (extent("20 years", "P20Y", relation: "AFTER"), "after 20 years"),
        (extent("three days", "P3D"), "for three days"),
        (extent("a decade", "P10Y", relation: "BEGINS"), "since a decade"),
        (extent("every day", "P1D", type: "SET"), "every day"),
    ]

    @Test(arguments: labelCases)
    func extentsReadWithTheirSignal(_ example: (EventExtentRecord, String)) {
        #expect(ExtentLabel.of(example.0) == example.1)
    }

    @Test func theSummaryCarriesTheExtentAndKeepsItWhenCut() {
        var event = SampleEvents.all[3]
        #expect(ExtentLabel.summary(event) == "the Taliban seized control")
        event.extent = Self.extent("20 years", "P20Y", relation: "AFTER")
        #expect(ExtentLabel.summary(event) == "the Taliban seized control (after 20 years)")
        #expect(TimelineText.fitKeepingNote(ExtentLabel.summary(event), 30) == "the Taliban … (after 20 years)")
        // A note too wide for the room is cut like any text.
        #expect(TimelineText.fitKeepingNote(ExtentLabel.summary(event), 20) == "the Taliban seized …")
        #expect(TimelineText.fitKeepingNote("no note here at all", 10) == "no note h…")
    }

    /// No extent, no key: what older daemons served decodes, and what is served without an extent reads as before.
    @Test func theWireOmitsAnAbsentExtent() throws {
        let plain = SampleEvents.all[3]
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("extent"))
        #expect(try JSONDecoder().decode(EventRecord.self, from: Data(json.utf8)) == plain)
        var measured = plain
        measured.extent = Self.extent("every day", "P1D", type: "SET")
        let encoded = try JSONEncoder().encode(measured)
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""quant":"EVERY""#))
        #expect(try JSONDecoder().decode(EventRecord.self, from: encoded) == measured)
    }

    @Test func iCalendarSaysTheExtent() throws {
        var event = SampleEvents.all[3]
        event.extent = Self.extent("20 years", "P20Y", relation: "AFTER")
        let lines = try #require(ICalendar(stamp: "20220401T000000Z").vevent(event))
        #expect(lines.contains("SUMMARY:the Taliban seized control (after 20 years)"))
        #expect(
            lines.contains {
                $0.hasPrefix("DESCRIPTION:") && $0.contains("\\nExtent: after 20 years (\"20 years\"\\, P20Y)")
            })
    }

    /// Every extent of the document becomes a link, also that of an event with no date (its EVENT tag is written).
    @Test func timeMLLinksEachEventToItsExtent() {
        var detail = TimeMLWriterTests.detail()
        let body = Array((detail.body ?? "").unicodeScalars)
        #expect(body.count > 60)
        let failed = detail.events[0].trigger
        let talks = TextSpan(text: "talks", start: failed.start - 6, end: failed.start - 1)
        detail.timexes.append(
            TimexRecord(
                id: "t3", text: "Reports", start: 0, end: 7, type: "DURATION", value: "PXY", mod: nil, spanStart: nil,
                spanEnd: nil, granularity: nil))
        detail.extents = [
            DocumentExtent(
                trigger: failed, extent: Self.extent("Reports", "PXY", relation: "AFTER", start: 0, timex: "t3")),
            DocumentExtent(trigger: talks, extent: Self.extent("Reports", "PXY", start: 0, timex: "t3")),
        ]
        let xml = TimeMLWriter.render(detail)
        #expect(xml.contains(#"<EVENT eid="e3" class="OCCURRENCE">talks</EVENT>"#), "\(xml)")
        #expect(xml.contains(#"relType="AFTER" eventInstanceID="ei4" relatedToTime="t3""#), "\(xml)")
        #expect(xml.contains(#"relType="DURING" eventInstanceID="ei5" relatedToTime="t3""#), "\(xml)")
        #expect(xml.components(separatedBy: "<TLINK ").count == 6)
    }
}
