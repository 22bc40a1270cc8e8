import Foundation
import Logging
import TOMLKit

/// The daemon's settings: embedded defaults, then the TOML config file, then command-line flags.
public struct DaemonConfig: Sendable, Equatable {
    /// Folder watched for new documents.
    public var inbox: String = "var/inbox"
    /// Where documents go once stored; empty means `processed/` beside the inbox.
    public var processed: String = ""
    /// Where documents that cannot be processed go, each with a `NAME.error`; empty means `failed/` beside the inbox.
    public var failed: String = ""
    /// The Unix socket the API listens on (unless systemd passes one).
    public var socket: String = "var/timelined.sock"
    /// File mode of the socket file.
    public var socketMode: Int = 0o660
    /// Group that owns the socket file; empty keeps the process's group.
    public var socketGroup: String = ""
    /// The SQLite timeline store.
    public var database: String = "var/timeline.sqlite"
    public var logLevel: Logger.Level = .info
    /// Largest document accepted from the inbox or by `POST`, in bytes.
    public var maxDocumentBytes: Int = 16 * 1024 * 1024
    /// Most articles read from one JSON list or NDJSON file; a file with more goes to `failed/`.
    public var maxDocumentsPerFile: Int = 10_000
    /// Group whose members may write through the API (`POST`, deletes) besides root and the service user.
    public var adminGroup: String = ""
    /// Largest request head (request line and headers), in bytes.
    public var maxHeaderBytes: Int = 16 * 1024
    /// Largest `limit` a query may ask for (the store serves at most 1000 per page).
    public var maxQueryLimit: Int = 1000
    /// Most API connections open at once.
    public var maxConnections: Int = 256
    /// Seconds a keep-alive connection may stay without a request.
    public var idleTimeout: Double = 60
    /// Seconds a request may take to arrive whole from its first byte.
    public var requestTimeout: Double = 30
    /// Also store present-perfect events of sentences without a time expression, dated by the publication
    /// date and marked `datedByPublication`; off by default: only explicit anchors go on the timeline.
    public var publicationDateEvents = false

    public init() {}

    /// The processed folder, resolved.
    public var processedFolder: String { processed.isEmpty ? Self.sibling(of: inbox, named: "processed") : processed }
    /// The failed folder, resolved.
    public var failedFolder: String { failed.isEmpty ? Self.sibling(of: inbox, named: "failed") : failed }

    static func sibling(of folder: String, named name: String) -> String {
        var parent = (folder as NSString).deletingLastPathComponent
        while folder.hasSuffix("/") && parent == folder { parent = (folder as NSString).deletingLastPathComponent }
        return parent.isEmpty ? name : (parent as NSString).appendingPathComponent(name)
    }
}

/// A config file or flag that cannot be used.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension DaemonConfig {
    /// Reads a TOML config file over these settings. Unknown keys are errors, so typos do not pass silently.
    public func merging(tomlFile path: String) throws -> DaemonConfig {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError("cannot read config file \(path): \(error.localizedDescription)")
        }
        return try merging(toml: text, source: path)
    }

    /// Reads TOML text over these settings.
    public func merging(toml text: String, source: String = "config") throws -> DaemonConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw ConfigError("\(source): not valid TOML: \(error)")
        }
        var config = self
        for (key, value) in table {
            func string() throws -> String {
                guard let string = value.string else { throw ConfigError("\(source): \(key) must be a string") }
                return string
            }
            func integer() throws -> Int {
                guard let int = value.int else { throw ConfigError("\(source): \(key) must be an integer") }
                return int
            }
            switch key {
            case "inbox": config.inbox = try string()
            case "processed": config.processed = try string()
            case "failed": config.failed = try string()
            case "socket": config.socket = try string()
            case "socket_mode": config.socketMode = try Self.mode(string(), key: "\(source): socket_mode")
            case "socket_group": config.socketGroup = try string()
            case "database": config.database = try string()
            case "log_level": config.logLevel = try Self.level(string(), key: "\(source): log_level")
            case "max_document_bytes":
                let bytes = try integer()
                guard bytes > 0 else { throw ConfigError("\(source): max_document_bytes must be positive") }
                config.maxDocumentBytes = bytes
            case "max_documents_per_file":
                let count = try integer()
                guard count > 0 else { throw ConfigError("\(source): max_documents_per_file must be positive") }
                config.maxDocumentsPerFile = count
            case "admin_group": config.adminGroup = try string()
            case "max_header_bytes": config.maxHeaderBytes = try Self.bounded(integer(), 1024...1_048_576, key, source)
            case "max_query_limit": config.maxQueryLimit = try Self.bounded(integer(), 1...1000, key, source)
            case "max_connections": config.maxConnections = try Self.bounded(integer(), 1...100_000, key, source)
            case "idle_timeout": config.idleTimeout = try Self.seconds(value, key, source)
            case "request_timeout": config.requestTimeout = try Self.seconds(value, key, source)
            case "publication_date_events":
                guard let flag = value.bool else { throw ConfigError("\(source): \(key) must be true or false") }
                config.publicationDateEvents = flag
            default:
                throw ConfigError("\(source): unknown key '\(key)'")
            }
        }
        return config
    }

    /// Parses a log level name (`trace`, `debug`, `info`, `notice`, `warning`, `error`, `critical`).
    public static func level(_ name: String, key: String = "log level") throws -> Logger.Level {
        guard let level = Logger.Level(rawValue: name.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigError("\(key): '\(name)' is not one of \(names)")
        }
        return level
    }

    static func bounded(_ value: Int, _ range: ClosedRange<Int>, _ key: String, _ source: String) throws -> Int {
        guard range.contains(value) else {
            throw ConfigError("\(source): \(key) must be from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
        return value
    }

    /// A positive number of seconds, whole or not.
    static func seconds(_ value: any TOMLValueConvertible, _ key: String, _ source: String) throws -> Double {
        guard let seconds = value.double ?? value.int.map(Double.init), seconds > 0, seconds <= 86_400 else {
            throw ConfigError("\(source): \(key) must be a number of seconds above 0 and at most 86400")
        }
        return seconds
    }

    /// Parses an octal file mode such as `0660`.
    static func mode(_ text: String, key: String) throws -> Int {
        guard let mode = Int(text, radix: 8), (0...0o777).contains(mode) else {
            throw ConfigError("\(key): '\(text)' is not an octal file mode like \"0660\"")
        }
        return mode
    }
}
