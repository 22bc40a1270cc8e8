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

    /// Runs `python3 ARGUMENTS…` and returns its stdout. The output goes to a temporary file, not a pipe:
    /// `readDataToEndOfFile` on a pipe traps when a signal (another test's child exiting) interrupts it.
    static func python(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("python-\(UUID().uuidString).out")
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
            let output = FileHandle(forWritingAtPath: file.path)
        else { throw Missing(path: file.path) }
        defer { try? FileManager.default.removeItem(at: file) }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        let data = try Data(contentsOf: file)
        try #require(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")) failed")
        return data
    }

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "shared folder not found at \(path) (expected next to the repository)" }
    }
}
