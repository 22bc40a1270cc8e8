import Foundation
import Hummingbird
import NIOCore
import NIOPosix
import Synchronization
import TimelineViews

/// The routes of `serve`: the page at `/`, and `api/…` passed read-only to the daemon's socket.
///
/// Only `GET` of events (never `follow`), documents and health goes through. On a loopback address a request
/// must name this server in its `Host` header, so a web page from elsewhere cannot read the timeline through
/// the browser by rebinding its domain to 127.0.0.1.
struct WebProxy: Sendable {
    let connection: DaemonConnection
    let address: ListenAddress
    /// The port actually bound (differs from `address.port` when that is 0).
    let boundPort = PortBox()

    /// Query parameters of `GET /v1/events` that the page may use.
    static let eventParameters: Set<String> = ["from", "to", "q", "doc", "limit", "cursor"]
    static let page = TimelinePage.html()

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: HostCheck(address: address, port: boundPort))
        router.get("/") { _, _ in
            Self.response(.ok, Array(Self.page.utf8), type: "text/html; charset=utf-8")
        }
        router.get("/api/health") { _, _ in await proxy("/v1/health") }
        router.get("/api/events") { request, _ in
            let items = request.uri.queryParameters.compactMap { name, value -> (String, String?)? in
                Self.eventParameters.contains(String(name)) ? (String(name), String(value)) : nil
            }
            return await proxy(Query.target("/v1/events", items.sorted { $0.0 < $1.0 }))
        }
        router.get("/api/documents/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                return Self.error(.badRequest, "document id must be a number")
            }
            return await proxy("/v1/documents/\(id)")
        }
        return router
    }

    /// The daemon's answer to `GET target`, status and body as they came; 502 when it cannot be reached.
    func proxy(_ target: String) async -> Response {
        let client = connection.client
        do {
            let answer = try await NIOThreadPool.singleton.runIfActive { () throws -> HTTPResponse in
                try client.send(HTTPRequest(method: "GET", target: target))
            }
            return Self.response(
                Hummingbird.HTTPResponse.Status(code: answer.head.status), answer.body,
                type: "application/json; charset=utf-8")
        } catch let error as ToolError {
            return Self.error(.badGateway, "timelined: \(error.message)")
        } catch {
            return Self.error(.badGateway, "timelined: \(error)")
        }
    }

    static func response(_ status: Hummingbird.HTTPResponse.Status, _ bytes: [UInt8], type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func error(_ status: Hummingbird.HTTPResponse.Status, _ message: String) -> Response {
        response(
            status, Array(Output.json(ErrorBodyView(status: status.code, message: message), pretty: false).utf8),
            type: "application/json; charset=utf-8")
    }
}

/// The API's error shape, `{"error": {"status", "message"}}`.
struct ErrorBodyView: Encodable {
    struct Detail: Encodable {
        var status: Int
        var message: String
    }
    var error: Detail
    init(status: Int, message: String) { error = Detail(status: status, message: message) }
}

/// The bound port, set once the server runs.
final class PortBox: Sendable {
    private let value = Atomic<Int>(0)
    func store(_ port: Int) { value.store(port, ordering: .relaxed) }
    func load() -> Int { value.load(ordering: .relaxed) }
}

/// Refuses (403) a request whose `Host` is not this server, when it listens on loopback only.
struct HostCheck: RouterMiddleware {
    typealias Context = BasicRequestContext
    let address: ListenAddress
    let port: PortBox

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard address.isLoopback else { return try await next(request, context) }
        let port = self.port.load()
        let allowed = ["localhost:\(port)", "127.0.0.1:\(port)", "[::1]:\(port)", "\(address.urlHost):\(port)"]
        guard let host = request.head.authority?.lowercased(), allowed.contains(host) else {
            return WebProxy.error(.forbidden, "unexpected Host header; open http://\(address.urlHost):\(port)/")
        }
        return try await next(request, context)
    }
}
