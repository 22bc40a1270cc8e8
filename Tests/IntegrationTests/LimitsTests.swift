import Foundation
import Testing
import TimelineWire

/// The request limits from the config, each met by a raw client: too many connections, a slow client, an
/// idle one, a head too large, a `limit` too high, and malformed requests; the daemon answers, never crashes.
@Suite(.serialized)
struct LimitsTests {
    func start() throws -> (Scratch, DaemonProcess) {
        let scratch = try Scratch()
        try Data(
            """
            max_connections = 3
            request_timeout = 1
            idle_timeout = 3
            max_query_limit = 50
            max_header_bytes = 2048
            """.utf8
        ).write(to: URL(fileURLWithPath: scratch.path("timelined.toml")))
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", scratch.path("timelined.toml")])
        _ = daemon.waitUntilReady()
        return (scratch, daemon)
    }

    func expectHealthy(_ daemon: DaemonProcess) throws {
        #expect(try RawHTTP.send(socket: daemon.socket, "GET", "/v1/health").status == 200, "\(daemon.log)")
    }

    @Test func aConnectionOverMaxConnectionsGets503AndTheOthersAreServed() throws {
        let (_, daemon) = try start()
        // Four at once: which one the daemon counts fourth is up to it; that one, and only that one, is refused.
        let clients = try (0..<4).map { _ in try RawConnection(socket: daemon.socket) }
        usleep(1_000_000)
        let reads = clients.map { $0.readToEnd(timeout: 0.2) }
        let refused = reads.indices.filter { reads[$0].closed }
        try #require(refused.count == 1, "\(reads.map { String(decoding: $0.data, as: UTF8.self) })")
        let response = try RawHTTP.parse(reads[refused[0]].data)
        #expect(response.status == 503)
        #expect(response.text.contains("too many connections: 3 are open (max_connections)"), "\(response.text)")
        let served = clients[refused[0] == 0 ? 1 : 0]
        served.send("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(try RawHTTP.parse(served.readToEnd(timeout: 5).data).status == 200)
        #expect(
            eventually(timeout: 5) { daemon.log.contains("connections are open (max_connections)") }, "\(daemon.log)")
    }

    @Test func aSlowClientGets408AndIsClosed() throws {
        let (_, daemon) = try start()
        let slow = try RawConnection(socket: daemon.socket)
        slow.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n")  // and never the blank line
        let (data, closed) = slow.readToEnd(timeout: 5)
        #expect(closed)
        let response = try RawHTTP.parse(data)
        #expect(response.status == 408)
        #expect(response.text.contains("request_timeout"), "\(response.text)")
        try expectHealthy(daemon)
    }

    @Test func wholeRequestsOnOneConnectionAreServedPastRequestTimeout() throws {
        let (_, daemon) = try start()
        let client = try RawConnection(socket: daemon.socket)
        // Three whole requests over 1.5 s: the connection outlives request_timeout (1 s), its requests do not.
        var answered = 0
        for _ in 0..<3 {
            client.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            let (data, closed) = client.readToEnd(timeout: 0.5)
            #expect(!closed)
            answered += String(decoding: data, as: UTF8.self).components(separatedBy: "HTTP/1.1 200").count - 1
        }
        #expect(answered == 3)
        // The clock still runs for a request that then stalls.
        client.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n")
        let (data, closed) = client.readToEnd(timeout: 5)
        #expect(closed)
        #expect(try RawHTTP.parse(data).status == 408)
    }

    @Test func anIdleKeepAliveConnectionIsClosedAfterIdleTimeout() throws {
        let (_, daemon) = try start()
        let idle = try RawConnection(socket: daemon.socket)
        idle.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        let start = Date()
        let (data, closed) = idle.readToEnd(timeout: 10)
        #expect(closed, "still open after 10 s")
        #expect(Date().timeIntervalSince(start) >= 2.5)
        #expect(try RawHTTP.parse(data).status == 200)
    }

    @Test func aHeadOverMaxHeaderBytesGets431WithAJSONError() throws {
        let (_, daemon) = try start()
        let big = try RawConnection(socket: daemon.socket)
        big.send("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Filler: \(String(repeating: "a", count: 4096))\r\n\r\n")
        let (data, closed) = big.readToEnd(timeout: 5)
        #expect(closed)
        let response = try RawHTTP.parse(data)
        #expect(response.status == 431)
        let error = try JSONDecoder().decode(ErrorBody.self, from: Data(response.text.utf8)).error
        #expect(error.status == 431)
        #expect(error.message.contains("at most 2048 bytes"), "\(error.message)")
        #expect(error.message.contains("max_header_bytes"), "\(error.message)")
        #expect(
            eventually(timeout: 5) { daemon.log.contains("refused a request with 431: request head too large") },
            "\(daemon.log)")
        try expectHealthy(daemon)
    }

    @Test func aLimitOverMaxQueryLimitGets400() throws {
        let (_, daemon) = try start()
        let over = try RawHTTP.send(socket: daemon.socket, "GET", "/v1/events?limit=51")
        #expect(over.status == 400)
        #expect(over.text.contains("limit: at most 50 (max_query_limit), got 51"), "\(over.text)")
        #expect(try RawHTTP.send(socket: daemon.socket, "GET", "/v1/documents?limit=51").status == 400)
        #expect(try RawHTTP.send(socket: daemon.socket, "GET", "/v1/events?limit=50").status == 200)
    }

    @Test(arguments: [
        "GARBAGE\r\n\r\n",
        "GET /v1/health HTTP/9.9\r\n\r\n",
        "GET /v1/health HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
        "GET /v1/health HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        "GET /v1/health HTTP/1.1\r\nBad Header\r\n\r\n",
        "POST /v1/documents HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "\u{0}\u{1}\u{2}\r\n\r\n",
    ])
    func aMalformedRequestGets400AndTheDaemonKeepsServing(request: String) throws {
        let (_, daemon) = try start()
        let client = try RawConnection(socket: daemon.socket)
        client.send(request)
        let (data, closed) = client.readToEnd(timeout: 5)
        #expect(closed)
        let response = try RawHTTP.parse(data)
        #expect(response.status == 400, "\(String(decoding: data, as: UTF8.self))")
        let error = try JSONDecoder().decode(ErrorBody.self, from: Data(response.text.utf8)).error
        #expect(error.message.hasPrefix("malformed HTTP request: "), "\(error.message)")
        try expectHealthy(daemon)
    }
}
