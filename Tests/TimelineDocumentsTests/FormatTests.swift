import Testing
import TimelineCore
import TimelineDocuments

let fixtureExpectations: [Expected] = [
    Expected(
        file: "text-header.txt", format: .text, title: "Dam operator warns of spring flooding along the Vakhsh",
        date: "2022-03-31", source: .header, bodyStart: "Engineers at the Nurek reservoir"),
    Expected(
        file: "dateline-reuters.txt", format: .text, title: nil, date: "2022-03-31", source: .dateline,
        bodyStart: "MOSCOW, March 31 (Reuters) - Russia"),
    Expected(
        file: "dateline-written.txt", format: .text, title: nil, date: "2022-03-31", source: .dateline,
        bodyStart: "March 31, 2022 — The regional"),
    Expected(
        file: "dateline-updated.txt", format: .text, title: nil, date: "2022-03-31", source: .dateline,
        time: "2022-03-31T10:00:00Z", bodyStart: "Grain exports resume"),
    Expected(
        file: "dateline-city-year.txt", format: .text, title: nil, date: "2021-08-15", source: .dateline,
        bodyStart: "KABUL, Afghanistan"),
    Expected(
        file: "dateline-published.txt", format: .text, title: nil, date: "2023-02-14", source: .dateline,
        bodyStart: "Published on 14 February 2023"),
    Expected(
        file: "article.md", format: .markdown, title: "Rail link to the coast reopens after storm repairs",
        date: "2022-03-31", source: .metadata, time: "2022-03-31T10:00:00+02:00",
        bodyStart: "  Rail link to the coast reopens\n\nThe   coastal line   reopened on  Thursday morning ",
        bodyContains: [" 24 February ", "  Trains run hourly"], bodyLacks: ["2021/11/02", "2019-06-01", "**", "#"]),
    Expected(
        file: "feed.json", index: 0, format: .json, title: "Port strike ends after nine days", date: "2022-03-30",
        source: .metadata, time: "2022-03-30T18:45:00-05:00", bodyStart: "Dock workers voted on Wednesday"),
    Expected(
        file: "feed.json", index: 1, format: .json, title: "Council delays vote on bus fares", date: "2022-03-31",
        source: .metadata, bodyStart: "The city council postponed", bodyContains: ["\nA decision"]),
    Expected(
        file: "single.json", format: .json, title: "Wheat harvest forecast raised", date: "2022-03-31",
        source: .metadata, bodyStart: "The agriculture ministry raised its forecast on Thursday.\n\nLast year’s",
        bodyLacks: ["<p>", "&rsquo;"]),
    Expected(
        file: "wire.ndjson", index: 0, format: .ndjson, title: "Power restored in the north", date: "2022-03-31",
        source: .metadata, time: "2022-03-31T10:00:00Z", bodyStart: "Electricity returned"),
    Expected(
        file: "wire.ndjson", index: 1, format: .ndjson, title: "Airport reopens", date: "2022-03-31",
        source: .metadata, bodyStart: "Flights resumed"),
    Expected(
        file: "wire.ndjson", index: 2, format: .ndjson, title: "Ferry service cut", date: "2022-03-30",
        source: .dateline, bodyStart: "KIEL, March 30 (dpa)"),
    Expected(
        file: "page.html", format: .html, title: "Museum reopens after a three-year renovation", date: "2022-03-31",
        source: .metadata, time: "2022-03-31T08:30:00+01:00",
        bodyStart:
            "Museum reopens after a three\u{2011}year renovation\n\nThe city museum reopened its doors on Thursday,",
        bodyContains: [
            "roof & the east wing.", "7\u{A0}a.m.", "— maps of the harbour from 1850 to 1900 —",
            "September.\nEntry is free in April.",
        ],
        bodyLacks: ["Related", "News", "©", "dataLayer", "font-family", "Today"]),
    Expected(
        file: "page-jsonld.html", format: .html, title: "Bridge tolls to rise", date: "2022-03-31", source: .metadata,
        time: "2022-03-31T06:00:00Z", bodyStart: "Tolls on the river bridge", bodyContains: ["The last increase"],
        bodyLacks: ["trackPageView", "@graph"]),
    Expected(
        file: "letter.eml", format: .email, title: "Morning briefing: café owners protest rent rise",
        date: "2022-03-31",
        source: .header, time: "2022-03-31T10:00:00+03:00",
        bodyStart: "Café owners marched to the town hall on Wednesday to protest a rent rise that takes effect",
        bodyContains: ["\n\nThe council last raised"], bodyLacks: ["HTML VERSION", "\r", "=C3"]),
    Expected(
        file: "newsletter.eml", format: .email, title: "Haushalt beschlossen: Grünes Licht", date: "2022-03-30",
        source: .header, time: "2022-03-30T17:45:00Z",
        bodyStart: "Der Stadtrat hat am Mittwoch den Haushalt für 2023 beschlossen.\n\n„Ein guter Tag“"),
    Expected(
        file: "nested.eml", format: .email, title: "Quarterly results", date: "2022-04-01", source: .header,
        time: "2022-04-01T07:15:00-04:00", bodyStart: "Revenue rose 12 percent in the first quarter",
        bodyLacks: ["ATTACHMENT", "<p>"]),
]

@Test(arguments: fixtureExpectations)
func fixtureDocumentsRead(expected: Expected) throws {
    let documents = try Fixtures.readAll(expected.file)
    try #require(documents.count > expected.index)
    let document = documents[expected.index]
    #expect(document.format == expected.format)
    #expect(document.title == expected.title)
    #expect(document.publicationDate.description == expected.date)
    #expect(document.dctSource == expected.source)
    #expect(document.publicationTime == expected.time)
    #expect(document.body.hasPrefix(expected.bodyStart), "\(document.body.prefix(200).debugDescription)")
    for part in expected.bodyContains { #expect(document.body.contains(part), "\(part.debugDescription)") }
    for part in expected.bodyLacks { #expect(!document.body.contains(part), "\(part.debugDescription)") }
}

@Test(arguments: [("feed.json", 2), ("wire.ndjson", 3)])
func multiArticleFilesNameEachArticle(file: String, count: Int) throws {
    let documents = try Fixtures.readAll(file)
    #expect(documents.map(\.name) == (1...count).map { "\(file)#\($0)" })
    #expect(throws: DocumentError.self) {
        try DocumentReader.read(bytes: Fixtures.bytes(file), name: file, modificationDate: april2)
    }
}

@Test func markdownMaskKeepsEveryOffset() throws {
    let documents = try Fixtures.readAll("article.md")
    let stored = String(decoding: try Fixtures.bytes("article.md"), as: UTF8.self)
    let afterFrontMatter = stored.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
    #expect(documents[0].body.unicodeScalars.count == afterFrontMatter.unicodeScalars.count)
    let range = try #require(afterFrontMatter.range(of: "Thursday morning"))
    let offset = afterFrontMatter.unicodeScalars.distance(
        from: afterFrontMatter.unicodeScalars.startIndex, to: range.lowerBound)
    let body = Array(documents[0].body.unicodeScalars)
    #expect(String(String.UnicodeScalarView(body[offset..<offset + 16])) == "Thursday morning")
}

@Test func sidecarOverridesDateAndTitle() throws {
    let sidecar = try Sidecar.parse(
        bytes: Array("# set by the editor\ndate = \"2022-03-29T12:00:00+03:00\"\ntitle = 'Edited title'\n".utf8))
    #expect(sidecar.time == "2022-03-29T12:00:00+03:00")
    let documents = try DocumentReader.readAll(
        bytes: Fixtures.bytes("text-header.txt"), name: "text-header.txt", modificationDate: april2, sidecar: sidecar)
    #expect(documents[0].publicationDate == CalendarDate(year: 2022, month: 3, day: 29))
    #expect(documents[0].dctSource == .sidecar)
    #expect(documents[0].title == "Edited title")
    let colonForm = try Sidecar.parse(bytes: Array("Date: 31 March 2022\r\nSource: Wire\r\n".utf8))
    #expect(colonForm.date == march31 && colonForm.source == "Wire" && colonForm.time == nil)
    #expect(throws: DocumentError.self) { try Sidecar.parse(bytes: Array("date = soon\n".utf8)) }
}

@Test func explicitDateWinsOverMetadataAndDateline() throws {
    let explicit = CalendarDate(year: 2020, month: 1, day: 1)
    for file in ["article.md", "page.html", "dateline-reuters.txt", "letter.eml"] {
        let document = try Fixtures.readAll(file, explicit: explicit)[0]
        #expect(document.publicationDate == explicit && document.dctSource == .explicit, "\(file)")
    }
}

@Test(arguments: [
    ("MOSCOW, March 31 (Reuters) - x", "2022-03-31"), ("WASHINGTON, Dec. 30 (AP) — x", "2021-12-30"),
    ("PARIS, April 5 - x", "2021-04-05"), ("PARIS, April 3 - x", "2022-04-03"),
    ("LONDON (Reuters) - no date", "2022-04-02"),
    ("Posted: Thu, 31 Mar 2022 09:15:00 GMT\n\nx", "2022-03-31"), ("31 March 2022 – x", "2022-03-31"),
    ("Line one\nLine two\nLine three\nLine four\nLine five\nLine six\nMarch 1, 2022 — too late", "2022-04-02"),
    ("The talks of March 31, 2022 - a summary", "2022-04-02"),
])
func datelineStyles(text: String, expected: String) throws {
    let document = try read(text)
    #expect(document.publicationDate.description == expected)
    #expect(document.dctSource == (expected == "2022-04-02" ? .mtime : .dateline))
}

@Test func forcedFormatOverridesSniffing() throws {
    let page = try Fixtures.bytes("page.html")
    let asText = try DocumentReader.readAll(bytes: page, name: "page.html", modificationDate: april2, format: .text)
    #expect(asText[0].format == .text)
    #expect(asText[0].body.contains("<"))
    let sniffed = try DocumentReader.readAll(bytes: page, name: "page.html", modificationDate: april2)
    #expect(sniffed[0].format == .html)
    #expect(!sniffed[0].body.contains("<"))
}
