import Foundation
import Synchronization
import TimelineCore

/// `timeline-load`: the daemon under load. Builds (once, cached) a store of 1,000,000 events from the TBAQ
/// articles through `TimelineStore.ingest`, starts the real `timelined` on a copy of it, and prints:
/// 64 clients' queries for 60 s (range, word, document), the same while 100 documents/s are dropped,
/// and drop-to-queryable latency of single articles on the idle daemon.
///
///     swift build -c release && .build/release/timeline-load --bin-dir .build/release

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
var settings: [String: String] = [
    "bin-dir": repository + "/.build/release", "corpus": repository + "/../shared/corpora/tbaq",
    "work": repository + "/.build/load", "events": "1000000", "clients": "64", "seconds": "60",
    "drops-per-second": "100", "probes": "200", "mix": "range,word,doc", "in-process": "0", "warm-up": "0",
    "check-pages": "0",
]
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard flag.hasPrefix("--"), settings[String(flag.dropFirst(2))] != nil, let value = arguments.popFirst() else {
        print(
            "usage: timeline-load " + settings.keys.sorted().map { "[--\($0) \(settings[$0]!)]" }.joined(separator: " ")
        )
        exit(flag == "--help" ? 0 : 64)
    }
    settings[String(flag.dropFirst(2))] = value
}
@MainActor func number(_ key: String) -> Int { Int(settings[key]!) ?? { fatalError("--\(key) needs a number") }() }

/// CPU seconds (user and system) process `pid` has used, from `/proc/PID/stat` (clock ticks of 1/100 s).
func cpuSeconds(_ pid: Int32) -> Double {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = text.lastIndex(of: ")")
    else { return .nan }
    let fields = text[text.index(after: close)...].split(separator: " ")  // state is field 3, utime 14, stime 15
    guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return .nan }
    return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
}

/// How much CPU the daemon and this client used during a phase of `queries` queries over `seconds`.
func cpuSummary(daemon: Double, client: Double, queries: Int, seconds: Double) -> String {
    String(
        format: "daemon %.1f cores (%.0f µs per query), client %.1f cores (%.0f µs per query)", daemon / seconds,
        daemon * 1e6 / Double(max(queries, 1)), client / seconds, client * 1e6 / Double(max(queries, 1)))
}

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
        .joined(separator: " ") ?? "?"
}

@MainActor func run() throws {
    let work = settings["work"]!
    let corpus = try LoadCorpus.load(folder: settings["corpus"]!)
    print("machine:     \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage())")
    let cached = try LoadStore.prepare(
        corpus: corpus, events: number("events"), folder: work + "/store-\(number("events"))")

    let years = corpus.documents.map(\.publicationDate.year)
    let mix = QueryMix(
        words: corpus.frequentWords(200), documents: cached.documents, years: years.min()!...(years.max()! + 5),
        kinds: settings["mix"]!.split(separator: ",").map(String.init))
    guard !mix.kinds.isEmpty, mix.kinds.allSatisfy(["range", "word", "doc"].contains) else {
        throw LoadFailure("--mix takes range, word and doc, separated by commas")
    }
    if number("in-process") > 0 {
        return try InProcess.run(store: cached.path, mix: mix, queries: number("in-process"))
    }
    if number("check-pages") > 0 {
        return try InProcess.checkPages(store: cached.path, mix: mix, queries: number("check-pages"))
    }

    let runFolder = work + "/run"
    try? FileManager.default.removeItem(atPath: runFolder)
    try FileManager.default.createDirectory(atPath: runFolder + "/inbox", withIntermediateDirectories: true)
    let database = runFolder + "/timeline.sqlite"
    try FileManager.default.copyItem(atPath: cached.path, toPath: database)
    let socket = runFolder + "/timelined.sock"
    let daemon = Process()
    daemon.executableURL = URL(fileURLWithPath: settings["bin-dir"]! + "/timelined")
    daemon.arguments = [
        "--inbox", runFolder + "/inbox", "--socket", socket, "--database", database, "--log-level", "warning",
    ]
    try daemon.run()
    defer {
        daemon.terminate()
        daemon.waitUntilExit()
    }
    var ready = false
    for _ in 0..<600 where !ready {
        ready = (try? UnixHTTP(path: socket).get("/v1/health").status) == 200
        if !ready { Thread.sleep(forTimeInterval: 0.05) }
    }
    guard ready else { throw LoadFailure("timelined did not answer on \(socket)") }
    print("daemon:      \(daemon.executableURL!.path) on \(socket), pid \(daemon.processIdentifier)")

    let clients = number("clients")
    let seconds = Double(number("seconds"))
    print(
        "mix:         \(clients) clients, keep-alive, cycling through \(mix.kinds.joined(separator: ", ")) "
            + "(range: from=Y-M&to=Y-M; word: q=<one of 200 frequent words>; doc: doc=<id>); default page (100)"
    )

    // `--warm-up S`: the mix for S seconds first, not counted. The readers' page caches fill during the first
    // seconds of a run (faulting in fresh memory), which a daemon running for months has done long ago.
    if number("warm-up") > 0 {
        let (warm, warmSeconds) = LoadPhases.query(
            socket: socket, mix: mix, clients: clients, seconds: Double(number("warm-up")))
        print("warm-up:     \(warm.values.count) queries in \(Int(warmSeconds)) s, not counted")
    }
    let me = getpid()
    print("load before: \(loadAverage())")
    var cpu = (cpuSeconds(daemon.processIdentifier), cpuSeconds(me))
    let (idle, idleSeconds) = LoadPhases.query(socket: socket, mix: mix, clients: clients, seconds: seconds)
    print("queries:     \(idle.summary(seconds: idleSeconds))")
    print(
        "cpu:         "
            + cpuSummary(
                daemon: cpuSeconds(daemon.processIdentifier) - cpu.0, client: cpuSeconds(me) - cpu.1,
                queries: idle.values.count, seconds: idleSeconds))
    print("load after:  \(loadAverage())")

    // `--drops-per-second 0` and `--probes 0` leave out those phases (quicker runs of the queries alone).
    let perSecond = Double(number("drops-per-second"))
    if perSecond > 0 {
        let stop = StopFlag()
        let dropped = Mutex(0)
        let bodies = corpus.documents.map(\.body)
        let dropper = Thread {
            let count = LoadPhases.drop(
                into: runFolder + "/inbox", bodies: bodies, perSecond: perSecond, prefix: "flood", stop: stop)
            dropped.withLock { $0 = count }
        }
        let before = try UnixHTTP(path: socket).get("/v1/health").body
        dropper.start()
        cpu = (cpuSeconds(daemon.processIdentifier), cpuSeconds(me))
        let (busy, busySeconds) = LoadPhases.query(socket: socket, mix: mix, clients: clients, seconds: seconds)
        let busyCPU = (cpuSeconds(daemon.processIdentifier) - cpu.0, cpuSeconds(me) - cpu.1)
        stop.set()
        while dropper.isExecuting { Thread.sleep(forTimeInterval: 0.01) }
        Thread.sleep(forTimeInterval: 0.1)
        let after = try UnixHTTP(path: socket).get("/v1/health").body
        print("with drops:  \(busy.summary(seconds: busySeconds))")
        print(
            "cpu:         "
                + cpuSummary(daemon: busyCPU.0, client: busyCPU.1, queries: busy.values.count, seconds: busySeconds))
        print(
            "             \(dropped.withLock { $0 }) documents dropped at \(Int(perSecond))/s; health before: \(String(decoding: before, as: UTF8.self))"
        )
        print("             health after: \(String(decoding: after, as: UTF8.self))")
        print("load after:  \(loadAverage())")
    }
    guard number("probes") > 0 else { return }

    // Let the daemon drain its inbox (the backlog of the drop phase: up to 10 minutes), then time single drops.
    for _ in 0..<6000 {
        let text = String(decoding: try UnixHTTP(path: socket).get("/v1/health").body, as: UTF8.self)
        if text.contains("\"pending\":0") { break }
        Thread.sleep(forTimeInterval: 0.1)
    }
    Thread.sleep(forTimeInterval: 1)
    let probe = try String(contentsOfFile: repository + "/../shared/examples/lavrov-undated.txt", encoding: .utf8)
    let drops = try LoadPhases.dropToQueryable(
        socket: socket, inbox: runFolder + "/inbox", body: probe, count: number("probes"))
    print(
        String(
            format: "drop→follow: %d drops, p50 %.1f ms, p99 %.1f ms, max %.1f ms, not seen within 5 s: %d (load %@)",
            drops.values.count, drops.percentile(0.5), drops.percentile(0.99), drops.values.max() ?? .nan,
            drops.errors, loadAverage()))
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("timeline-load: \(error)\n".utf8))
    exit(1)
}
