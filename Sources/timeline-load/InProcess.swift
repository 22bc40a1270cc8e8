import Foundation
import TimelineStore

/// `--in-process N`: the store's share of a query without HTTP, threads or the client. One thread lists the
/// pages of N queries of the mix through `TimelineStore.eventsJSON` (the daemon's call) on the cached store,
/// twice (the first pass fills the page cache), and prints the second pass's CPU time per query by kind.
enum InProcess {
    static func run(store path: String, mix: QueryMix, queries: Int) throws {
        let store = try TimelineStore(path: path)
        var random = SystemRandomNumberGenerator()
        let list = try (0..<queries).map { number in
            (mix.kinds[number % mix.kinds.count], try query(mix, number, random: &random))
        }
        var bytes = 0
        for (_, query) in list { bytes += try store.eventsJSON(query).count }
        var seconds: [String: (Double, Int)] = [:]
        for (kind, query) in list {
            let start = threadSeconds()
            bytes += try store.eventsJSON(query).count
            let used = threadSeconds() - start
            seconds[kind, default: (0, 0)].0 += used
            seconds[kind, default: (0, 0)].1 += 1
        }
        print(
            "in-process:  \(queries) queries, each listed twice (\(bytes / (2 * queries)) bytes a page); second pass:")
        for kind in mix.kinds {
            guard let (used, count) = seconds[kind] else { continue }
            print("  \(kind): \(String(format: "%.1f", used * 1e6 / Double(count))) µs CPU per query (\(count))")
        }
    }

    /// `--check-pages N`: the client's share alone. Lists the pages of N queries of the mix (as the daemon sends
    /// them: with a newline), then checks them all with `PageCheck` until a second of CPU has passed, and prints
    /// the CPU time per page and per byte.
    static func checkPages(store path: String, mix: QueryMix, queries: Int) throws {
        let store = try TimelineStore(path: path)
        var random = XorShift()
        let pages = try (0..<queries).map { number in
            try store.eventsJSON(query(mix, number, random: &random)) + [UInt8(ascii: "\n")]
        }
        let bytes = pages.reduce(0) { $0 + $1.count }
        var checked = 0
        var events = 0
        let start = threadSeconds()
        while threadSeconds() - start < 1 {
            for page in pages { events += (try? PageCheck.events(in: page, pageSize: 100).get()) ?? -1_000_000 }
            checked += 1
        }
        let used = threadSeconds() - start
        print(
            String(
                format: "check-pages: %d pages of %d bytes on average, each checked %d times: %.2f µs CPU per page, "
                    + "%.3f ns per byte (%d events a pass)",
                pages.count, bytes / max(1, pages.count), checked, used * 1e6 / Double(checked * pages.count),
                used * 1e9 / Double(checked * bytes), events / checked))
    }

    /// The `number`th query of the mix, as the daemon reads it.
    static func query(_ mix: QueryMix, _ number: Int, random: inout some RandomNumberGenerator) throws -> EventQuery {
        try EventQuery(
            parameters: Dictionary(
                uniqueKeysWithValues: mix.parameters(number, random: &random).map { ($0.name, $0.value) }))
    }

    /// CPU time of the calling thread.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
