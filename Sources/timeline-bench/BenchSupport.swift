import Foundation
import TimelineCore
import TimelineDocuments

/// The command line: `--corpus DIR` (default `<repo>/../shared/corpora/tbaq`) and `--megabytes N` (20).
struct BenchOptions {
    var corpus: String
    var megabytes: Double

    static func parse(_ arguments: ArraySlice<String>, filePath: String = #filePath) -> BenchOptions {
        let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var options = BenchOptions(
            corpus: repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/tbaq").path,
            megabytes: 20)
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--corpus":
                guard let value = rest.popFirst() else { fail("--corpus needs a folder") }
                options.corpus = value
            case "--megabytes":
                guard let value = rest.popFirst().flatMap(Double.init), value > 0 else {
                    fail("--megabytes needs a positive number")
                }
                options.megabytes = value
            case "-h", "--help":
                print("usage: timeline-bench [--corpus DIR] [--megabytes N]")
                exit(0)
            default: fail("unknown argument \(argument) (try --help)")
            }
        }
        return options
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("timeline-bench: \(message)\n".utf8))
        exit(64)
    }
}

/// The TimeML bodies and publication dates of a folder, read as the daemon reads them.
struct BenchCorpus {
    struct Entry {
        var body: String
        var publicationDate: CalendarDate
    }

    var folder: String
    var documents: [Entry]

    static func load(folder: String) -> BenchCorpus {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            BenchOptions.fail("cannot read \(folder)")
        }
        var files: [URL] = []
        while let url = enumerator.nextObject() as? URL {
            if url.pathExtension.lowercased() == "tml", !url.lastPathComponent.hasPrefix(".") { files.append(url) }
        }
        var documents: [Entry] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            do {
                let bytes = Array(try Data(contentsOf: file))
                let document = try DocumentReader.read(
                    bytes: bytes, name: file.lastPathComponent,
                    modificationDate: CalendarDate(year: 2000, month: 1, day: 1))
                documents.append(Entry(body: document.body, publicationDate: document.publicationDate))
            } catch {
                BenchOptions.fail("\(file.path): \(error)")
            }
        }
        return BenchCorpus(folder: folder, documents: documents)
    }
}

/// Wall-clock timing on the monotonic clock.
enum BenchClock {
    static func seconds(_ work: () -> Void) -> Double {
        let start = ContinuousClock.now
        work()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The process's peak resident set size.
enum BenchMemory {
    /// `VmHWM` from `/proc/self/status`, in kB.
    static func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}
