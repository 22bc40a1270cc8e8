import Testing
import TimelineCore
import TimelineDocuments

func readAll(
    _ text: String, name: String, maximum: Int = DocumentReader.defaultMaximumDocuments
)
    throws(DocumentError) -> [Document]
{
    try DocumentReader.readAll(
        bytes: Array(text.utf8), name: name, modificationDate: april2, maximumDocuments: maximum)
}

@Test(
    arguments: [
        ("{\"title\": \"Cut off\", \"text\": \"The storm", "a.json", "a string is never closed"),
        ("[{\"text\": \"a\"}, {\"text\": \"b\"", "a.json", "never closed"),
        (String(repeating: "[", count: 10_000), "bomb.json", "nested deeper than 64 levels"),
        (String(repeating: "{\"a\":", count: 5_000), "bomb.json", "nested deeper than 64 levels"),
        ("{\"text\": \"a\"}\n{\"text\": \"b\"\n", "x.ndjson", "NDJSON line 2"),
        ("[{\"title\": \"no text\"}]", "a.json", "article 1 has no text"),
        ("{\"text\": 42}", "a.json", "\"text\" is not a string"),
        ("[1, 2]", "a.json", "article 1 is not an object"),
        ("{\"text\": \"x\", \"date\": \"someday\"}", "a.json", "cannot read 'someday'"),
        ("{\"text\": \"x\"} trailing", "a.json", "unexpected text after the value"),
    ] as [(String, String, String)])
func malformedJSONIsAClearError(text: String, name: String, message: String) {
    let error = #expect(throws: DocumentError.self) { try readAll(text, name: name) }
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
}

@Test func tooManyArticlesIsAnError() {
    let array = "[" + Array(repeating: "{\"text\": \"x\"}", count: 11).joined(separator: ",") + "]"
    let error = #expect(throws: DocumentError.self) { try readAll(array, name: "feed.json", maximum: 10) }
    #expect(error?.message.contains("holds 11 articles; at most 10") == true)
    let lines = Array(repeating: "{\"text\": \"x\"}", count: 11).joined(separator: "\n")
    #expect(throws: DocumentError.self) { try readAll(lines, name: "feed.ndjson", maximum: 10) }
    #expect((try? readAll(lines, name: "feed.ndjson", maximum: 11).count) == 11)
}

/// Markup that never ends or never stops, by name (the inputs are too large to print as test arguments).
let hostileMarkup: [String: (text: String, body: String)] = [
    "unclosed tag": ("<html><body><p>Storm hits <b>coast", "Storm hits coast"),
    "unclosed comment": ("<html><body><p>Before<!-- a comment that never ends <p>hidden", "Before"),
    "unclosed CDATA": ("<html><body><p>Before<![CDATA[ literal <b> text", "Before literal <b> text"),
    "unclosed script": ("<html><body><p>Before<script>var a = '<p>hidden</p>';", "Before"),
    "huge attribute value": (
        "<html><body><p>Text</p><a href=\"" + String(repeating: "x", count: 2_000_000), "Text"
    ),
    "huge attribute list": (
        "<html><body><p>Text</p><div " + String(repeating: "a=b ", count: 200_000) + ">After", "Text\n\nAfter"
    ),
    "deep nesting": ("<html><body>" + String(repeating: "<div>", count: 100_000) + "Deep", "Deep"),
    "stray brackets": ("<html><body>" + String(repeating: "< <a <", count: 50_000), "<"),
]

@Test(arguments: hostileMarkup.keys.sorted())
func unterminatedMarkupGivesABestEffortDocument(label: String) throws {
    let (text, body) = try #require(hostileMarkup[label])
    let clock = ContinuousClock()
    let start = clock.now
    let document = try readAll(text, name: "page.html")[0]
    #expect(document.body.hasPrefix(body), "\(document.body.prefix(80).debugDescription)")
    #expect(!document.body.contains("hidden"))
    #expect(clock.now - start < .seconds(5))
}

@Test(
    arguments: [
        // A boundary never closed: the part runs to the end.
        (
            "From: a@example.org\nSubject: S\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\n\nBody that never ends", "Body that never ends"
        ),
        // Invalid base64: characters outside the alphabet are skipped.
        (
            "From: a@example.org\nSubject: S\nContent-Transfer-Encoding: base64\n\nU3Rv!!cm0g*aGl0cw==?garbage",
            "Storm hits"
        ),
        // Invalid quoted-printable: a malformed `=` is kept.
        (
            "From: a@example.org\nSubject: S\nContent-Transfer-Encoding: quoted-printable\n\nRate =ZZ 5=3D5 =\nend=",
            "Rate =ZZ 5=5 end"
        ),
        // No body at all.
        ("From: a@example.org\nSubject: S\n", ""),
        // A multipart with no boundary parameter.
        ("From: a@example.org\nSubject: S\nContent-Type: multipart/mixed\n\n--x\n\nText", ""),
        // Nesting deeper than MIME looks.
        (
            "From: a@example.org\nSubject: S\nContent-Type: multipart/mixed; boundary=b\n\n"
                + String(repeating: "--b\nContent-Type: multipart/mixed; boundary=b\n\n", count: 300), ""
        ),
    ] as [(String, String)])
func brokenMailGivesABestEffortDocument(text: String, body: String) throws {
    let document = try readAll(text, name: "mail.eml")[0]
    #expect(document.format == .email)
    #expect(document.title == "S")
    #expect(document.body == body)
}

@Test func proseStartingWithABracketIsText() throws {
    let document = try read("[Updated] The vote was held on March 3.\n\n{sic} more.")
    #expect(document.format == .text)
}

@Test func readRejectsAnEmptyArray() {
    #expect(throws: DocumentError.self) { try read("[]", name: "empty.json") }
    #expect((try? readAll("[]", name: "empty.json").count) == 0)
}
