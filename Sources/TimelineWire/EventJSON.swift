import TimelineCore

/// Event pages as JSON bytes, written by hand: the bytes `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes` (keys in order, absent optionals left out), about ten times faster.
///
/// The daemon's hot path: a page of 100 events is about 55 KB. `EventJSONTests` compares the two writers.
///
///     var bytes: [UInt8] = []
///     EventJSON.append(page, to: &bytes)
public enum EventJSON {
    /// Appends `page` as a JSON object: `{"events":[…],"nextCursor":"…"}`.
    public static func append(_ page: EventPage, to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + 600 * page.events.count + 64)
        bytes += pageOpening
        for (index, event) in page.events.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(event, to: &bytes)
        }
        closePage(nextCursor: page.nextCursor, to: &bytes)
    }

    /// The bytes a page starts with, before its events' objects (separated by commas).
    public static let pageOpening: [UInt8] = Array(#"{"events":["#.utf8)

    /// Ends a page after its events' objects: the list closed, then the next page's cursor when there is one.
    public static func closePage(nextCursor: String?, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "]"))
        if let nextCursor {
            bytes += #","nextCursor":"#.utf8
            string(nextCursor, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends `event` as a JSON object, keys sorted.
    public static func append(_ event: EventRecord, to bytes: inout [UInt8]) {
        key("aspect", first: true, &bytes)
        string(event.aspect, to: &bytes)
        key("datedByPublication", &bytes)
        bytes += (event.datedByPublication ? "true" : "false").utf8
        key("document", &bytes)
        append(event.document, to: &bytes)
        if let end = event.end {
            key("end", &bytes)
            string(end, to: &bytes)
        }
        if let extent = event.extent {
            key("extent", &bytes)
            append(extent, to: &bytes)
        }
        key("id", &bytes)
        integer(event.id, to: &bytes)
        if let modality = event.modality {
            key("modality", &bytes)
            string(modality, to: &bytes)
        }
        key("polarity", &bytes)
        string(event.polarity, to: &bytes)
        key("relation", &bytes)
        string(event.relation, to: &bytes)
        key("sentence", &bytes)
        append(event.sentence, to: &bytes)
        if let start = event.start {
            key("start", &bytes)
            string(start, to: &bytes)
        }
        key("summary", &bytes)
        string(event.summary, to: &bytes)
        key("tense", &bytes)
        string(event.tense, to: &bytes)
        key("time", &bytes)
        append(event.time, to: &bytes)
        key("trigger", &bytes)
        append(event.trigger, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    static func append(_ document: DocumentRef, to bytes: inout [UInt8]) {
        key("id", first: true, &bytes)
        integer(document.id, to: &bytes)
        key("name", &bytes)
        string(document.name, to: &bytes)
        key("published", &bytes)
        string(document.published, to: &bytes)
        if let title = document.title {
            key("title", &bytes)
            string(title, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    static func append(_ time: EventTime, to bytes: inout [UInt8]) {
        key("end", first: true, &bytes)
        string(time.end, to: &bytes)
        key("granularity", &bytes)
        string(time.granularity, to: &bytes)
        key("offsets", &bytes)
        key("end", first: true, &bytes)
        integer(Int64(time.offsets.end), to: &bytes)
        key("start", &bytes)
        integer(Int64(time.offsets.start), to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        key("start", &bytes)
        string(time.start, to: &bytes)
        key("text", &bytes)
        string(time.text, to: &bytes)
        key("type", &bytes)
        string(time.type, to: &bytes)
        key("value", &bytes)
        string(time.value, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    static func append(_ extent: EventExtentRecord, to bytes: inout [UInt8]) {
        key("end", first: true, &bytes)
        integer(Int64(extent.end), to: &bytes)
        key("expression", &bytes)
        string(extent.expression, to: &bytes)
        if let freq = extent.freq {
            key("freq", &bytes)
            string(freq, to: &bytes)
        }
        if let quant = extent.quant {
            key("quant", &bytes)
            string(quant, to: &bytes)
        }
        key("relation", &bytes)
        string(extent.relation, to: &bytes)
        key("start", &bytes)
        integer(Int64(extent.start), to: &bytes)
        key("timex", &bytes)
        string(extent.timex, to: &bytes)
        key("type", &bytes)
        string(extent.type, to: &bytes)
        key("value", &bytes)
        string(extent.value, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    static func append(_ span: TextSpan, to bytes: inout [UInt8]) {
        key("end", first: true, &bytes)
        integer(Int64(span.end), to: &bytes)
        key("start", &bytes)
        integer(Int64(span.start), to: &bytes)
        key("text", &bytes)
        string(span.text, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `{"name":` for the first key of an object, `,"name":` for the others.
    private static func key(_ name: StaticString, first: Bool = false, _ bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: first ? "{" : ","))
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes += $0 }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Decimal digits (a small string: no allocation).
    static func integer(_ value: Int64, to bytes: inout [UInt8]) {
        bytes += String(value).utf8
    }

    /// Appends `value` as a JSON string: `"`, `\` and control characters escaped as `JSONEncoder` escapes
    /// them (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX`), everything else as its UTF-8 bytes.
    public static func string(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var clean = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes += UnsafeBufferPointer(rebasing: utf8[clean..<index])
                escape(byte, to: &bytes)
                clean = index + 1
            }
            bytes += UnsafeBufferPointer(rebasing: utf8[clean...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes += [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)],
            ]
        }
    }
}
