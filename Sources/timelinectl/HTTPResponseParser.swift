/// The status line and headers of an HTTP response.
struct HTTPResponseHead: Sendable {
    var status: Int
    var reason: String
    var headers: [(name: String, value: String)]

    /// The first header called `name` (case-insensitive), if any.
    func value(of name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// `true` for 2xx.
    var isSuccess: Bool { (200..<300).contains(status) }
}

/// Why a response could not be parsed.
struct HTTPParseError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// An incremental HTTP/1.1 response parser.
///
/// Feed it bytes as they arrive with `consume(_:)`; it returns the body bytes they complete, with the framing
/// (`Content-Length`, `Transfer-Encoding: chunked`, or until the connection closes) already removed.
struct HTTPResponseParser {
    private enum State {
        case head
        case fixedLength(remaining: Int)
        case untilClose
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
        case done
    }

    /// The largest status line + headers accepted.
    static let maximumHeadSize = 64 * 1024

    private var buffer: [UInt8] = []
    private var state = State.head
    /// `HEAD` responses have no body whatever their headers say.
    private let bodyless: Bool
    /// The response head, once it has arrived.
    private(set) var head: HTTPResponseHead?

    init(requestMethod: String = "GET") {
        bodyless = requestMethod == "HEAD"
    }

    /// `true` once the whole response (head and body) has been read.
    var isComplete: Bool {
        if case .done = state { return true }
        return false
    }

    /// Parses `bytes` and returns the body bytes they contain.
    mutating func consume(_ bytes: some Sequence<UInt8>) throws(HTTPParseError) -> [UInt8] {
        buffer.append(contentsOf: bytes)
        var index = 0
        var body: [UInt8] = []
        parsing: while true {
            switch state {
            case .head:
                guard let end = find([13, 10, 13, 10], from: index) else {
                    if buffer.count - index > Self.maximumHeadSize { throw HTTPParseError("response head too large") }
                    break parsing
                }
                let parsed = try Self.parseHead(buffer[index..<end])
                index = end + 4
                if (100..<200).contains(parsed.status) { continue parsing }  // 100 Continue and friends.
                head = parsed
                state = try framing(of: parsed)
            case .fixedLength(let remaining):
                let take = min(remaining, buffer.count - index)
                body.append(contentsOf: buffer[index..<index + take])
                index += take
                state = remaining == take ? .done : .fixedLength(remaining: remaining - take)
                if take == 0 { break parsing }
            case .untilClose:
                body.append(contentsOf: buffer[index...])
                index = buffer.count
                break parsing
            case .chunkSize:
                guard let end = find([13, 10], from: index) else { break parsing }
                let line = String(decoding: buffer[index..<end], as: UTF8.self)
                let digits = line.split(separator: ";", maxSplits: 1).first ?? ""
                guard let size = Int(digits.trimmingSpaces(), radix: 16), size >= 0 else {
                    throw HTTPParseError("bad chunk size line \"\(line)\"")
                }
                index = end + 2
                state = size == 0 ? .trailers : .chunkData(remaining: size)
            case .chunkData(let remaining):
                let take = min(remaining, buffer.count - index)
                body.append(contentsOf: buffer[index..<index + take])
                index += take
                state = remaining == take ? .chunkDataEnd : .chunkData(remaining: remaining - take)
                if take == 0 { break parsing }
            case .chunkDataEnd:
                guard buffer.count - index >= 2 else { break parsing }
                guard buffer[index] == 13, buffer[index + 1] == 10 else {
                    throw HTTPParseError("chunk not followed by CRLF")
                }
                index += 2
                state = .chunkSize
            case .trailers:
                guard let end = find([13, 10], from: index) else { break parsing }
                state = end == index ? .done : .trailers
                index = end + 2
            case .done:
                break parsing
            }
        }
        buffer.removeFirst(index)
        return body
    }

    /// Called when the connection closes: throws if the response was cut short.
    func finish() throws(HTTPParseError) {
        switch state {
        case .done, .untilClose: return
        case .head:
            throw HTTPParseError(
                head == nil && buffer.isEmpty
                    ? "connection closed without a response" : "connection closed in the middle of the response head")
        default: throw HTTPParseError("connection closed before the end of the response body")
        }
    }

    private func framing(of head: HTTPResponseHead) throws(HTTPParseError) -> State {
        if bodyless || head.status == 204 || head.status == 304 { return .done }
        if let coding = head.value(of: "Transfer-Encoding"), coding.lowercased().contains("chunked") {
            return .chunkSize
        }
        if let length = head.value(of: "Content-Length") {
            guard let count = Int(length.trimmingSpaces()), count >= 0 else {
                throw HTTPParseError("bad Content-Length \"\(length)\"")
            }
            return count == 0 ? .done : .fixedLength(remaining: count)
        }
        return .untilClose
    }

    private static func parseHead(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPResponseHead {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]), (100..<600).contains(status)
        else { throw HTTPParseError("bad status line \"\(statusLine)\"") }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw HTTPParseError("bad header line \"\(line)\"") }
            headers.append((String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingSpaces()))
        }
        return HTTPResponseHead(status: status, reason: parts.count > 2 ? String(parts[2]) : "", headers: headers)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard buffer.count - start >= needle.count else { return nil }
        var index = start
        while index <= buffer.count - needle.count {
            if buffer[index] == needle[0] && buffer[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
