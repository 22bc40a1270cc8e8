import Foundation
import TimelineCore
import TimelineDocuments

/// `timeline-bench`: single-core extraction throughput over the TBAQ bodies, next to the cost of
/// merely reading the same text, plus documents per second and peak memory.
///
///     swift build -c release --product timeline-bench && .build/release/timeline-bench --megabytes 20

let options = BenchOptions.parse(CommandLine.arguments.dropFirst())
let corpus = BenchCorpus.load(folder: options.corpus)
let bytesPerPass = corpus.documents.reduce(0) { $0 + $1.body.utf8.count }
guard bytesPerPass > 0 else { BenchOptions.fail("no TimeML bodies under \(options.corpus)") }
let passes = max(1, Int((options.megabytes * 1_000_000 / Double(bytesPerPass)).rounded(.up)))
let totalBytes = Double(bytesPerPass * passes)
let megabytes = totalBytes / 1_000_000

let extractor = Extractor()
var checksum = 0
for document in corpus.documents {  // warm-up pass
    checksum &+= extractor.extract(document.body, publicationDate: document.publicationDate).timexes.count
}
let extractSeconds = BenchClock.seconds {
    for _ in 0..<passes {
        for document in corpus.documents {
            let extraction = extractor.extract(document.body, publicationDate: document.publicationDate)
            checksum &+= extraction.timexes.count &+ extraction.events.count
        }
    }
}
let readSeconds = BenchClock.seconds {
    for _ in 0..<passes {
        for document in corpus.documents {
            for scalar in document.body.unicodeScalars { checksum &+= Int(scalar.value) }
        }
    }
}

let extractRate = megabytes / extractSeconds
let readRate = megabytes / readSeconds
print("corpus:      \(corpus.documents.count) documents, \(bytesPerPass) body bytes (UTF-8) per pass, \(corpus.folder)")
print("work:        \(passes) passes = \(String(format: "%.1f", megabytes)) MB (1 MB = 10^6 bytes), one core")
print("extract:     \(String(format: "%8.2f", extractRate)) MB/s  (\(String(format: "%.3f", extractSeconds)) s)")
let readTime = String(format: "%.3f", readSeconds)
print("plain read:  \(String(format: "%8.2f", readRate)) MB/s  (\(readTime) s, summing the bodies' unicode scalars)")
print("ratio:       extraction is \(String(format: "%.1f", readRate / extractRate))× slower than reading the text")
print("documents/s: \(String(format: "%.0f", Double(corpus.documents.count * passes) / extractSeconds))")
print("peak RSS:    \(BenchMemory.peakResidentKilobytes().map { "\($0 / 1024) MB (VmHWM \($0) kB)" } ?? "unknown")")
print("checksum:    \(checksum)")
