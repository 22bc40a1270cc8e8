import CSystemd
import Foundation
import Logging
import Synchronization

/// The log level every handler reads, so `SIGHUP` can change it while the daemon runs.
public final class SharedLogLevel: Sendable {
    private let level: Mutex<Logger.Level>
    public init(_ level: Logger.Level) { self.level = Mutex(level) }
    public var value: Logger.Level {
        get { level.withLock { $0 } }
        set { level.withLock { $0 = newValue } }
    }
}

/// Writes log records to the systemd journal, metadata as structured fields (`DOCUMENT_ID=7`, `FILE=a.txt`),
/// or to stderr as `LEVEL message key=value…` lines.
struct DaemonLogHandler: LogHandler {
    enum Destination { case journal, stderr }

    let destination: Destination
    let sharedLevel: SharedLogLevel
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level {
        get { sharedLevel.value }
        set { sharedLevel.value = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }.sorted { $0.key < $1.key }
        let pairs = all.map { " \($0.key)=\($0.value)" }.joined()
        switch destination {
        case .stderr:
            let line = "\(event.level.rawValue.uppercased()) \(event.message)\(pairs)\n"
            FileHandle.standardError.write(Data(line.utf8))
        case .journal:
            let fields = all.prefix(3).map { "\(Self.fieldName($0.key))=\($0.value)" }
            let field = { (index: Int) in index < fields.count ? fields[index] : nil }
            _ = timelined_journal_send(
                "CODE_FILE=\(event.file)", "CODE_LINE=\(event.line)", event.function,
                Self.priority(event.level), "\(event.message)\(pairs)", field(0), field(1), field(2))
        }
    }

    /// A journal field name: upper case letters, digits and underscores.
    static func fieldName(_ key: String) -> String {
        String(
            key.uppercased().unicodeScalars.map {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "_"
            })
    }

    static func priority(_ level: Logger.Level) -> Int32 {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}

extension LoggingSystem {
    /// Sends logs to the journal when running under systemd with stderr on the journal, else to stderr.
    public static func bootstrapDaemon(level: SharedLogLevel) {
        let journal = Systemd.loggingToJournal
        bootstrap { _ in
            DaemonLogHandler(destination: journal ? .journal : .stderr, sharedLevel: level)
        }
    }
}
