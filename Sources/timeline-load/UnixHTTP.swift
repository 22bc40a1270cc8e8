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
    /// One receive buffer, reused: bytes `start..<filled` are received and not yet taken. A body framed by
    /// `Content-Length` is read into it and checked where it lies (no copy); a chunked one is gathered in `chunks`.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 262_144
    private var start = 0
    private var filled = 0
    private var chunks: [UInt8] = []

    init(path: String) throws {
        buffer = .allocate(capacity: capacity)
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        // On a throw below, `deinit` runs (every property is set): it closes the socket and frees the buffer.
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
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
            throw Failure(description: "connect \(path): \(message)")
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
        buffer.deallocate()
    }

    /// Sends `GET target` and reads the whole response (Content-Length or chunked).
    func get(_ target: String) throws -> Response {
        try withResponse(to: target) { Response(status: $0, body: Array($1)) }
    }

    /// Sends `GET target`, reads the whole response (Content-Length or chunked) and hands its status and body
    /// to `use`; the body's bytes are valid only during the call.
    func withResponse<Result>(
        to target: String, _ use: (Int, UnsafeBufferPointer<UInt8>) throws -> Result
    ) throws -> Result {
        try send(target)
        let (status, length, chunked) = try readHead()
        if let length {
            try receive(length)
            defer { start += length }
            return try use(status, UnsafeBufferPointer(start: buffer + start, count: length))
        }
        guard chunked else { throw Failure(description: "response without a length") }
        chunks.removeAll(keepingCapacity: true)
        while true {
            let line = try readLine()
            let size = Int(line.split(separator: ";")[0], radix: 16) ?? -1
            guard size >= 0 else { throw Failure(description: "bad chunk size") }
            try receive(size + 2)
            chunks.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: size))
            start += size + 2
            if size == 0 { return try chunks.withUnsafeBufferPointer { try use(status, $0) } }
        }
    }

    /// Sends `GET target` and returns once the response head is read (for a stream that stays open).
    func open(_ target: String) throws -> Int {
        try send(target)
        return try readHead().status
    }

    /// Reads until `marker` has arrived (searching only bytes not searched before), or the deadline passes.
    func wait(for marker: [UInt8], until deadline: ContinuousClock.Instant) throws -> Bool {
        var searched = 0
        while true {
            // `searched` counts from `start`: `fill` moves the bytes not taken to the front.
            if let found = find(marker, from: start + max(0, searched - marker.count)) {
                start = found + marker.count
                return true
            }
            searched = filled - start
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return false }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
            if poll(&poller, 1, max(1, milliseconds)) > 0 { try fill() }
        }
    }

    private func send(_ target: String) throws {
        var request = "GET \(target) HTTP/1.1\r\nHost: timelined\r\n\r\n"
        try request.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                guard sent > 0 else { throw Failure(description: "write: \(String(cString: strerror(errno)))") }
                offset += sent
            }
        }
    }

    /// Reads until `count` bytes not taken are in the buffer (growing it if they do not fit).
    private func receive(_ count: Int) throws {
        while filled - start < count {
            if start + count > capacity { makeRoom(for: count) }
            try fill()
        }
    }

    /// Reads what the socket has (as much as fits) after the bytes received.
    private func fill() throws {
        if start == filled {
            start = 0
            filled = 0
        }
        if filled == capacity { makeRoom(for: filled - start + 65_536) }
        let count = read(fd, buffer + filled, capacity - filled)
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "read failed") }
        filled += count
    }

    /// Moves the bytes not taken to the front, and grows the buffer until `count` bytes fit.
    private func makeRoom(for count: Int) {
        if start > 0 {
            memmove(buffer, buffer + start, filled - start)
            filled -= start
            start = 0
        }
        guard count > capacity else { return }
        while capacity < count { capacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: buffer, count: filled)
        buffer.deallocate()
        buffer = larger
    }

    /// The status line and the two headers that frame the body, read as bytes.
    private func readHead() throws -> (status: Int, length: Int?, chunked: Bool) {
        var searched = 0  // counted from `start` (`fill` may move the bytes not taken)
        while true {
            if let end = find(Self.headEnd, from: start + max(0, searched - 3)) {
                defer { start = end + 4 }
                return try Self.parseHead(UnsafeBufferPointer(start: buffer + start, count: end - start))
            }
            searched = filled - start
            try fill()
        }
    }

    /// The status, `Content-Length` and whether the body is chunked, from the head's lines (a `\r` before
    /// each `\n` is optional; empty lines are skipped), read where they lie.
    static func parseHead(_ head: UnsafeBufferPointer<UInt8>) throws -> (status: Int, length: Int?, chunked: Bool) {
        var status: Int?
        var length: Int?
        var chunked = false
        var from = 0
        while from < head.count {
            var end = head[from...].firstIndex(of: UInt8(ascii: "\n")) ?? head.count
            let next = end + 1
            if end > from, head[end - 1] == 13 { end -= 1 }
            let line = head[from..<end]
            from = next
            if line.isEmpty { continue }
            guard status != nil else {
                // `HTTP/1.1 200 OK`: the second of the words parted by spaces.
                let words = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
                status = words.count >= 2 ? Self.number(words[1]) : nil
                guard status != nil else {
                    throw Failure(description: "bad status line '\(String(decoding: line, as: UTF8.self))'")
                }
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = line[..<colon]
            let value = line[(colon + 1)...].drop { $0 == 32 }
            if Self.equalIgnoringCase(name, "content-length") {
                length = Self.number(value)
                guard length != nil else { throw Failure(description: "bad Content-Length") }
            } else if Self.equalIgnoringCase(name, "transfer-encoding") {
                chunked = Self.equalIgnoringCase(value.prefix(7), "chunked")
            }
        }
        guard let status else { throw Failure(description: "bad status line ''") }
        return (status, length, chunked)
    }

    /// Whether `bytes` spell `lowercase` in ASCII letters of either case (header names are tokens).
    private static func equalIgnoringCase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ lowercase: StaticString) -> Bool
    {
        bytes.count == lowercase.utf8CodeUnitCount
            && zip(bytes, UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount))
                .allSatisfy { $0 | 0x20 == $1 }
    }

    private static let headEnd = Array("\r\n\r\n".utf8)
    private static let lineEnd = Array("\r\n".utf8)

    /// A decimal number of ASCII digits, or nil.
    private static func number(_ digits: some Collection<UInt8>) -> Int? {
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
            if let end = find(Self.lineEnd, from: start) {
                let line = String(
                    decoding: UnsafeBufferPointer(start: buffer + start, count: end - start), as: UTF8.self)
                start = end + 2
                return line
            }
            try fill()
        }
    }

    /// Where `needle` first occurs in the bytes received from `from` on (`memchr` for its first byte).
    private func find(_ needle: [UInt8], from: Int) -> Int? {
        var index = from
        while filled - index >= needle.count {
            guard let first = memchr(buffer + index, Int32(needle[0]), filled - index - needle.count + 1) else {
                return nil
            }
            index = buffer.distance(to: first.assumingMemoryBound(to: UInt8.self))
            if memcmp(buffer + index, needle, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}
