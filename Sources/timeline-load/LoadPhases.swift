import Foundation
import Synchronization

/// Latencies in milliseconds, and how to report them.
struct Latencies {
    var values: [Double] = []
    var errors = 0
    /// Events on the pages answered (each page checked by `PageCheck`).
    var events = 0

    mutating func merge(_ other: Latencies) {
        values += other.values
        errors += other.errors
        events += other.events
    }

    func percentile(_ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
    }

    func summary(seconds: Double) -> String {
        String(
            format:
                "%d queries in %.1f s = %.0f queries/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, errors %d, %d events on the checked pages",
            values.count, seconds, Double(values.count) / seconds, percentile(0.5), percentile(0.99),
            values.max() ?? .nan, errors, events)
    }
}

/// The query mix: a month of the timeline, a frequent word, or one document; the default page size.
struct QueryMix: Sendable {
    var words: [String]
    var documents: Int
    var years: ClosedRange<Int>
    /// Which kinds to cycle through: `range`, `word`, `doc`.
    var kinds: [String] = ["range", "word", "doc"]

    /// The request target of the `number`th query.
    func target(_ number: Int, random: inout some RandomNumberGenerator) -> String {
        "/v1/events?" + parameters(number, random: &random).map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    /// The query parameters of the `number`th query: a month, a word or a document.
    func parameters(_ number: Int, random: inout some RandomNumberGenerator) -> [(name: String, value: String)] {
        switch kinds[number % kinds.count] {
        case "range":
            let month = Int.random(in: 1...12, using: &random)
            let text = "\(Int.random(in: years, using: &random))-\(month < 10 ? "0" : "")\(month)"
            return [("from", text), ("to", text)]
        case "word": return [("q", words.randomElement(using: &random)!)]
        default: return [("doc", "\(Int.random(in: 1...documents, using: &random))")]
        }
    }
}

/// xorshift64* (Vigna), seeded from the system's generator: the clients draw their queries from it rather
/// than with a `getrandom` call per number.
struct XorShift: RandomNumberGenerator {
    private var state: UInt64

    init() {
        var system = SystemRandomNumberGenerator()
        state = system.next() | 1  // never zero
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

enum LoadPhases {
    /// `clients` threads, each on its own keep-alive connection, issue the mix for `seconds`.
    static func query(socket: String, mix: QueryMix, clients: Int, seconds: Double) -> (Latencies, Double) {
        let results = Mutex(Latencies())
        let group = DispatchGroup()
        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int(seconds * 1000))
        for client in 0..<clients {
            group.enter()
            Thread.detachNewThread {
                var mine = Latencies()
                var random = XorShift()
                var connection = try? UnixHTTP(path: socket)
                var number = client
                while ContinuousClock.now < deadline {
                    let target = mix.target(number, random: &random)
                    number += 1
                    let sent = ContinuousClock.now
                    do {
                        guard let open = connection else { throw LoadFailure("not connected") }
                        let checked = try open.withResponse(to: target) {
                            PageCheck.events(status: $0, body: $1, pageSize: 100)
                        }
                        switch checked {
                        case .success(let events):
                            mine.values.append((ContinuousClock.now - sent).milliseconds)
                            mine.events += events
                        case .failure(let failure):
                            mine.errors += 1
                            if mine.errors == 1 { print("error:       \(target): \(failure)") }
                        }
                    } catch {
                        mine.errors += 1
                        if mine.errors == 1 { print("error:       \(target): \(error)") }
                        connection = try? UnixHTTP(path: socket)
                    }
                }
                results.withLock { $0.merge(mine) }
                group.leave()
            }
        }
        group.wait()
        return (results.withLock { $0 }, (ContinuousClock.now - start).seconds)
    }

    /// Drops `perSecond` articles into `inbox` (staged in `.tmp/`, renamed in) until `stop` is set.
    static func drop(
        into inbox: String, bodies: [String], perSecond: Double, prefix: String, stop: StopFlag
    ) -> Int {
        let staging = inbox + "/.tmp"
        try? FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        let start = ContinuousClock.now
        var count = 0
        while !stop.isSet {
            let due = start + .milliseconds(Int(Double(count) * 1000 / perSecond))
            let wait = due - ContinuousClock.now
            if wait > .zero { Thread.sleep(forTimeInterval: wait.seconds) }
            let name = "\(prefix)-\(count).txt"
            let text = "Date: 2022-03-31\n\n\(bodies[count % bodies.count])\nLoad drop \(prefix) \(count).\n"
            _ = FileManager.default.createFile(atPath: staging + "/" + name, contents: Data(text.utf8))
            rename(staging + "/" + name, inbox + "/" + name)
            count += 1
        }
        return count
    }

    /// Drops one article at a time into the idle daemon's inbox and times until its first event arrives on a
    /// `follow=true` stream, `count` times.
    static func dropToQueryable(socket: String, inbox: String, body: String, count: Int) throws -> Latencies {
        let follower = try UnixHTTP(path: socket)
        guard try follower.open("/v1/events?follow=true") == 200 else { throw LoadFailure("follow refused") }
        let health = try UnixHTTP(path: socket)
        for _ in 0..<100 {  // the stream is registered once the daemon counts the follower
            let text = String(decoding: try health.get("/v1/health").body, as: UTF8.self)
            if text.contains("\"followers\":1") || text.contains("\"followers\" : 1") { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let staging = inbox + "/.tmp"
        try? FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        var latencies = Latencies()
        for index in 0..<count {
            let name = "probe-\(index)-\(UInt32.random(in: 0...UInt32.max)).txt"
            let text = "Date: 2022-03-31\n\n\(body)\nProbe \(name).\n"
            _ = FileManager.default.createFile(atPath: staging + "/" + name, contents: Data(text.utf8))
            let dropped = ContinuousClock.now
            rename(staging + "/" + name, inbox + "/" + name)
            if try follower.wait(for: Array("\"\(name)\"".utf8), until: dropped + .seconds(5)) {
                latencies.values.append((ContinuousClock.now - dropped).milliseconds)
            } else {
                latencies.errors += 1
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return latencies
    }
}

/// Set once to ask a thread to finish.
final class StopFlag: Sendable {
    private let state = Atomic(false)
    var isSet: Bool { state.load(ordering: .relaxed) }
    func set() { state.store(true, ordering: .relaxed) }
}
