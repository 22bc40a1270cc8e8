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
        #expect(config.adminGroup == "")
        #expect(config.maxHeaderBytes == 16384)
        #expect(config.maxQueryLimit == 1000)
        #expect(config.maxConnections == 256)
        #expect(config.idleTimeout == 60)
        #expect(config.requestTimeout == 30)
        #expect(config.publicationDateEvents == false)
        #expect(try config.merging(toml: "publication_date_events = true").publicationDateEvents)
    }

    @Test func limitsTakeWholeOrFractionalSeconds() throws {
        let config = try DaemonConfig().merging(toml: "idle_timeout = 2.5\nrequest_timeout = 4")
        #expect(config.idleTimeout == 2.5)
        #expect(config.requestTimeout == 4)
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
        ("max_query_limit = 1001", "max_query_limit must be from 1 to 1000, got 1001"),
        ("max_connections = 0", "max_connections must be from 1 to 100000"),
        ("max_header_bytes = 10", "max_header_bytes must be from 1024 to 1048576"),
        ("idle_timeout = -1", "idle_timeout must be a number of seconds above 0"),
        ("request_timeout = \"soon\"", "request_timeout must be a number of seconds"),
        ("admin_group = 5", "admin_group must be a string"),
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
