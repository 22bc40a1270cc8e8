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
            (
                mix.kinds[number % mix.kinds.count],
                try EventQuery(
                    parameters: Dictionary(
                        uniqueKeysWithValues: mix.parameters(number, random: &random).map { ($0.name, $0.value) }))
            )
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

    /// CPU time of the calling thread.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
