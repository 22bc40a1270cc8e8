import Foundation
import Testing

/// The shared folder next to the repository (`<repo>/Tests/X/File.swift` → `<repo>/../shared`) and the
/// TBAQ corpus in it.
enum SharedCorpus {
    static func sharedFolder(filePath: String = #filePath) throws -> URL {
        let repository = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: shared.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Missing(path: shared.path)
        }
        return shared.resolvingSymlinksInPath()
    }

    /// The `.tml` files of TBAQ, sorted by path; requires all 256.
    static func tbaqFiles() throws -> (folder: URL, files: [URL]) {
        let folder = try sharedFolder().appendingPathComponent("corpora/tbaq")
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "tml" && !url.lastPathComponent.hasPrefix("._") { files.append(url) }
        }
        try #require(files.count == 256, "expected the 256 TBAQ documents in \(folder.path), found \(files.count)")
        return (folder, files.sorted { $0.path < $1.path })
    }

    /// Runs `python3 ARGUMENTS…` and returns its stdout, read to the end before waiting (a full pipe
    /// would otherwise block the child).
    static func python(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")) failed")
        return data
    }

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "shared folder not found at \(path) (expected next to the repository)" }
    }
}
