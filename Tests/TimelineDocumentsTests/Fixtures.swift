import Foundation
import Testing
import TimelineCore
import TimelineDocuments

/// The hand-written documents in `Fixtures/`, found from this file's path.
enum Fixtures {
    static func bytes(_ name: String, filePath: String = #filePath) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func readAll(_ name: String, explicit: CalendarDate? = nil) throws -> [Document] {
        try DocumentReader.readAll(bytes: bytes(name), name: name, modificationDate: april2, explicitDate: explicit)
    }
}

/// What a fixture document must read as.
struct Expected: Sendable, CustomTestStringConvertible {
    var file: String
    var index = 0
    var format: DocumentFormat
    var title: String?
    var date: String
    var source: DCTSource
    var time: String? = nil
    var bodyStart: String
    var bodyContains: [String] = []
    var bodyLacks: [String] = []
    var testDescription: String { "\(file)#\(index)" }
}
