import Foundation
import Testing

@testable import timeline_load

/// The load client's HTTP reading over a real Unix socket: bodies framed by `Content-Length` or chunked, sent
/// in small pieces, larger than the receive buffer, or with the next response already behind them.
struct UnixHTTPTests {
    /// Serves one connection on a fresh socket: for each request, the next of `responses`, each written as the
    /// pieces given (a pause between them, so that they arrive apart).
    static func serve(_ responses: [[[UInt8]]]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unixhttp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("s.sock").path
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8) + [0])
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, listen(listener, 1) == 0 else { throw LoadFailure("cannot listen on \(path)") }
        Thread.detachNewThread {
            let connection = accept(listener, nil, nil)
            var request: [UInt8] = []
            var byte: UInt8 = 0
            for response in responses {
                while !request.suffix(4).elementsEqual("\r\n\r\n".utf8) {  // the request's head, byte by byte
                    guard read(connection, &byte, 1) == 1 else { return }
                    request.append(byte)
                }
                request.removeAll()
                for piece in response {
                    _ = piece.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
                    usleep(2000)
                }
            }
            close(connection)
            close(listener)
        }
        return path
    }

    static func head(_ headers: String) -> [UInt8] { Array("HTTP/1.1 200 OK\r\n\(headers)\r\n\r\n".utf8) }

    /// `bytes` cut into pieces of the sizes given, in turn.
    static func pieces(_ bytes: [UInt8], _ sizes: [Int]) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var at = 0
        var turn = 0
        while at < bytes.count {
            let size = min(sizes[turn % sizes.count], bytes.count - at)
            pieces.append(Array(bytes[at..<at + size]))
            at += size
            turn += 1
        }
        return pieces
    }

    @Test func readsBodiesWhateverTheirFraming() throws {
        let small = Array(#"{"events":[]}"#.utf8) + [10]
        let large = (0..<700_000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let chunked =
            Self.head("Transfer-Encoding: chunked") + Array("5;x=y\r\n{\"eve\r\n9\r\nnts\":[]}\n\r\n0\r\n\r\n".utf8)
        let lengthOf = { (body: [UInt8]) in Self.head("Content-Type: application/json\r\ncontent-length: \(body.count)")
        }
        let path = try Self.serve([
            Self.pieces(lengthOf(small) + small, [1, 3]),  // a byte at a time, nearly
            Self.pieces(lengthOf(large) + large, [70_000, 300_000]),  // more than the buffer holds
            Self.pieces(chunked, [4, 11]),
            [lengthOf(small) + small + lengthOf(small)],  // the next response's head arrives with this one
            [small],
        ])
        let client = try UnixHTTP(path: path)
        #expect(try client.get("/a").body == small)
        #expect(try client.get("/b").body == large)
        let gathered = try client.withResponse(to: "/c") { status, body in (status, Array(body)) }
        #expect(gathered.0 == 200 && gathered.1 == small)
        #expect(try client.get("/d").body == small)
        #expect(try client.get("/e").body == small)
    }

    @Test func readsTheHead() throws {
        func parse(_ head: String) throws -> String {
            let (status, length, chunked) = try Array(head.utf8).withUnsafeBufferPointer { try UnixHTTP.parseHead($0) }
            return "\(status) \(length.map(String.init) ?? "-") \(chunked)"
        }
        #expect(try parse("HTTP/1.1 200 OK\r\nContent-Type: a\r\nCONTENT-LENGTH:  42") == "200 42 false")
        #expect(try parse("HTTP/1.1 404 Not Found\nTransfer-Encoding: Chunked\n\nX-Other: 1") == "404 - true")
        #expect(try parse("HTTP/1.1  503\r\ncontent-length: 0") == "503 0 false")
        #expect(throws: UnixHTTP.Failure.self) { try parse("HTTP/1.1 OK\r\nContent-Length: 1") }
        #expect(throws: UnixHTTP.Failure.self) { try parse("HTTP/1.1 200 OK\r\nContent-Length: 1x") }
        #expect(throws: UnixHTTP.Failure.self) { try parse("") }
    }
}
