import Testing
import TimelineCore
import TimelineDocuments

/// Each fixture read and extracted end to end: its publication date and source, and events it must date.
struct FixtureEventsTests {
    static let extractor = Extractor()

    /// (file, article index, publication date, date source, (time value, trigger) pairs that must be among the
    /// events). Files are read with the modification day 2022-04-02, which dates datelines without a year.
    static let cases: [(String, Int, String, DCTSource, [(String, String)])] = [
        ("article.md", 0, "2022-03-31", .metadata, [("2022-02-24", "washed")]),
        ("dateline-city-year.txt", 0, "2021-08-15", .dateline, [("2021-08-15", "entered")]),
        ("dateline-published.txt", 0, "2023-02-14", .dateline, [("2023-01", "slowed")]),
        ("dateline-reuters.txt", 0, "2022-03-31", .dateline, [("2022-03-31", "accredited"), ("2021", "organized")]),
        ("dateline-updated.txt", 0, "2022-03-31", .dateline, [("2022-02", "stopped")]),
        ("dateline-written.txt", 0, "2022-03-31", .dateline, [("2022-10", "reviewed")]),
        ("feed.json", 0, "2022-03-30", .metadata, [("2022-03-30", "voted")]),
        ("feed.json", 1, "2022-03-31", .metadata, [("2022-04", "postponed")]),
        ("letter.eml", 0, "2022-03-31", .header, [("2022-03-30", "marched")]),
        ("nested.eml", 0, "2022-04-01", .header, [("2022-Q1", "rose")]),
        ("page-jsonld.html", 0, "2022-03-31", .metadata, [("2018", "came")]),
        ("page.html", 0, "2022-03-31", .metadata, [("2022-03-31", "reopened")]),
        ("single.json", 0, "2022-03-31", .metadata, [("2022-03-31", "raised")]),
        ("text-header.txt", 0, "2022-03-31", .header, [("2022-W11", "arrived")]),
        ("wire.ndjson", 0, "2022-03-31", .metadata, [("2022-03-31", "returned")]),
        ("wire.ndjson", 2, "2022-03-30", .dateline, [("2022-03-30", "run")]),
    ]

    @Test(arguments: cases)
    func fixtureReadsAndDatesItsEvents(_ example: (String, Int, String, DCTSource, [(String, String)])) throws {
        let documents = try Fixtures.readAll(example.0)
        let document = try #require(documents.count > example.1 ? documents[example.1] : nil)
        #expect(document.publicationDate.description == example.2)
        #expect(document.dctSource == example.3)
        let extraction = Self.extractor.extract(document.body, publicationDate: document.publicationDate)
        let values = Dictionary(extraction.timexes.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let dated = extraction.events.map { (values[$0.timexID] ?? "?", $0.trigger.text) }
        for (value, trigger) in example.4 {
            #expect(dated.contains { $0 == (value, trigger) }, "\(example.0)#\(example.1): \(dated)")
        }
    }
}
