import Testing
import TimelineCore
import TimelineDocuments

let encodedText = "Date: 2022-03-31\r\nTitle: Zürich – “quoted”\r\n\r\nCafé 🇨🇭 opened.\r\nSecond line."

/// UTF-16 code units with a byte order mark.
func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        bytes += bigEndian ? pair : pair.reversed()
    }
    return bytes
}

@Test(
    arguments: [
        (utf16Bytes(encodedText, bigEndian: false), "utf-16le"), (utf16Bytes(encodedText, bigEndian: true), "utf-16be"),
        ([0xEF, 0xBB, 0xBF] + Array(encodedText.utf8), "utf-8"), (Array(encodedText.utf8), "utf-8"),
    ] as [([UInt8], String)])
func encodingsWithByteOrderMarks(bytes: [UInt8], encoding: String) throws {
    let document = try DocumentReader.read(bytes: bytes, name: "note.txt", modificationDate: april2)
    #expect(document.encoding == encoding)
    #expect(document.title == "Zürich – “quoted”")
    #expect(document.publicationDate == march31)
    // Line ends are kept as stored, so offsets are into the text as stored.
    #expect(document.body == "Café 🇨🇭 opened.\r\nSecond line.")
}

@Test func latin1FallbackKeepsTheHeader() throws {
    let bytes: [UInt8] =
        Array("Title: Caf".utf8) + [0xE9] + Array("\nDate: 31 Mar 2022\n\nNa".utf8) + [0xEF, 0x76, 0x65]
    let document = try DocumentReader.read(bytes: bytes, name: "x.txt", modificationDate: april2)
    #expect(document.encoding == "windows-1252")
    #expect(document.title == "Café")
    #expect(document.body == "Naïve")
}

@Test(arguments: ["Line one\rLine two\rMOSCOW", "Line one\r\nLine two\r\n"])
func crAndCRLFBodiesAreKeptAsStored(text: String) throws {
    let document = try read(text)
    #expect(document.body == text)
}

@Test func markdownWithCRLFFrontMatter() throws {
    let text = "---\r\ntitle: T\r\ndate: 2022-03-31\r\n---\r\nBody **bold**\r\n"
    let document = try read(text, name: "a.md")
    #expect(document.title == "T")
    #expect(document.publicationDate == march31)
    #expect(document.body == "Body   bold  \r\n")
}
