import Foundation
import TimelineCore
import TimelineDocuments
import TimelineStore

/// The TBAQ articles the load is made of, read as the daemon reads them.
struct LoadCorpus {
    var documents: [Document]

    static func load(folder: String) throws -> LoadCorpus {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw LoadFailure("cannot read \(folder)")
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".tml") { paths.append(path) }
        }
        var documents: [Document] = []
        for path in paths.sorted() {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
            documents.append(
                try DocumentReader.read(
                    bytes: bytes, name: (path as NSString).lastPathComponent,
                    modificationDate: CalendarDate(year: 2000, month: 1, day: 1)))
        }
        guard !documents.isEmpty else { throw LoadFailure("no .tml files under \(folder)") }
        return LoadCorpus(documents: documents)
    }

    /// The `copy`-th variant of article `index`: its publication date moved `copy` weeks later, so the
    /// relative expressions resolve to other days, under a name and hash of its own.
    func variant(_ index: Int, copy: Int) -> (document: Document, sha256: String) {
        var document = documents[index]
        document.publicationDate = document.publicationDate.adding(days: 7 * copy)
        document.name = "load-\(copy)-\(document.name)"
        return (document, "load-\(copy)-\(index)")
    }

    /// Words for `q=`: the `count` most frequent lowercase words of five letters or more.
    func frequentWords(_ count: Int) -> [String] {
        var frequency: [String: Int] = [:]
        for document in documents {
            for word in document.body.split(whereSeparator: { !$0.isLetter }) where word.count >= 5 {
                if word.allSatisfy(\.isLowercase) { frequency[String(word), default: 0] += 1 }
            }
        }
        return frequency.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(count)
            .map(\.key)
    }
}

/// A store of at least `events` events built through `TimelineStore.ingest`, cached under `folder`.
enum LoadStore {
    static func prepare(corpus: LoadCorpus, events target: Int, folder: String) throws -> (path: String, documents: Int)
    {
        let path = folder + "/timeline.sqlite"
        let marker = folder + "/complete"
        if let text = try? String(contentsOfFile: marker, encoding: .utf8), let documents = Int(text) {
            // Bring the cache to the current schema once, not on each run's copy.
            let started = ContinuousClock.now
            _ = try TimelineStore(path: path)
            let seconds = String(format: "%.0f", (ContinuousClock.now - started).seconds)
            print("store:       cached \(path) (\(documents) documents; opened and migrated in \(seconds) s)")
            return (path, documents)
        }
        try? FileManager.default.removeItem(atPath: folder)
        let store = try TimelineStore(path: path)
        let extractor = Extractor()
        let started = ContinuousClock.now
        var copy = 0
        var stored = 0
        var events = 0
        while events < target {
            for index in corpus.documents.indices where events < target {
                let (document, hash) = corpus.variant(index, copy: copy)
                let extraction = extractor.extract(document.body, publicationDate: document.publicationDate)
                _ = try store.ingest(document, extraction: extraction, sha256: hash)
                events += extraction.events.count
                stored += 1
            }
            copy += 1
            if copy % 20 == 0 { print("store:       \(stored) documents, \(events) events…") }
        }
        let counts = try store.counts()
        let seconds = (ContinuousClock.now - started).seconds
        print(
            "store:       built \(path): \(counts.documents) documents, \(counts.timexes) timexes, \(counts.events) "
                + "events in \(String(format: "%.0f", seconds)) s through TimelineStore.ingest")
        try String(counts.documents).write(toFile: marker, atomically: true, encoding: .utf8)
        return (path, counts.documents)
    }
}

struct LoadFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var milliseconds: Double { seconds * 1000 }
}
