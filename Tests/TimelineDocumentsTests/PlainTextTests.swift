import Testing
import TimelineCore
import TimelineDocuments

let april2 = CalendarDate(year: 2022, month: 4, day: 2)
let march31 = CalendarDate(year: 2022, month: 3, day: 31)

func read(_ text: String, name: String = "note.txt", explicit: CalendarDate? = nil) throws(DocumentError) -> Document {
    try DocumentReader.read(bytes: Array(text.utf8), name: name, modificationDate: april2, explicitDate: explicit)
}

@Test func headerFieldsAreReadAndTheBodyIsKeptExactly() throws {
    let text = "Date: 2022-03-31\ntitle: Floods\nSOURCE: Wire\nURL: https://example.org/a?b=c:d\nX-Tag: x\n\n\n  Body "
    let document = try read(text)
    #expect(document.body == "\n  Body ")
    #expect(document.title == "Floods")
    #expect(document.source == "Wire")
    #expect(document.url == "https://example.org/a?b=c:d")
    #expect(document.publicationDate == march31)
    #expect(document.dctSource == .header)
}

@Test func crlfHeaderIsAccepted() throws {
    let document = try read("Title: T\r\nDate: 31 Mar 2022\r\n\r\nLine one\r\nLine two")
    #expect(document.title == "T")
    #expect(document.publicationDate == march31)
    #expect(document.body == "Line one\r\nLine two")
}

@Test func headerOnlyFileHasEmptyBody() throws {
    let document = try read("Title: Only a title\n")
    #expect(document.title == "Only a title")
    #expect(document.body == "")
}

@Test(arguments: [
    "The minister said: nothing.\n\nMore text.",
    "Note: an unknown key first is prose.\n\nMore.",
    "Title: a known key\nbut then a line of prose\n\nMore.",
    "\nTitle: after a blank line\n\nMore.",
    "Plain text without any header.",
])
func proseIsNotTakenForAHeader(text: String) throws {
    let document = try read(text)
    #expect(document.body == text)
    #expect(document.title == nil)
    #expect(document.dctSource == .mtime)
}

@Test(arguments: [
    "2022-03-31", "2022-03-31T10:00:00Z", "2022-03-31T23:30:00-05:00", "March 31, 2022", "Mar 31 2022",
    "31 Mar 2022", "31 March 2022", "Thu, 31 Mar 2022 10:00:00 +0000", "thursday, march 31, 2022",
])
func headerDateForms(value: String) throws {
    let document = try read("Date: \(value)\n\nBody")
    #expect(document.publicationDate == march31)
    #expect(document.dctSource == .header)
}

@Test(arguments: ["yesterday", "2022-02-30", "31/03/2022", "Mar 2022"])
func unreadableHeaderDateIsAnError(value: String) {
    let error = #expect(throws: DocumentError.self) { try read("Date: \(value)\n\nBody") }
    #expect(error?.message.contains("'\(value)'") == true)
}

@Test func explicitDateWinsOverEverything() throws {
    let explicit = CalendarDate(year: 2000, month: 1, day: 2)
    let document = try read("Date: 2022-03-31\n\nBody", name: "2021-01-01-x.txt", explicit: explicit)
    #expect(document.publicationDate == explicit)
    #expect(document.dctSource == .explicit)
}

@Test func headerDateWinsOverFileName() throws {
    let document = try read("Date: 2022-03-31\n\nBody", name: "2021-01-01-x.txt")
    #expect(document.dctSource == .header)
}

@Test(arguments: [
    ("2022-03-31-floods.txt", march31), ("20220331_floods.txt", march31), ("floods-2022-03-31.txt", march31),
    ("floods_2022_03_31.txt", march31), ("NYT19981120.0362.txt", CalendarDate(year: 1998, month: 11, day: 20)),
    ("2022-02-30-not-a-day.txt", april2), ("120220331.txt", april2), ("2022-03_31.txt", april2),
    ("notes.txt", april2),
])
func fileNameDates(name: String, expected: CalendarDate) throws {
    let document = try read("Body", name: name)
    #expect(document.publicationDate == expected)
    #expect(document.dctSource == (expected == april2 ? .mtime : .filename))
}

@Test func emptyFileIsAnEmptyDocument() throws {
    let document = try DocumentReader.read(bytes: [], name: "empty.txt", modificationDate: april2)
    #expect(document.body == "")
    #expect(document.dctSource == .mtime)
}

@Test func byteOrderMarkIsSkipped() throws {
    let document = try DocumentReader.read(
        bytes: [0xEF, 0xBB, 0xBF] + Array("Date: 2022-03-31\n\nBody".utf8), name: "a.txt", modificationDate: april2)
    #expect(document.body == "Body")
    #expect(document.dctSource == .header)
}

@Test(
    arguments: [
        ([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], "café ok", "windows-1252"),  // Latin-1 "café ok"
        ([0x61, 0xC3], "aÃ", "windows-1252"),  // truncated sequence
        ([0x93, 0x51, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35], "\u{201C}Q\u{201D} \u{2013} €5", "windows-1252"),
        ([0xEF, 0xBB, 0xBF, 0x61, 0xFF], "a\u{FFFD}", "utf-8"),  // a UTF-8 byte order mark is believed
    ] as [([UInt8], String, String)])
func invalidUTF8FallsBackToWindows1252(bytes: [UInt8], body: String, encoding: String) throws {
    let document = try DocumentReader.read(bytes: bytes, name: "bad.txt", modificationDate: april2)
    #expect(document.body == body)
    #expect(document.encoding == encoding)
}

@Test(
    arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "PNG image"),
        (Array("text\u{0}more".utf8), "NUL bytes"),
        ([0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x42], "control characters"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "ELF executable"),
        ([0x1F, 0x8B, 0x08, 0x00], "gzip archive"), (Array("%PDF-1.7\n".utf8), "PDF document"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "JPEG image"),
    ] as [([UInt8], String)])
func binaryContentIsRejected(bytes: [UInt8], kind: String) {
    #expect(throws: DocumentError("not text (binary: \(kind))")) {
        try DocumentReader.read(bytes: bytes, name: "image.txt", modificationDate: april2)
    }
}

@Test func nonASCIITextKeepsItsScalars() throws {
    let document = try read("Title: Zürich\n\nCafé 🇨🇭 opened.")
    #expect(document.title == "Zürich")
    #expect(document.body.unicodeScalars.count == 15)  // é is one scalar, a flag two
}
