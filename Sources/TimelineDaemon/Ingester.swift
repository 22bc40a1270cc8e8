import Crypto
import Foundation
import Logging
import TimelineCore
import TimelineDocuments
import TimelineStore
import TimelineWire

/// Turns documents into stored events: read, extract, store in one transaction, then move the file.
///
/// An actor, so documents are stored one at a time whether they come from the inbox or from `POST`.
/// A file leaves the inbox only after its rows are committed; if the daemon dies in between, the file
/// is read again at start-up and recognised as a duplicate by its SHA-256, so nothing is lost or stored twice.
public actor Ingester {
    public struct Counters: Sendable {
        public var stored = 0
        public var duplicates = 0
        public var failed = 0
    }

    private let store: TimelineStore
    private let extractor: Extractor
    private let broadcaster: EventBroadcaster
    private let mover: FileMover
    private let inbox: String
    private var maxDocumentBytes: Int
    private var maxDocumentsPerFile: Int
    private var publicationDateEvents: Bool
    private let logger: Logger
    public private(set) var counters = Counters()
    /// How a file that changes while it is read is read again.
    private let stability = StabilityCheck()
    /// Reads so far of files that changed while being read.
    private var readAttempts: [FileName: Int] = [:]

    public init(
        store: TimelineStore, extractor: Extractor, broadcaster: EventBroadcaster, config: DaemonConfig, logger: Logger
    ) {
        self.store = store
        self.extractor = extractor
        self.broadcaster = broadcaster
        self.mover = FileMover(processed: config.processedFolder, failed: config.failedFolder)
        self.inbox = config.inbox
        self.maxDocumentBytes = config.maxDocumentBytes
        self.maxDocumentsPerFile = config.maxDocumentsPerFile
        self.publicationDateEvents = config.publicationDateEvents
        self.logger = logger
    }

    /// Settings that a reload may change.
    public func apply(_ config: DaemonConfig) {
        maxDocumentBytes = config.maxDocumentBytes
        maxDocumentsPerFile = config.maxDocumentsPerFile
        publicationDateEvents = config.publicationDateEvents
    }

    /// Syncs the folders that moves have changed, when the inbox has drained (`force`) or every 100 moves.
    public func syncFolders(force: Bool) {
        guard mover.unsyncedMoves > 0, force || mover.unsyncedMoves >= 100 else { return }
        do {
            try mover.syncFolders()
        } catch {
            logger.error("could not sync the inbox, processed/ or failed/ to disk: \(error)")
        }
    }

    /// Answers at once unless the actor is stuck in a document: the watchdog's proof of life.
    public func heartbeat() {}

    /// What became of an inbox file.
    public enum FileOutcome: Equatable, Sendable {
        /// Stored, moved, failed or gone: nothing more to do.
        case done
        /// It changed while it was read: queue it again after this many seconds.
        case retry(after: Double)
        /// The disk failed (full, quota, I/O error): nothing was changed; try the same file again later.
        case paused(reason: String)
    }

    /// An inbox file read and extracted, waiting for its batch's commit.
    private struct PreparedFile {
        var path: RawPath
        var logger: Logger
        /// Its articles not stored yet (none for an empty file or one whose articles all are), extracted.
        var documents: [TimelineStore.PendingDocument] = []
    }

    /// Processes the inbox files `names`: reads and extracts each, stores them all in one transaction (each
    /// file in its own savepoint, so a file that fails is rolled back alone and goes to `failed/`), and only
    /// then moves each out of the inbox and announces its events. Files that are gone are skipped quietly.
    /// - Returns: what became of each file, in order.
    public func processFiles(named names: [FileName]) -> [FileOutcome] {
        var outcomes: [FileOutcome] = []
        var prepared: [(index: Int, file: PreparedFile)] = []
        for name in names {
            switch prepare(named: name) {
            case .ready(let file):
                prepared.append((outcomes.count, file))
                outcomes.append(.done)
            case .finished(let outcome):
                outcomes.append(outcome)
            }
        }
        let toStore = prepared.filter { !$0.file.documents.isEmpty }
        var resultOf: [Int: Result<[IngestOutcome], StoreError>] = [:]
        do {
            let results = toStore.isEmpty ? [] : try store.ingest(batch: toStore.map(\.file.documents))
            for ((index, _), result) in zip(toStore, results) { resultOf[index] = result }
            if !toStore.isEmpty { logger.debug("committed a batch of \(toStore.count) files in one transaction") }
        } catch {
            let error = error as? StoreError ?? StoreError("\(error)")
            for (index, file) in toStore {
                if error.isStorageFailure {
                    // Disk full or failing: the files stay in the inbox, tried again once the disk recovers.
                    outcomes[index] = .paused(reason: error.message)
                } else {
                    // The store failed otherwise: the files stay in the inbox for the next start.
                    file.logger.error("could not store document: \(error)")
                }
            }
            prepared.removeAll { !$0.file.documents.isEmpty }
        }
        for (index, file) in prepared {
            switch resultOf[index] ?? .success([]) {
            case .success(let stored):
                for (item, outcome) in zip(file.documents, stored) {
                    announce(outcome, of: item, logger: file.logger)
                }
                outcomes[index] = moveProcessed(file.path, logger: file.logger)
            case .failure(let error):
                fail(file.path, reason: error.message, logger: file.logger)
                moveSidecar(file.path.appending(".meta"), failed: true, logger: file.logger)
            }
        }
        return outcomes
    }

    private enum Preparation {
        case ready(PreparedFile)
        case finished(FileOutcome)
    }

    /// Reads the inbox file `name` and its sidecar and extracts its articles not stored yet; a file that
    /// cannot be read goes to `failed/` at once.
    private func prepare(named name: FileName) -> Preparation {
        var logger = self.logger
        logger[metadataKey: "file"] = "\(name)"
        if name.hasSuffix(".meta") {
            // A sidecar is read with its document (`NAME.meta` with `NAME`), never on its own.
            logger.debug("sidecar: waits for its document")
            return .finished(.done)
        }
        let path = RawPath(folder: inbox, name: name)
        let attempt = (readAttempts[name] ?? 0) + 1
        let content: DocumentFile.Content
        do {
            content = try DocumentFile.read(path, limit: maxDocumentBytes, attempt: attempt, check: stability)
            readAttempts[name] = nil
        } catch .vanished {
            readAttempts[name] = nil
            logger.debug("file is gone; skipped")
            return .finished(.done)
        } catch .changed(let delay) {
            readAttempts[name] = attempt
            logger.notice(
                "changed while being read (read \(attempt) of \(stability.maxAttempts)); reading it again soon")
            return .finished(.retry(after: delay))
        } catch {
            readAttempts[name] = nil
            fail(path, reason: error.description, logger: logger)
            return .finished(.done)
        }
        let sidecarPath = path.appending(".meta")
        var file = PreparedFile(path: path, logger: logger)
        do {
            let sidecar = try readSidecar(sidecarPath)
            if content.bytes.isEmpty {
                logger.notice("empty file (0 bytes): nothing to store")
            } else {
                file.documents = try extract(
                    bytes: content.bytes, name: name.display, modificationDate: content.modificationDate,
                    sidecar: sidecar, logger: logger
                ).compactMap(\.pending)
            }
        } catch let error as SidecarFailure {
            fail(path, reason: "\(name.display).meta: \(error.underlying)", logger: logger)
            moveSidecar(sidecarPath, failed: true, logger: logger)
            return .finished(.done)
        } catch let error as DocumentError {
            fail(path, reason: error.message, logger: logger)
            moveSidecar(sidecarPath, failed: true, logger: logger)
            return .finished(.done)
        } catch let error as StoreError where error.isStorageFailure {
            return .finished(.paused(reason: error.message))
        } catch {
            logger.error("could not look up document: \(error)")
            return .finished(.done)
        }
        return .ready(file)
    }

    /// Moves a stored file (and its sidecar) to `processed/`.
    private func moveProcessed(_ path: RawPath, logger: Logger) -> FileOutcome {
        do {
            let target = try mover.markProcessed(path)
            moveSidecar(path.appending(".meta"), failed: false, logger: logger)
            logger.debug("moved to \(target)")
        } catch let error as POSIXFailure where error.code == ENOENT {
            logger.notice("the file vanished after it was read; nothing to move")
        } catch let error as POSIXFailure where [ENOSPC, EDQUOT, EIO].contains(error.code) {
            // Stored: the next try finds it a duplicate and moves it.
            return .paused(reason: "stored, but could not be moved to processed/: \(error)")
        } catch {
            logger.error("stored, but could not be moved to processed/: \(error)")
        }
        return .done
    }

    /// Processes a submitted file (`POST /v1/documents`).
    /// - Returns: each article's stored document with its events, and whether it was already stored.
    public func submit(
        bytes: [UInt8], name: String, date: CalendarDate?, receivedOn: CalendarDate
    ) throws -> [(DocumentDetail, duplicate: Bool)] {
        var logger = self.logger
        logger[metadataKey: "file"] = "\(name.debugDescription)"
        let articles = try extract(
            bytes: bytes, name: name, modificationDate: receivedOn, explicitDate: date, logger: logger)
        let pending = articles.compactMap(\.pending)
        var stored = try (pending.isEmpty ? [] : store.ingest(batch: [pending])[0].get()).makeIterator()
        return articles.map { article in
            let outcome =
                switch article {
                case .duplicate(let detail): IngestOutcome.duplicate(detail)
                case .pending(let item): announce(stored.next()!, of: item, logger: logger)
                }
            switch outcome {
            case .stored(let detail): return (detail, false)
            case .duplicate(let detail): return (detail, true)
            }
        }
    }

    /// The sidecar `NAME.meta` dropped with a file, if there is one (regular file, at most 64 KiB).
    private func readSidecar(_ path: RawPath) throws(SidecarFailure) -> Sidecar? {
        do {
            let content: DocumentFile.Content
            do {
                content = try DocumentFile.read(path, limit: 64 * 1024)
            } catch .vanished {
                return nil
            }
            return try Sidecar.parse(bytes: content.bytes)
        } catch {
            throw SidecarFailure(underlying: error)
        }
    }

    /// A sidecar that could not be read or parsed.
    private struct SidecarFailure: Error {
        var underlying: any Error
    }

    private func moveSidecar(_ path: RawPath, failed: Bool, logger: Logger) {
        var info = stat()
        guard path.withCString({ lstat($0, &info) }) == 0 else { return }
        do {
            _ = failed ? try mover.markFailed(path, reason: "its document failed") : try mover.markProcessed(path)
        } catch {
            logger.warning("could not move \(path.name): \(error)")
        }
    }

    /// An article of a file: already stored, or read and extracted, waiting to be stored.
    private enum Article {
        case duplicate(DocumentDetail)
        case pending(TimelineStore.PendingDocument)

        var pending: TimelineStore.PendingDocument? {
            if case .pending(let item) = self { item } else { nil }
        }
    }

    /// Reads every article of a file and extracts those not stored yet (logging the others as duplicates).
    ///
    /// A single-article file is identified by the SHA-256 of its bytes; the articles of a JSON list or NDJSON
    /// file by the SHA-256 of the bytes and the article's position, so a file dropped again is recognised
    /// article by article.
    private func extract(
        bytes: [UInt8], name: String, modificationDate: CalendarDate, explicitDate: CalendarDate? = nil,
        sidecar: Sidecar? = nil, logger: Logger
    ) throws -> [Article] {
        let fileHash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let existing = try storedDocument(sha256: fileHash) {
            return [.duplicate(counted(existing, of: name, logger: logger))]
        }
        let documents = try DocumentReader.readAll(
            bytes: bytes, name: name, modificationDate: modificationDate, explicitDate: explicitDate,
            maximumDocuments: maxDocumentsPerFile, sidecar: sidecar)
        if documents.isEmpty { logger.notice("empty file: no document, no events") }
        return try documents.enumerated().map { index, document in
            let sha256 = documents.count == 1 ? fileHash : "\(fileHash)#\(index + 1)"
            if let existing = try storedDocument(sha256: sha256) {
                return .duplicate(counted(existing, of: document.name, logger: logger))
            }
            if document.dctSource == .mtime {
                logger.warning(
                    "no publication date in the document or its name; using the modification day \(document.publicationDate)"
                )
            }
            let extraction = extractor.extract(
                document.body, publicationDate: document.publicationDate, publicationDateEvents: publicationDateEvents)
            return .pending(TimelineStore.PendingDocument(document: document, extraction: extraction, sha256: sha256))
        }
    }

    /// Counts and logs a committed article, and announces its events to followers.
    @discardableResult
    private func announce(
        _ outcome: IngestOutcome, of item: TimelineStore.PendingDocument, logger: Logger
    ) -> IngestOutcome {
        let document = item.document
        switch outcome {
        case .stored(let detail):
            counters.stored += 1
            let figures = "\(item.extraction.timexes.count) time expressions, \(detail.events.count) events"
            let origin = "\(document.dctSource.rawValue), \(document.format.rawValue), \(document.encoding)"
            logger.info(
                "stored \(document.name): \(figures), published \(document.publicationDate) (\(origin))",
                metadata: ["document_id": "\(detail.document.id)"])
            broadcaster.publish(detail.events)
            return outcome
        case .duplicate(let detail):
            // Stored by someone else between the lookup and the insert, or earlier in the same batch.
            return .duplicate(counted(detail, of: document.name, logger: logger))
        }
    }

    /// The document already stored under `sha256`, as a `POST` answers it (without its body), if any.
    private func storedDocument(sha256: String) throws -> DocumentDetail? {
        guard let id = try store.documentID(sha256: sha256), var detail = try store.document(id: id) else {
            return nil
        }
        detail.body = nil  // POST answers carry no body, stored or duplicate alike.
        return detail
    }

    /// Counts and logs a duplicate of `existing`.
    private func counted(_ existing: DocumentDetail, of name: String, logger: Logger) -> DocumentDetail {
        counters.duplicates += 1
        logger.notice(
            "\(name.debugDescription): duplicate of document \(existing.document.id) (same SHA-256); not stored again",
            metadata: ["document_id": "\(existing.document.id)"])
        return existing
    }

    private func fail(_ path: RawPath, reason: String, logger: Logger) {
        counters.failed += 1
        do {
            let target = try mover.markFailed(path, reason: reason)
            logger.warning("failed: \(reason); moved to \(target)")
        } catch {
            logger.error("failed: \(reason); and it could not be moved to failed/: \(error)")
        }
    }
}
