import TimelineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading local files and folders, with `strerror` reasons for what fails.
enum LocalFiles {
    /// The whole content of the file at `path`.
    static func read(_ path: String) throws(ToolError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure() }
        defer { _ = close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure() }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw ToolError(.input, String(cString: strerror(EISDIR))) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw failure() }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The UTC day of the file's last modification.
    static func modificationDay(_ path: String) throws(ToolError) -> CalendarDate {
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure() }
        #if canImport(Glibc)
            let seconds = Int(info.st_mtim.tv_sec)
        #else
            let seconds = Int(info.st_mtimespec.tv_sec)
        #endif
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDate(dayNumber: days)
    }

    /// The last path component.
    static func baseName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// `true` if `path` names a folder (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The regular files under the folder `path`, recursively, sorted by name, skipping dotfiles and
    /// symbolic links to folders.
    static func walk(_ path: String) throws(ToolError) -> [String] {
        guard let directory = opendir(path) else { throw failure() }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        var files: [String] = []
        for name in names.sorted() {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var info = stat()
            guard lstat(child, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: files += try walk(child)
            case S_IFREG: files.append(child)
            case S_IFLNK: if stat(child, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { files.append(child) }
            default: break
            }
        }
        return files
    }

    private static func failure() -> ToolError { ToolError(.input, String(cString: strerror(errno))) }
}

/// `read(2)`, under a name the `LocalFiles.read` method does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
