import Foundation
import Testing

/// Locates `shared/` next to the repository: `<repo>/Tests/X/File.swift` → `<repo>/../shared`.
enum SharedFiles {
    static func folder(filePath: String = #filePath) throws -> URL {
        let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: shared.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw MissingSharedFolder(path: shared.path)
        }
        return shared.resolvingSymlinksInPath()
    }

    struct MissingSharedFolder: Error, CustomStringConvertible {
        var path: String
        var description: String { "shared folder not found at \(path) (expected next to the repository)" }
    }
}
