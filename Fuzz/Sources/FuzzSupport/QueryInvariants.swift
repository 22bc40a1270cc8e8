import Foundation
import TimelineStore
import TimelineWire

/// What the query-parameter parser must satisfy, and that every query it accepts runs.
public enum QueryInvariants {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timelined-fuzz-\(getpid())")

    /// A real store in a temporary folder holding a few extracted documents, opened once per process and
    /// removed at exit.
    static let store: TimelineStore = {
        atexit { try? FileManager.default.removeItem(at: QueryInvariants.folder) }
        do {
            let store = try TimelineStore(path: folder.appendingPathComponent("store.sqlite").path)
            let extractor = Extractor()
            let bodies = [
                "Floods hit the north on Monday. Rescue teams arrived yesterday and will stay until June 2022.",
                "The election was held in 2021. Results come next week; the count started at 10 a.m. today.",
                "Prices rose 3% in the first quarter of 2020, the bank said on March 31, 2022.",
            ]
            for (index, body) in bodies.enumerated() {
                let date = CalendarDate(year: 2022, month: 3, day: 28 + index)
                let document = Document(
                    name: "seed-\(index).txt", body: body, publicationDate: date, dctSource: .explicit)
                _ = try store.ingest(
                    document, extraction: extractor.extract(body, publicationDate: date), sha256: "seed\(index)")
            }
            return store
        } catch {
            fatalError("cannot build the fuzz store in \(folder.path): \(error)")
        }
    }()

    /// Parses `parameters` and checks: a refusal names one of the given parameters (or none) with a
    /// message; an accepted query has only known keys, a limit within `1...maximumLimit`, `from` before
    /// `to`, non-empty words without spaces, a positive document id; it runs on the store without error,
    /// returns at most `limit` events, each overlapping `[from, to)`, and the same page as stored objects
    /// (`eventsJSON`, what the daemon sends); its next cursor is accepted again.
    public static func check(_ parameters: [String: String]) {
        let query: EventQuery
        do {
            query = try EventQuery(parameters: parameters)
        } catch {
            guard !error.message.isEmpty else { violated("refusal without a message") }
            if let parameter = error.parameter, parameters[parameter] == nil {
                violated("refusal names '\(parameter)', which was not given")
            }
            return
        }
        guard parameters.keys.allSatisfy(EventQuery.parameterNames.contains) else { violated("unknown key accepted") }
        guard (1...EventQuery.maximumLimit).contains(query.limit) else { violated("limit \(query.limit) accepted") }
        if let from = query.from, let to = query.to, from >= to { violated("from \(from) not before to \(to)") }
        if query.words.contains(where: { $0.isEmpty || $0.contains(where: \.isWhitespace) }) {
            violated("words \(query.words) hold an empty word or a space")
        }
        if let id = query.documentID, id <= 0 { violated("document id \(id) accepted") }
        let page: EventPage
        do {
            page = try store.events(query)
        } catch {
            violated("accepted query \(parameters) failed on the store: \(error)")
        }
        // The daemon's pages: the events' stored objects, byte for byte what `EventJSON` writes for the records.
        var written: [UInt8] = []
        EventJSON.append(page, to: &written)
        do {
            guard try store.eventsJSON(query) == written else { violated("stored page differs for \(parameters)") }
        } catch {
            violated("accepted query \(parameters) failed on the store's pages: \(error)")
        }
        guard page.events.count <= query.limit else { violated("\(page.events.count) events for limit \(query.limit)") }
        for event in page.events {
            if let to = query.to, let start = event.start, start >= to.description {
                violated("event \(event.id) starts \(start), not before \(to)")
            }
            if let from = query.from, let end = event.end, end <= from.description {
                violated("event \(event.id) ends \(end), not after \(from)")
            }
        }
        if let cursor = page.nextCursor {
            var next = parameters
            next["cursor"] = cursor
            do { _ = try EventQuery(parameters: next) } catch { violated("own next cursor refused: \(error)") }
        }
    }
}
