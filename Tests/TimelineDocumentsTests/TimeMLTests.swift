import Foundation
import Testing
import TimelineCore
import TimelineDocuments

let sampleTimeML = """
    <?xml version="1.0" ?>\r
    <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\r
    <DOCID>X</DOCID>
    <DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" functionInDocument="CREATION_TIME">Nov 20</TIMEX3></DCT>
    <TITLE>  A &amp; B
      title </TITLE>
    <EXTRAINFO>wire &amp;Cx1f; codes\r</EXTRAINFO>
    <TEXT>\r
    Prices <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-10">last month</TIMEX3>\r
    &lt;b&gt; &#233;&#xE9; &quot;q&quot; &apos;a&apos; &#13; <!-- note --><![CDATA[<raw> & ]]>\r\r<EMPTY/>end
    </TEXT>
    </TimeML>
    """

@Test func timeMLBodyTitleAndDCT() throws {
    let document = try DocumentReader.read(bytes: Array(sampleTimeML.utf8), name: "x.tml", modificationDate: april2)
    #expect(document.body == "\nPrices rose last month\n<b> éé \"q\" 'a' \r <raw> & \n\nend\n")
    #expect(document.title == "A & B title")
    #expect(document.publicationDate == CalendarDate(year: 1998, month: 11, day: 20))
    #expect(document.dctSource == .timeml)
}

@Test func timeMLIsRecognisedByContent() throws {
    let document = try DocumentReader.read(bytes: Array(sampleTimeML.utf8), name: "upload", modificationDate: april2)
    #expect(document.dctSource == .timeml)
}

@Test func timeMLWithoutDCTFallsBackToFileName() throws {
    let text = "<TimeML><TEXT>Body</TEXT></TimeML>"
    let document = try DocumentReader.read(bytes: Array(text.utf8), name: "20200102.tml", modificationDate: april2)
    #expect(document.body == "Body")
    #expect(document.dctSource == .filename)
}

@Test(arguments: ["<TimeML><DOCID>x</DOCID></TimeML>", "<TimeML><TEXT>never closed</TimeML>"])
func timeMLWithoutTextIsAnError(text: String) {
    #expect(throws: DocumentError.self) {
        try DocumentReader.read(bytes: Array(text.utf8), name: "x.tml", modificationDate: april2)
    }
}

/// Every corpus file reads to exactly the text `tml2txt.py` writes, with the same DCT.
///
/// The expectation is generated at test time: one `python3 tml2txt.py CORPUS -o TMP` run through
/// `Foundation.Process`, not a checked-in fixture, so it follows the tool if it changes.
@Test func corpusBodiesMatchTml2txt() throws {
    let shared = try SharedFiles.folder()
    let corpus = shared.appendingPathComponent("corpora/tbaq")
    let tool = shared.appendingPathComponent("tools/tml2txt.py")
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("tml2txt-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", tool.path, corpus.path, "-o", output.path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "tml2txt.py failed with status \(process.terminationStatus)")

    let files = try tmlFiles(in: corpus)
    try #require(files.count == 256, "expected the 256 TBAQ documents, found \(files.count)")
    for file in files {
        let name = file.lastPathComponent
        let expected = try String(
            contentsOf: output.appendingPathComponent(String(name.dropLast(4)) + ".txt"), encoding: .utf8)
        let parts = expected.split(separator: "\n\n", maxSplits: 1, omittingEmptySubsequences: false)
        try #require(parts.count == 2, "\(name): no header in tml2txt output")
        let document = try DocumentReader.read(
            bytes: Array(try Data(contentsOf: file)), name: name, modificationDate: april2)
        #expect(document.body == String(parts[1]), "\(name): body differs")
        #expect("Date: \(document.publicationDate)" == String(parts[0]), "\(name): DCT differs")
        #expect(document.dctSource == .timeml, "\(name)")
    }
}

private func tmlFiles(in folder: URL) throws -> [URL] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
        if url.pathExtension == "tml" && !url.lastPathComponent.hasPrefix("._") { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
}
