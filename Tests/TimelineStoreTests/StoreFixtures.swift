import Foundation
import GRDB
import Synchronization
import TimelineCore
import TimelineDocuments
import TimelineWire

@testable import TimelineStore

/// A store on a fresh temporary file, removed with its folder when the test ends.
final class TemporaryStore {
    let folder: URL
    let path: String
    let store: TimelineStore

    init(readers: Int = TimelineStore.defaultReaders, threadReaders: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("nested/folder/timeline.sqlite").path
        store = try TimelineStore(path: path, readers: readers, threadReaders: threadReaders)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

/// One event to put in a sample document: how it is written and the interval it gets.
struct SampleEvent {
    var trigger: String
    var summary: String
    var relation: TemporalRelation = .on
    var timexValue: String
    var start: String
    var end: String
}

/// A document whose body holds one sentence per event, with a time expression and an event for each,
/// the way the extractor would report them.
func sampleDocument(
    name: String = "2022-03-31-sample.txt", events: [SampleEvent]
) -> (Document, Extraction) {
    var body = "Report.\n"
    var timexes: [TimeExpression] = []
    var dated: [DatedEvent] = []
    for (index, event) in events.enumerated() {
        let sentenceStart = body.unicodeScalars.count
        let sentence = "\(event.summary) in \(event.timexValue)."
        let triggerStart =
            sentenceStart
            + (sentence.range(of: event.trigger).map {
                sentence.unicodeScalars.distance(from: sentence.startIndex, to: $0.lowerBound)
            } ?? 0)
        let timexStart = sentenceStart + event.summary.unicodeScalars.count + 4
        let tid = "t\(index + 1)"
        timexes.append(
            TimeExpression(
                id: tid, text: event.timexValue, start: timexStart,
                end: timexStart + event.timexValue.unicodeScalars.count,
                type: .date, value: event.timexValue, mod: index == 0 ? "START" : nil,
                span: TimeSpan(start: event.start, end: event.end, granularity: .day)))
        dated.append(
            DatedEvent(
                timexID: tid,
                trigger: TextSpan(
                    text: event.trigger, start: triggerStart, end: triggerStart + event.trigger.unicodeScalars.count),
                relation: event.relation, summary: event.summary,
                sentence: TextSpan(
                    text: sentence, start: sentenceStart, end: sentenceStart + sentence.unicodeScalars.count),
                span: eventSpan(event)))
        body += sentence + " "
    }
    let document = Document(
        name: name, body: body, title: "Sample \(name)", source: "Wire", url: "https://example.org/\(name)",
        publicationDate: CalendarDate(year: 2022, month: 3, day: 31), dctSource: .filename)
    return (document, Extraction(timexes: timexes, events: dated))
}

/// The event interval as the core derives it from the time's interval `[start, end)` and the relation.
func eventSpan(_ event: SampleEvent) -> TimeSpan {
    switch event.relation {
    case .on, .begins: TimeSpan(start: event.start, end: event.end, granularity: .day)
    case .before: TimeSpan(start: "", end: event.start, granularity: .day)
    case .after: TimeSpan(start: event.end, end: "", granularity: .day)
    case .ends: TimeSpan(start: "", end: event.end, granularity: .day)
    }
}

/// A stand-in for the SHA-256 of a file: unique per name.
func fakeHash(_ name: String) -> String {
    String(repeating: "0", count: 64 - min(name.utf8.count * 2, 64))
        + name.utf8.prefix(32).map { String($0, radix: 16) }.joined()
}

/// Summaries of the events a query returns, in order.
func summaries(_ store: TimelineStore, _ parameters: [String: String]) throws -> [String] {
    try store.events(EventQuery(parameters: parameters)).events.map(\.summary)
}

/// A database file that an older timelined left behind: migrated up to `version` and filled by `sql`, in a fresh
/// temporary folder removed with it.
final class OldDatabase {
    let folder: URL
    let path: String

    init(version: String, sql: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "timeline-\(version)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("timeline.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try TimelineStore.migrator.migrate(queue, upTo: version)
        try queue.write { db in try db.execute(sql: sql) }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

/// Runs `read` for `iterations` indexes on concurrent threads and gathers what each returned (nil: nothing to
/// keep) by index, with the error text of every read that threw.
func readConcurrently(
    iterations: Int, _ read: @Sendable (Int) throws -> [UInt8]?
) -> (answers: [Int: [UInt8]], failures: [String]) {
    let answers = Mutex<[Int: [UInt8]]>([:])
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: iterations) { index in
        do {
            if let answer = try read(index) { answers.withLock { $0[index] = answer } }
        } catch {
            failures.withLock { $0.append("\(error)") }
        }
    }
    return (answers.withLock { $0 }, failures.withLock { $0 })
}
