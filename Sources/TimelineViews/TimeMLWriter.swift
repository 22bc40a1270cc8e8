import TimelineCore
public import TimelineWire

/// One stored document as TimeML: its body in `<TEXT>` with `TIMEX3` and `EVENT` tags, a `MAKEINSTANCE` per
/// event and a `TLINK` from each event to the time that dates it, and from each measured event to its extent (the
/// duration or set: `DURING`, or `AFTER`/`BEFORE`/`BEGUN_BY` from its signal).
///
/// The text inside `<TEXT>` is the body exactly, so offsets read back as `te3score.py` and `anchorscore.py` read
/// them (Unicode code points): `&`, `<`, `>` are escaped and every CR is written `&#13;`, which an XML parser keeps
/// (a literal CR would be folded into the next LF). A tag that would cross another is left out.
public enum TimeMLWriter {
    /// The TimeML file of `detail`, whose `body` must be set.
    public static func render(_ detail: DocumentDetail) -> String {
        let body = Array((detail.body ?? "").unicodeScalars)
        let document = detail.document
        var tags: [Tag] = detail.timexes.map { timex in
            var attributes = [("tid", timex.id), ("type", timex.type), ("value", timex.value)]
            if let mod = timex.mod { attributes.append(("mod", mod)) }
            if let quant = timex.quant { attributes.append(("quant", quant)) }
            if let freq = timex.freq { attributes.append(("freq", freq)) }
            if let anchor = timex.anchor { attributes.append(("anchorTimeID", anchor == "DCT" ? dctID : anchor)) }
            attributes.append(("functionInDocument", "NONE"))
            return Tag(name: "TIMEX3", start: timex.start, end: timex.end, attributes: attributes)
        }
        // One EVENT per trigger span; each event record becomes an instance and a link.
        var eventIDs: [Offsets: String] = [:]
        var links: [String] = []
        var instances: [String] = []
        func eventID(_ trigger: TextSpan) -> String {
            let span = Offsets(start: trigger.start, end: trigger.end)
            if let known = eventIDs[span] { return known }
            let eventID = "e\(eventIDs.count + 1)"
            eventIDs[span] = eventID
            tags.append(
                Tag(
                    name: "EVENT", start: span.start, end: span.end,
                    attributes: [("eid", eventID), ("class", "OCCURRENCE")]))
            return eventID
        }
        func link(_ trigger: TextSpan, relType: String, timexID: String) {
            let eventID = eventID(trigger)
            let instance = "ei\(instances.count + 1)"
            instances.append(
                #"<MAKEINSTANCE eventID="\#(eventID)" eiid="\#(instance)" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN"/>"#
            )
            links.append(
                #"<TLINK lid="l\#(links.count + 1)" relType="\#(relType)" eventInstanceID="\#(instance)" relatedToTime="\#(timexID)"/>"#
            )
        }
        for event in detail.events {
            _ = eventID(event.trigger)
            if let timex = detail.timexes.first(where: {
                $0.start == event.time.offsets.start && $0.end == event.time.offsets.end
            }) {
                link(event.trigger, relType: relType(event.relation), timexID: timex.id)
            }
        }
        // Every extent of the document (also those of events without a date), or, from a detail without that
        // list, those its events carry.
        let extents =
            detail.extents
            ?? detail.events.compactMap { event in
                event.extent.map { DocumentExtent(trigger: event.trigger, extent: $0) }
            }
        var linked = Set<[Int]>()
        for measured in extents where detail.timexes.contains(where: { $0.id == measured.extent.timex }) {
            guard linked.insert([measured.trigger.start, measured.extent.start]).inserted else { continue }
            let relation = measured.extent.relation
            link(
                measured.trigger, relType: relation == "ON" ? "DURING" : relType(relation),
                timexID: measured.extent.timex)
        }
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n"
        text += "<DOCID>\(escape(document.name))</DOCID>\n"
        text += "<DCT><TIMEX3 tid=\"\(dctID)\" type=\"DATE\" value=\"\(escape(document.published))\" "
        text +=
            "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">\(escape(document.published))</TIMEX3></DCT>\n"
        if let title = document.title { text += "<TITLE>\(escape(title))</TITLE>\n" }
        text += "<TEXT>" + tagged(body, tags: nested(tags, length: body.count)) + "</TEXT>\n"
        for line in instances + links { text += line + "\n" }
        return text + "</TimeML>\n"
    }

    /// The DCT's id; stored expressions are `t1`, `t2`, …
    static let dctID = "t0"

    /// Our relation as a TimeML `relType` of the event to its time.
    static func relType(_ relation: String) -> String {
        switch relation {
        case "BEFORE": return "BEFORE"
        case "AFTER": return "AFTER"
        case "BEGINS": return "BEGUN_BY"
        case "ENDS": return "ENDED_BY"
        default: return "IS_INCLUDED"
        }
    }

    struct Tag {
        var name: String
        var start: Int
        var end: Int
        var attributes: [(String, String)]
    }

    /// Tags in document order (outer before inner), without empty or out-of-range ones or any that cross one kept.
    static func nested(_ tags: [Tag], length: Int) -> [Tag] {
        let ordered = tags.filter { $0.start >= 0 && $0.start < $0.end && $0.end <= length }
            .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var kept: [Tag] = []
        for tag in ordered {
            let crosses = kept.contains { $0.start < tag.start && tag.start < $0.end && $0.end < tag.end }
            let same = kept.contains { $0.start == tag.start && $0.end == tag.end && $0.name == tag.name }
            if !crosses && !same { kept.append(tag) }
        }
        return kept
    }

    /// The body with `tags` (properly nested, in document order) around their spans.
    static func tagged(_ body: [Unicode.Scalar], tags: [Tag]) -> String {
        var result = ""
        var open: [Tag] = []
        var position = 0
        func emit(upTo end: Int) {
            while position < end {
                result += escape(body[position])
                position += 1
            }
        }
        func close(upTo offset: Int) {
            while let last = open.last, last.end <= offset {
                emit(upTo: last.end)
                result += "</\(last.name)>"
                open.removeLast()
            }
        }
        for tag in tags {
            close(upTo: tag.start)
            emit(upTo: tag.start)
            let attributes = tag.attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
            result += "<\(tag.name)\(attributes)>"
            open.append(tag)
        }
        close(upTo: Int.max)
        emit(upTo: body.count)
        return result
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\r": return "&#13;"
        case "\"": return "&quot;"
        default:
            // XML 1.0 forbids most C0 controls even as references; they become spaces (one for one, offsets kept).
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { return " " }
            if scalar.value == 0xFFFE || scalar.value == 0xFFFF { return " " }
            return String(scalar)
        }
    }

    static func escape(_ text: String) -> String { text.unicodeScalars.map(escape).joined() }
}
