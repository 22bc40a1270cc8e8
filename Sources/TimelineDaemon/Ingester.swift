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

    /// Processes the inbox file `name`. Files that are gone (already handled) are skipped quietly.
    public func processFile(named name: FileName) -> FileOutcome {
        var logger = self.logger
        logger[metadataKey: "file"] = "\(name)"
        if name.hasSuffix(".meta") {
            // A sidecar is read with its document (`NAME.meta` with `NAME`), never on its own.
            logger.debug("sidecar: waits for its document")
            return .done
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
            return .done
        } catch .changed(let delay) {
            readAttempts[name] = attempt
            logger.notice(
                "changed while being read (read \(attempt) of \(stability.maxAttempts)); reading it again soon")
            return .retry(after: delay)
        } catch {
            readAttempts[name] = nil
            fail(path, reason: error.description, logger: logger)
            return .done
        }
        return process(content, at: path, logger: logger)
    }

    /// Stores a file's content read from `path`, then moves it (and its sidecar) out of the inbox.
    private func process(_ content: DocumentFile.Content, at path: RawPath, logger: Logger) -> FileOutcome {
        let name = path.name
        let sidecarPath = path.appending(".meta")
        let sidecar: Sidecar?
        do {
            sidecar = try readSidecar(sidecarPath)
        } catch {
            fail(path, reason: "\(name.display).meta: \(error)", logger: logger)
            moveSidecar(sidecarPath, failed: true, logger: logger)
            return .done
        }
        do {
            if content.bytes.isEmpty {
                logger.notice("empty file (0 bytes): nothing to store")
            } else {
                _ = try ingest(
                    bytes: content.bytes, name: name.display, modificationDate: content.modificationDate,
                    sidecar: sidecar, logger: logger)
            }
        } catch let error as DocumentError {
            fail(path, reason: error.message, logger: logger)
            moveSidecar(sidecarPath, failed: true, logger: logger)
            return .done
        } catch let error as StoreError where error.isStorageFailure {
            // Disk full or failing: the file stays in the inbox, and is tried again once the disk recovers.
            return .paused(reason: error.message)
        } catch {
            // The store failed otherwise: the file stays in the inbox for the next start.
            logger.error("could not store document: \(error)")
            return .done
        }
        do {
            let target = try mover.markProcessed(path)
            moveSidecar(sidecarPath, failed: false, logger: logger)
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
        try ingest(bytes: bytes, name: name, modificationDate: receivedOn, explicitDate: date).map { outcome in
            switch outcome {
            case .stored(let detail): (detail, false)
            case .duplicate(let detail): (detail, true)
            }
        }
    }

    /// The sidecar `NAME.meta` dropped with a file, if there is one (regular file, at most 64 KiB).
    private func readSidecar(_ path: RawPath) throws -> Sidecar? {
        let content: DocumentFile.Content
        do {
            content = try DocumentFile.read(path, limit: 64 * 1024)
        } catch .vanished {
            return nil
        }
        return try Sidecar.parse(bytes: content.bytes)
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

    /// Reads every article of a file and stores each in its own transaction.
    ///
    /// A single-article file is identified by the SHA-256 of its bytes; the articles of a JSON list or NDJSON
    /// file by the SHA-256 of the bytes and the article's position, so a file dropped again is recognised
    /// article by article.
    private func ingest(
        bytes: [UInt8], name: String, modificationDate: CalendarDate, explicitDate: CalendarDate? = nil,
        sidecar: Sidecar? = nil, logger given: Logger? = nil
    ) throws -> [IngestOutcome] {
        var logger = self.logger
        logger[metadataKey: "file"] = "\(name.debugDescription)"
        if let given { logger = given }
        let fileHash = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let existing = try storedDocument(sha256: fileHash) {
            return [duplicate(existing, of: name, logger: logger)]
        }
        let documents = try DocumentReader.readAll(
            bytes: bytes, name: name, modificationDate: modificationDate, explicitDate: explicitDate,
            maximumDocuments: maxDocumentsPerFile, sidecar: sidecar)
        if documents.isEmpty { logger.notice("empty file: no document, no events") }
        return try documents.enumerated().map { index, document in
            let sha256 = documents.count == 1 ? fileHash : "\(fileHash)#\(index + 1)"
            return try store(document, sha256: sha256, logger: logger)
        }
    }

    private func store(_ document: Document, sha256: String, logger: Logger) throws -> IngestOutcome {
        if let existing = try storedDocument(sha256: sha256) {
            return duplicate(existing, of: document.name, logger: logger)
        }
        if document.dctSource == .mtime {
            logger.warning(
                "no publication date in the document or its name; using the modification day \(document.publicationDate)"
            )
        }
        let extraction = extractor.extract(
            document.body, publicationDate: document.publicationDate, publicationDateEvents: publicationDateEvents)
        let outcome = try store.ingest(document, extraction: extraction, sha256: sha256)
        switch outcome {
        case .stored(let detail):
            counters.stored += 1
            let figures = "\(extraction.timexes.count) time expressions, \(detail.events.count) events"
            let origin = "\(document.dctSource.rawValue), \(document.format.rawValue), \(document.encoding)"
            logger.info(
                "stored \(document.name): \(figures), published \(document.publicationDate) (\(origin))",
                metadata: ["document_id": "\(detail.document.id)"])
            broadcaster.publish(detail.events)
        case .duplicate(let detail):
            // Stored by someone else between the lookup and the insert.
            return duplicate(detail, of: document.name, logger: logger)
        }
        return outcome
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
    private func duplicate(_ existing: DocumentDetail, of name: String, logger: Logger) -> IngestOutcome {
        counters.duplicates += 1
        logger.notice(
            "\(name.debugDescription): duplicate of document \(existing.document.id) (same SHA-256); not stored again",
            metadata: ["document_id": "\(existing.document.id)"])
        return .duplicate(existing)
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
