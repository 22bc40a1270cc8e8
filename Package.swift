// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "timelined",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "timelined", targets: ["timelined"]),
        .executable(name: "timelinectl", targets: ["timelinectl"]),
        // For the fuzz package under Fuzz/ (it depends on this one by path).
        .library(name: "TimelineCore", targets: ["TimelineCore"]),
        .library(name: "TimelineDocuments", targets: ["TimelineDocuments"]),
        .library(name: "TimelineStore", targets: ["TimelineStore"]),
        .library(name: "TimelineWire", targets: ["TimelineWire"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        // Extraction core: text + publication date in, time expressions and dated events out. No I/O.
        .target(name: "TimelineCore"),
        // Reading documents from bytes: header block, file-name dates, TimeML. No I/O.
        .target(name: "TimelineDocuments", dependencies: ["TimelineCore"]),
        // Scoring extracted time expressions against TimeML gold, as te3score.py does. No I/O.
        .target(name: "TimelineEval", dependencies: ["TimelineCore", "TimelineDocuments", "TimelineWire"]),
        // The JSON shapes the daemon serves and the client reads.
        .target(name: "TimelineWire", dependencies: ["TimelineCore"]),
        // Ways to look at events: the terminal timeline, iCalendar, TimeML, the web page. No I/O.
        .target(name: "TimelineViews", dependencies: ["TimelineWire"]),
        // The SQLite timeline store.
        .target(
            name: "TimelineStore",
            dependencies: [
                "TimelineCore", "TimelineDocuments", "TimelineWire",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // The daemon's services: config, inbox watcher, ingester, API server, systemd glue.
        .target(
            name: "TimelineDaemon",
            dependencies: [
                "TimelineCore", "TimelineDocuments", "TimelineStore", "TimelineWire", "CSystemd",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "timelined",
            dependencies: [
                "TimelineDaemon", "TimelineWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "timelinectl",
            dependencies: [
                "TimelineCore", "TimelineDocuments", "TimelineWire", "TimelineEval", "TimelineViews",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "timeline-bench", dependencies: ["TimelineCore", "TimelineDocuments"]),
        // The load benchmark: a 1M-event store, 64 clients on the daemon's socket, drop-to-queryable latency.
        .executableTarget(
            name: "timeline-load", dependencies: ["TimelineCore", "TimelineDocuments", "TimelineStore", "CLoadScan"]),
        // The byte classes of 64 bytes of JSON as bit masks (SSE2), for the load benchmark's page check.
        .target(name: "CLoadScan"),
        .testTarget(name: "TimelineCoreTests", dependencies: ["TimelineCore"]),
        .testTarget(name: "TimelineDocumentsTests", dependencies: ["TimelineDocuments"], exclude: ["Fixtures"]),
        .testTarget(name: "TimelineEvalTests", dependencies: ["TimelineEval"]),
        .testTarget(name: "TimelineViewsTests", dependencies: ["TimelineViews", "TimelineWire", "TimelineCore"]),
        .testTarget(name: "TimelineStoreTests", dependencies: ["TimelineStore"]),
        .testTarget(name: "TimelineDaemonTests", dependencies: ["TimelineDaemon"]),
        .testTarget(name: "IntegrationTests", dependencies: ["TimelineWire"]),
        .testTarget(name: "TimelineLoadTests", dependencies: ["timeline-load", "CLoadScan"], exclude: ["Fixtures"]),
    ]
)
