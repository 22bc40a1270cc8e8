import Foundation
import GRDB
import TimelineCore
import TimelineDocuments
import TimelineWire

/// What `ingest` did with a document.
public enum IngestOutcome: Sendable {
    /// The document was new and is now stored.
    case stored(DocumentDetail)
    /// A document with the same SHA-256 was already stored; nothing was written. Carries the existing one.
    case duplicate(DocumentDetail)

    /// The stored document, new or existing.
    public var detail: DocumentDetail {
        switch self {
        case .stored(let detail), .duplicate(let detail): detail
        }
    }
}

/// The SQLite timeline store: documents, their time expressions and dated events.
///
/// One file in WAL mode (a GRDB `DatabasePool`): reads run concurrently with the single writer.
/// Each document is written in one transaction, with its time expressions, events and search index
/// rows, so a reader sees a document completely or not at all.
///
///     let store = try TimelineStore(path: "/var/lib/timelined/timeline.sqlite")
///     _ = try store.ingest(document, extraction: extraction, sha256: hash)
///     let page = try store.events(EventQuery(parameters: ["from": "2021", "q": "election"]))
public final class TimelineStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// The search index's tokenizer, for `event_word`.
    let searchTerms: SearchTerms
    /// The SQL text of each page shape seen (`pageStatement`).
    let pageTexts = PageTexts()
    /// A reading connection per thread for the page reads, when opened with `threadReaders`.
    let threadReaders: ThreadReaders?

    /// GRDB's default number of reading connections, for the tools and tests.
    public static let defaultReaders = 5

    /// Opens the store at `path`, creating the file and its folder if missing, and migrates its schema.
    ///
    /// `readers` is the most reading connections open at once (at least 1); a read waits when all are busy.
    /// The daemon opens one per query thread: each connection keeps up to `readerCacheKiB` of page cache, and
    /// no more caches are filled (and held in memory) than there are threads to read them. Reads are single
    /// statements or short lookups, so none holds a connection for long.
    ///
    /// With `threadReaders`, each thread that reads pages (`eventsJSON`) does so on a read-only connection of
    /// its own, kept until the store is released, and the pool serves the other reads. For a fixed set of
    /// threads, such as the daemon's query threads: one more connection, and page cache, per thread that reads.
    /// - Throws: `StoreError` naming the path when the folder cannot be created or the database
    ///   cannot be opened or migrated.
    public init(path: String, readers: Int = defaultReaders, threadReaders: Bool = false) throws {
        guard readers >= 1 else { throw StoreError("readers: expected at least 1 reading connection, got \(readers)") }
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError("cannot create the store's folder \(folder.path): \(error)")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "TimelineStore"
        configuration.maximumReaderCount = readers
        configuration.prepareDatabase { db in try Self.tune(db) }
        do {
            searchTerms = try SearchTerms()
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
            // GRDB's WAL default, NORMAL, syncs only at checkpoints: a power loss could undo a commit whose file
            // had already been moved to processed/. FULL syncs the WAL at each commit (see the README).
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        } catch {
            throw StoreError("cannot open the store at \(path): \(error)")
        }
        self.threadReaders = threadReaders ? ThreadReaders(path: path, configuration: configuration) : nil
    }

    /// Bytes of the database file each reading connection maps into memory (SQLite caps it at its build's
    /// maximum, 2 GiB on Debian): reads of mapped pages are memory reads, where SQLite's small page cache
    /// would copy each page from the kernel with `pread` (under load, nearly half of the daemon's CPU time).
    ///
    /// Not the writer: after a commit a connection that maps the file unmaps it and faults its pages in again,
    /// which made single drops (and ingestion under load) slower than `pread` (measured, see the README).
    /// Readers pay that too, once per query after a commit, and still gain when reads outnumber writes.
    static let mappedBytes = 1 << 40

    /// KiB of page cache of each reading connection, for the pages past the mapped bytes: a store of a
    /// million events is about 3 GB, and its last gigabyte was read with `pread` per page (about a fifth of the
    /// daemon's CPU time under load with SQLite's default 2 MB).
    static let readerCacheKiB = 262_144

    /// Settings of each connection.
    static func tune(_ db: Database) throws {
        if db.configuration.readonly {
            try db.execute(sql: "PRAGMA mmap_size = \(mappedBytes); PRAGMA cache_size = -\(readerCacheKiB)")
        } else {
            // The writer's savepoints (one per file of a batch) keep their journal in memory, not in a temporary
            // file: under the unit's sandbox there is nowhere to create one (it failed with "disk I/O error").
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
    }

    /// How many documents, time expressions and events are stored.
    public func counts() throws -> StoreCounts {
        try read("counting") { db in
            let row = try Row.fetchOne(db, sql: "SELECT documents, timexes, events FROM store_tally")
            return StoreCounts(
                documents: row?["documents"] ?? 0, timexes: row?["timexes"] ?? 0, events: row?["events"] ?? 0)
        }
    }
}
