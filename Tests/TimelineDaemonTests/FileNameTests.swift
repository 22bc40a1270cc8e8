import Foundation
import Testing

@testable import TimelineDaemon

/// File names as raw bytes: shown escaped, used as they are with the C APIs.
struct FileNameTests {
    let latin1 = FileName(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))

    @Test func bytesThatAreNotUTF8AreShownAsHexEscapes() {
        #expect(latin1.display == "caf\\xE9.txt")
        #expect(latin1.description == "\"caf\\xE9.txt\"")
        #expect(FileName(bytes: [0xFF, 0x41]).display == "\\xFFA")
        #expect(FileName("café.txt").display == "café.txt")
    }

    @Test func logsEscapeNewlinesQuotesAndControlCharacters() {
        #expect(FileName("two\nlines.txt").description == "\"two\\nlines.txt\"")
        #expect(FileName("-rf now.txt").description == "\"-rf now.txt\"")
        #expect(FileName("say \"hi\"\u{7}").description == "\"say \\\"hi\\\"\\u{7}\"")
        #expect(FileName("two\nlines.txt").display == "two\nlines.txt")
    }

    @Test func suffixesHiddenNamesAndOrder() {
        #expect(FileName("a.txt.meta").hasSuffix(".meta"))
        #expect(!FileName("meta").hasSuffix(".meta"))
        #expect(FileName(".tmp").isHidden && !latin1.isHidden)
        #expect(latin1.appending(".meta").bytes == latin1.bytes + Array(".meta".utf8))
        #expect(FileName("a") < FileName("b"))
    }

    @Test func aNameThatIsNotUTF8IsListedReadAndMovedByItsBytes() throws {
        let root = NSTemporaryDirectory() + "names-\(UUID().uuidString)"
        for folder in ["in", "done", "bad"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = RawPath(folder: root + "/in", name: latin1)
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        _ = "hello".withCString { write(descriptor, $0, 5) }
        close(descriptor)

        #expect(InboxWatcher.listing(of: root + "/in") == [latin1])
        #expect(try DocumentFile.read(path, limit: 100).bytes == Array("hello".utf8))
        let mover = FileMover(processed: root + "/done", failed: root + "/bad")
        let target = try mover.markFailed(path, reason: "why")
        #expect(target.name == latin1)
        #expect(InboxWatcher.listing(of: root + "/bad") == [latin1, latin1.appending(".error")])
        #expect(InboxWatcher.listing(of: root + "/in").isEmpty)
    }
}
