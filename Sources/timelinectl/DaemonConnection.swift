import ArgumentParser
import Foundation
import TimelineWire

/// The `--socket` option every daemon command takes, and where the socket is when it is not given.
struct DaemonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The daemon's Unix socket.",
            discussion: "Default: $TIMELINE_SOCKET, else var/timelined.sock if it exists here, "
                + "else /run/timelined/timelined.sock.",
            valueName: "path"))
    var socket: String?

    /// The socket to use: `--socket`, `$TIMELINE_SOCKET`, `var/timelined.sock`, `/run/timelined/timelined.sock`.
    var socketPath: String {
        if let socket { return socket }
        if let fromEnvironment = ProcessInfo.processInfo.environment["TIMELINE_SOCKET"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        if FileManager.default.fileExists(atPath: "var/timelined.sock") { return "var/timelined.sock" }
        return "/run/timelined/timelined.sock"
    }

    /// A connection to the daemon at `socketPath`.
    func connection() -> DaemonConnection { DaemonConnection(socketPath: socketPath) }
}

/// The daemon's API as typed calls: each sends one request and decodes the wire type it answers with.
struct DaemonConnection: Sendable {
    let client: UnixHTTPClient

    init(socketPath: String) { client = UnixHTTPClient(socketPath: socketPath) }

    /// `GET /v1/health`.
    func health() throws(ToolError) -> Health { try get("/v1/health") }

    /// `GET /v1/events` with the given filters; one page.
    func events(
        from: String?, to: String?, match: String?, document: Int64?, limit: Int?, cursor: String?
    ) throws(ToolError) -> EventPage {
        try get(
            Query.target(
                "/v1/events",
                [
                    ("from", from), ("to", to), ("q", match), ("doc", document.map(String.init)),
                    ("limit", limit.map(String.init)), ("cursor", cursor),
                ]))
    }

    /// `GET /v1/documents`; one page, newest first.
    func documents(limit: Int?, cursor: String?) throws(ToolError) -> DocumentPage {
        try get(Query.target("/v1/documents", [("limit", limit.map(String.init)), ("cursor", cursor)]))
    }

    /// `GET /v1/documents/{id}`.
    func document(id: Int64) throws(ToolError) -> DocumentDetail { try get("/v1/documents/\(id)") }

    /// `POST /v1/documents?name=&date=&modified=` with the file's bytes. `modified` is the file's modification
    /// day: the daemon falls back on it for the publication date, as it does for a dropped file's mtime.
    /// - Returns: the stored document (`duplicate` set when the bytes were already stored), or each article's
    ///   for a JSON list or NDJSON file.
    func addDocument(
        name: String, date: String?, modified: String?, bytes: [UInt8]
    ) throws(ToolError)
        -> [DocumentDetail]
    {
        let target = Query.target("/v1/documents", [("name", name), ("date", date), ("modified", modified)])
        let request = HTTPRequest(
            method: "POST", target: target, body: bytes, contentType: "application/octet-stream")
        let response = try client.send(request)
        if response.body.first == UInt8(ascii: "[") {
            return try decode([DocumentDetail].self, from: response, request: request)
        }
        return [try decode(DocumentDetail.self, from: response, request: request)]
    }

    /// `GET /v1/events?follow=true`: calls `onStart` once the daemon has accepted the request, then `onEvent`
    /// with each raw NDJSON line and its decoded event, until the daemon ends the stream.
    func follow(
        onStart: () -> Void, onEvent: (String, EventRecord) throws(ToolError) -> Void
    ) throws(ToolError) {
        let request = HTTPRequest(method: "GET", target: "/v1/events?follow=true")
        var splitter = LineSplitter()
        var errorBody: [UInt8]?
        let decoder = JSONDecoder()
        func handle(_ line: String) throws(ToolError) {
            do {
                try onEvent(line, try decoder.decode(EventRecord.self, from: Data(line.utf8)))
            } catch let error as ToolError {
                throw error
            } catch {
                throw ToolError(.response, "unexpected line from timelined: \(Self.describe(error))")
            }
        }
        let head = try client.stream(
            request,
            onHead: { head throws(ToolError) in if head.isSuccess { onStart() } else { errorBody = [] } },
            onBody: { bytes throws(ToolError) in
                if errorBody != nil {
                    errorBody?.append(contentsOf: bytes)
                    return
                }
                for line in splitter.append(bytes) { try handle(line) }
            })
        if let errorBody { throw Self.apiError(HTTPResponse(head: head, body: errorBody), request: request) }
        if let last = splitter.finish() { try handle(last) }
    }

    private func get<T: Decodable>(_ target: String) throws(ToolError) -> T {
        let request = HTTPRequest(method: "GET", target: target)
        return try decode(T.self, from: client.send(request), request: request)
    }

    private func decode<T: Decodable>(
        _ type: T.Type, from response: HTTPResponse, request: HTTPRequest
    ) throws(ToolError) -> T {
        guard response.head.isSuccess else { throw Self.apiError(response, request: request) }
        do {
            return try JSONDecoder().decode(type, from: Data(response.body))
        } catch {
            throw ToolError(
                .response,
                "unexpected answer from timelined to \(request.method) \(request.target): \(Self.describe(error))")
        }
    }

    /// The error a non-2xx response stands for: its `ErrorBody` message, or the status line.
    static func apiError(_ response: HTTPResponse, request: HTTPRequest) -> ToolError {
        let status = response.head.status
        if let body = try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body)) {
            return ToolError(.response, "\(body.error.message) (timelined, HTTP \(status))")
        }
        var message = "timelined answered HTTP \(status) \(response.head.reason) to \(request.method) \(request.target)"
        let text = String(decoding: response.body.prefix(300), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { message += ": \(text)" }
        return ToolError(.response, message)
    }

    /// A one-line account of a decoding failure.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription)\(path(context))"
        case .dataCorrupted(let context): return "not valid JSON\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
