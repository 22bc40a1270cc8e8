/// A request to send: method, target (path and query, already encoded) and an optional body.
struct HTTPRequest: Sendable {
    var method: String
    var target: String
    var body: [UInt8] = []
    var contentType: String? = nil

    /// The bytes on the wire: request line, headers, blank line, body.
    var serialized: [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\nUser-Agent: timelinectl\r\n"
        head += "Accept: application/json, application/x-ndjson\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}

/// A complete response.
struct HTTPResponse: Sendable {
    var head: HTTPResponseHead
    var body: [UInt8]
}

/// A small blocking HTTP/1.1 client over a Unix domain socket: one connection per request (`Connection: close`).
struct UnixHTTPClient: Sendable {
    /// The socket file, as given (relative paths are relative to the current directory).
    var socketPath: String
    /// How long to wait for the daemon to say something; `nil` waits forever (streams).
    var timeoutSeconds: Int? = 120

    /// Sends `request` and reads the whole response.
    func send(_ request: HTTPRequest) throws(ToolError) -> HTTPResponse {
        var body: [UInt8] = []
        let head = try exchange(request, timeoutSeconds: timeoutSeconds) { body.append(contentsOf: $0) }
        return HTTPResponse(head: head, body: body)
    }

    /// Sends `request` and hands the body to `onBody` piece by piece as it arrives, with no timeout.
    ///
    /// `onHead` sees the head first and may throw to stop. Returns the head once the response has ended.
    func stream(
        _ request: HTTPRequest, onHead: (HTTPResponseHead) throws(ToolError) -> Void,
        onBody: ([UInt8]) throws(ToolError) -> Void
    ) throws(ToolError) -> HTTPResponseHead {
        try exchange(request, timeoutSeconds: nil, onHead: onHead, onBody: onBody)
    }

    private func exchange(
        _ request: HTTPRequest, timeoutSeconds: Int?,
        onHead: (HTTPResponseHead) throws(ToolError) -> Void = { _ throws(ToolError) in },
        onBody: ([UInt8]) throws(ToolError) -> Void
    ) throws(ToolError) -> HTTPResponseHead {
        let socket = try UnixSocket(connectingTo: socketPath)
        defer { socket.close() }
        if let timeoutSeconds { socket.setReceiveTimeout(seconds: timeoutSeconds) }
        var writeError: ToolError?
        do { try socket.writeAll(request.serialized) } catch {
            // The daemon may have answered early (say 413) and closed: read what it said before giving up.
            writeError = error
        }
        var parser = HTTPResponseParser(requestMethod: request.method)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var announced = false
        do {
            while !parser.isComplete {
                let count = try socket.read(into: &buffer)
                if count == 0 {
                    try parser.finish()
                    break
                }
                let body = try parser.consume(buffer[0..<count])
                if !announced, let head = parser.head {
                    announced = true
                    try onHead(head)
                }
                if !body.isEmpty { try onBody(body) }
            }
        } catch let error as HTTPParseError {
            throw writeError ?? ToolError(.transport, "bad response from timelined at \(socketPath): \(error)")
        } catch let error as ToolError {
            throw writeError ?? error
        } catch {
            throw ToolError(.transport, "\(error)")
        }
        guard let head = parser.head else {
            throw writeError
                ?? ToolError(.transport, "timelined at \(socketPath) closed the connection without answering")
        }
        return head
    }
}
