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
    /// Bytes received; the first `consumed` of them are taken.
    private var buffer: [UInt8] = []
    private var consumed = 0
    private var chunk = [UInt8](repeating: 0, count: 262_144)

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
        let (status, length, chunked) = try readHead()
        if let length {
            return Response(status: status, body: try take(length))
        }
        guard chunked else { throw Failure(description: "response without a length") }
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
            // `searched` counts from `consumed`: `fill` drops the bytes before it.
            if let found = Self.find(marker, in: buffer, from: consumed + max(0, searched - marker.count)) {
                consumed = found + marker.count
                return true
            }
            searched = buffer.count - consumed
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

    /// Reads what the socket has into `buffer`, after dropping the bytes taken (`consumed`).
    private func fill() throws {
        if consumed == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            consumed = 0
        } else if consumed > 0 {
            buffer.removeSubrange(0..<consumed)
            consumed = 0
        }
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "read failed") }
        chunk.withUnsafeBufferPointer { buffer += UnsafeBufferPointer(rebasing: $0[0..<count]) }
    }

    /// The status line and the two headers that frame the body, read as bytes.
    private func readHead() throws -> (status: Int, length: Int?, chunked: Bool) {
        var end: Int?
        while true {
            end = Self.find(Self.headEnd, in: buffer, from: consumed)
            if end != nil { break }
            try fill()
        }
        let head = buffer[consumed..<end!]
        consumed = end! + 4
        let lines = head.split(separator: UInt8(ascii: "\n")).map { $0.last == 13 ? $0.dropLast() : $0 }
        let statusParts = lines[0].split(separator: UInt8(ascii: " "))
        guard statusParts.count >= 2, let status = Self.number(statusParts[1]) else {
            throw Failure(description: "bad status line '\(String(decoding: lines[0], as: UTF8.self))'")
        }
        var length: Int?
        var chunked = false
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = line[..<colon].map { $0 | 0x20 }  // ASCII lowercase (header names are tokens)
            let value = line[(colon + 1)...].drop { $0 == 32 }
            if name.elementsEqual("content-length".utf8) {
                length = Self.number(value)
                guard length != nil else { throw Failure(description: "bad Content-Length") }
            } else if name.elementsEqual("transfer-encoding".utf8) {
                chunked = value.map { $0 | 0x20 }.starts(with: "chunked".utf8)
            }
        }
        return (status, length, chunked)
    }

    private static let headEnd = Array("\r\n\r\n".utf8)

    /// A decimal number of ASCII digits, or nil.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count < 18 else { return nil }
        var value = 0
        for digit in digits {
            guard (48...57).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 48)
        }
        return value
    }

    private func readLine() throws -> String {
        while true {
            if let end = Self.find(Array("\r\n".utf8), in: buffer, from: consumed) {
                let line = String(decoding: buffer[consumed..<end], as: UTF8.self)
                consumed = end + 2
                return line
            }
            try fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count - consumed < count { try fill() }
        let bytes = Array(buffer[consumed..<consumed + count])
        consumed += count
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
