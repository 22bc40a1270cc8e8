#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A connected `AF_UNIX` stream socket: blocking reads and writes that retry on `EINTR` and short writes.
struct UnixSocket: Sendable {
    let descriptor: Int32
    let path: String

    /// Connects to the socket file at `path`, turning the usual failures into messages a user can act on.
    init(connectingTo path: String) throws(ToolError) {
        self.path = path
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !pathBytes.isEmpty else { throw ToolError(.unavailable, "the socket path is empty") }
        guard pathBytes.count < capacity else {
            throw ToolError(
                .unavailable,
                "socket path is too long (\(pathBytes.count) bytes, a Unix socket path holds at most "
                    + "\(capacity - 1)): \(path); use a shorter or relative --socket path")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
            raw[pathBytes.count] = 0
        }
        #if canImport(Glibc)
            let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
            let type = SOCK_STREAM
        #endif
        let descriptor = socket(AF_UNIX, type, 0)
        guard descriptor >= 0 else { throw ToolError(.unavailable, "cannot create a socket: \(Self.errorText(errno))") }
        var result: Int32
        repeat {
            result = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        } while result != 0 && errno == EINTR
        if result != 0 && errno != EISCONN {
            let code = errno
            _ = systemClose(descriptor)
            throw Self.connectError(code, path: path)
        }
        self.descriptor = descriptor
    }

    /// Gives up on a read after `seconds` without data.
    func setReceiveTimeout(seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Writes all of `bytes`. Uses `send(MSG_NOSIGNAL)` so a closed peer is an error, not a fatal `SIGPIPE`.
    func writeAll(_ bytes: [UInt8]) throws(ToolError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                systemSend(descriptor, raw.baseAddress! + offset, raw.count - offset, Self.sendFlags)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw ToolError(.transport, "cannot send to timelined at \(path): \(Self.errorText(errno))")
            }
            offset += written
        }
    }

    /// Reads what is available into `buffer`; returns the byte count, 0 at end of stream.
    func read(into buffer: inout [UInt8]) throws(ToolError) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: throw ToolError(.transport, "timed out waiting for timelined at \(path)")
            case let code: throw ToolError(.transport, "cannot read from timelined at \(path): \(Self.errorText(code))")
            }
        }
    }

    #if canImport(Glibc)
        private static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
        private static let sendFlags: Int32 = 0
    #endif

    func close() { _ = systemClose(descriptor) }

    private static func connectError(_ code: Int32, path: String) -> ToolError {
        switch code {
        case ENOENT, ENOTDIR:
            return ToolError(
                .unavailable,
                "timelined is not running: no socket at \(path) (start it with `make run`, or pass --socket)")
        case ECONNREFUSED:
            var info = stat()
            if stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFSOCK {
                return ToolError(.unavailable, "\(path) is not a socket (pass the daemon's socket with --socket)")
            }
            return ToolError(.unavailable, "nothing is listening on \(path) (stale socket?)")
        case EACCES, EPERM:
            return ToolError(
                .unavailable,
                "permission denied connecting to \(path) (ask for access to the socket, e.g. its group, or use sudo)")
        default:
            return ToolError(.unavailable, "cannot connect to \(path): \(errorText(code))")
        }
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }
}

// The C calls under other names, so the methods above can share theirs.
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
private func systemSend(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int, _ flags: Int32) -> Int {
    send(descriptor, buffer, count, flags)
}
