// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets for timelined, kept out of the main package (which never builds them).
// Build one with the fuzzer and address sanitizers, e.g. from the repository root:
//   swift build --package-path Fuzz -c debug --product fuzz-extract --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address
// or run them all with `make fuzz` (FUZZ_SECONDS per target).

let readers = ["text", "markdown", "json", "ndjson", "html", "email", "timeml"]
let targetNames = ["extract", "query"] + readers.map { "read-\($0)" }

let package = Package(
    name: "timelined-fuzz",
    platforms: [.macOS(.v15)],
    products: targetNames.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [.package(name: "timelined", path: "..")],
    targets: [
        // The invariants every target checks, and the input conventions.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "TimelineCore", package: "timelined"),
                .product(name: "TimelineDocuments", package: "timelined"),
                .product(name: "TimelineStore", package: "timelined"),
                .product(name: "TimelineWire", package: "timelined"),
            ]
        )
    ]
        + targetNames.map { name in
            // One source file not named main.swift: parsed as a library, so libFuzzer's `main` is the entry.
            .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzSupport"])
        }
)
