import Foundation

/// A blocking HTTP/1.1 keep-alive connection over a Unix socket: just enough for the load benchmark.
final class UnixHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Response {
        var status: Int
        var body: [UInt8]
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 65536)

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw Failure(description: "socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "connect \(path): \(message)")
        }
    }

    deinit { close(fd) }

    /// Sends `GET target` and reads the whole response (Content-Length or chunked).
    func get(_ target: String) throws -> Response {
        try send("GET \(target) HTTP/1.1\r\nHost: timelined\r\n\r\n")
        let (status, headers) = try readHead()
        if let length = headers["content-length"].flatMap(Int.init) {
            return Response(status: status, body: try take(length))
        }
        guard headers["transfer-encoding"]?.lowercased() == "chunked" else {
            throw Failure(description: "response without a length")
        }
        var body: [UInt8] = []
        while true {
            let size = Int(try readLine().split(separator: ";")[0], radix: 16) ?? -1
            guard size >= 0 else { throw Failure(description: "bad chunk size") }
            body += try take(size)
            _ = try take(2)
            if size == 0 { return Response(status: status, body: body) }
        }
    }

    /// Sends `GET target` and returns once the response head is read (for a stream that stays open).
    func open(_ target: String) throws -> Int {
        try send("GET \(target) HTTP/1.1\r\nHost: timelined\r\n\r\n")
        return try readHead().status
    }

    /// Reads until `marker` has arrived (searching only bytes not searched before), or the deadline passes.
    func wait(for marker: [UInt8], until deadline: ContinuousClock.Instant) throws -> Bool {
        var searched = 0
        while true {
            if let found = Self.find(marker, in: buffer, from: max(0, searched - marker.count)) {
                buffer.removeSubrange(0..<(found + marker.count))
                return true
            }
            searched = buffer.count
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return false }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
            if poll(&poller, 1, max(1, milliseconds)) > 0 { try fill() }
        }
    }

    private func send(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let sent = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard sent > 0 else { throw Failure(description: "write: \(String(cString: strerror(errno)))") }
            bytes = bytes.dropFirst(sent)
        }
    }

    private func fill() throws {
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "read failed") }
        buffer += chunk[0..<count]
    }

    private func readHead() throws -> (status: Int, headers: [String: String]) {
        var end: Int?
        while true {
            end = Self.find(Array("\r\n\r\n".utf8), in: buffer, from: 0)
            if end != nil { break }
            try fill()
        }
        let head = String(decoding: buffer[0..<end!], as: UTF8.self)
        buffer.removeSubrange(0..<(end! + 4))
        let lines = head.components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line '\(lines[0])'")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return (status, headers)
    }

    private func readLine() throws -> String {
        while true {
            if let end = Self.find(Array("\r\n".utf8), in: buffer, from: 0) {
                let line = String(decoding: buffer[0..<end], as: UTF8.self)
                buffer.removeSubrange(0..<(end + 2))
                return line
            }
            try fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer[0..<count])
        buffer.removeSubrange(0..<count)
        return bytes
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
