import Foundation
import Testing

@testable import TimelineDaemon

struct DaemonConfigTests {
    @Test func defaultsLiveUnderVar() {
        let config = DaemonConfig()
        #expect(config.inbox == "var/inbox")
        #expect(config.socket == "var/timelined.sock")
        #expect(config.database == "var/timeline.sqlite")
        #expect(config.processedFolder == "var/processed")
        #expect(config.failedFolder == "var/failed")
        #expect(config.socketMode == 0o660)
    }

    @Test func theInstalledConfigFileParsesAndEveryKeyIsKnown() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("config/timelined.toml").path
        let config = try DaemonConfig().merging(tomlFile: path)
        #expect(config.inbox == "/var/lib/timelined/inbox")
        #expect(config.processedFolder == "/var/lib/timelined/processed")
        #expect(config.socket == "/run/timelined/timelined.sock")
        #expect(config.database == "/var/lib/timelined/timeline.sqlite")
        #expect(config.logLevel == .info)
        #expect(config.maxDocumentBytes == 16 * 1024 * 1024)
        #expect(config.maxDocumentsPerFile == 10_000)
        #expect(config.publicationDateEvents == false)
        #expect(try config.merging(toml: "publication_date_events = true").publicationDateEvents)
    }

    @Test(arguments: [
        ("inbox = 3", "inbox must be a string"),
        ("colour = \"blue\"", "unknown key 'colour'"),
        ("log_level = \"loud\"", "'loud' is not one of"),
        ("socket_mode = \"rw\"", "not an octal file mode"),
        ("max_document_bytes = -1", "must be positive"),
        ("max_documents_per_file = 0", "must be positive"),
        ("publication_date_events = \"yes\"", "publication_date_events must be true or false"),
        ("inbox = ", "not valid TOML"),
    ])
    func badConfigIsAClearError(toml: String, message: String) {
        do {
            _ = try DaemonConfig().merging(toml: toml, source: "test.toml")
            Issue.record("accepted \(toml)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
            #expect("\(error)".hasPrefix("test.toml"))
        }
    }

    @Test func processedAndFailedDefaultBesideTheInbox() throws {
        let config = try DaemonConfig().merging(toml: "inbox = \"/srv/news/inbox/\"")
        #expect(config.processedFolder == "/srv/news/processed")
        #expect(config.failedFolder == "/srv/news/failed")
    }
}
