import Foundation
import Testing
import TimelineWire

/// The HTTP API as any client sees it: statuses, JSON errors, POST and its duplicate answer.
@Suite(.serialized)
struct APITests {
    func error(_ response: RawHTTPResponse) throws -> ErrorDetail {
        try JSONDecoder().decode(ErrorBody.self, from: response.body).error
    }

    @Test func errorsAreJSONWithTheRightStatus() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let socket = daemon.socket

        let badDate = try RawHTTP.send(socket: socket, "GET", "/v1/events?from=abc")
        #expect(badDate.status == 400)
        #expect(try error(badDate).message.hasPrefix("from:"), "\(badDate.text)")
        #expect(badDate.headers["content-type"] == "application/json")

        let unknown = try RawHTTP.send(socket: socket, "GET", "/v1/events?colour=red")
        #expect(unknown.status == 400)
        #expect(try error(unknown).message.contains("colour"))

        let badLimit = try RawHTTP.send(socket: socket, "GET", "/v1/events?limit=0")
        #expect(badLimit.status == 400)

        let missing = try RawHTTP.send(socket: socket, "GET", "/v1/documents/42")
        #expect(missing.status == 404)
        #expect(try error(missing).message == "no document 42")

        let noRoute = try RawHTTP.send(socket: socket, "GET", "/v2/whatever")
        #expect(noRoute.status == 404)
        #expect(try error(noRoute).status == 404)

        let badID = try RawHTTP.send(socket: socket, "GET", "/v1/documents/abc")
        #expect(badID.status == 400)

        let binary = try RawHTTP.send(socket: socket, "POST", "/v1/documents?name=x.bin", body: Data([0, 1, 2, 0]))
        #expect(binary.status == 422)
        #expect(try error(binary).message.contains("not text"), "\(binary.text)")

        let badPostDate = try RawHTTP.send(socket: socket, "POST", "/v1/documents?date=yesterday", body: Data("x".utf8))
        #expect(badPostDate.status == 400)

        // The daemon is still fine.
        let health = try RawHTTP.send(socket: socket, "GET", "/v1/health")
        #expect(health.status == 200)
        let figures = try JSONDecoder().decode(Health.self, from: health.body)
        #expect(figures.status == "ok" && figures.version == TimelineVersion.current)
        #expect(daemon.terminate() == 0)
    }

    @Test func postStoresOnceAndAnswersDuplicates() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        _ = daemon.waitUntilReady()
        let article = try Data(contentsOf: Paths.examples.appendingPathComponent("lavrov-undated.txt"))

        let created = try RawHTTP.send(
            socket: daemon.socket, "POST", "/v1/documents?name=../../etc/lavrov.txt&date=2022-03-31", body: article)
        #expect(created.status == 201, "\(created.text)")
        let detail = try JSONDecoder().decode(DocumentDetail.self, from: created.body)
        #expect(detail.document.name == "lavrov.txt")  // Folders are stripped from submitted names.
        #expect(detail.document.dctSource == "explicit")
        #expect(detail.document.published == "2022-03-31")
        #expect(detail.duplicate == false)
        #expect(detail.events.map(\.time.value).sorted() == ["2021", "2021", "2021", "2021-08", "2022-02"])

        let again = try RawHTTP.send(socket: daemon.socket, "POST", "/v1/documents?name=copy.txt", body: article)
        #expect(again.status == 200)
        let duplicate = try JSONDecoder().decode(DocumentDetail.self, from: again.body)
        #expect(duplicate.duplicate == true)
        #expect(duplicate.document.id == detail.document.id)

        let one = try RawHTTP.send(socket: daemon.socket, "GET", "/v1/documents/\(detail.document.id)")
        #expect(one.status == 200)
        let stored = try JSONDecoder().decode(DocumentDetail.self, from: one.body)
        #expect(stored.timexes.map(\.value) == ["2021", "P20Y", "2021-08", "2022-02", "2021"])
        #expect(daemon.terminate() == 0)
    }

    @Test func oversizedBodiesGet413() throws {
        let scratch = try Scratch()
        let config = scratch.path("small.toml")
        try Data("max_document_bytes = 1000\n".utf8).write(to: URL(fileURLWithPath: config))
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", config])
        _ = daemon.waitUntilReady()
        let big = try RawHTTP.send(
            socket: daemon.socket, "POST", "/v1/documents?name=big.txt", body: Data(repeating: 65, count: 5000))
        #expect(big.status == 413, "\(big.text)")
        // A dropped file over the limit goes to failed/ with the reason.
        try daemon.drop(Data(repeating: 65, count: 5000), as: "big.txt")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("failed/big.txt.error")) })
        let reason = try String(contentsOfFile: scratch.path("failed/big.txt.error"), encoding: .utf8)
        #expect(reason.contains("too large"))
        #expect(daemon.terminate() == 0)
    }
}
