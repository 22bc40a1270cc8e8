import Foundation
import Hummingbird
import TimelineStore
import TimelineWire

/// An error the API reports to its client: an HTTP status and a message saying what to do.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// Turns every error a route throws into a JSON `ErrorBody` with the right status; nothing escapes as a bare 500.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return JSON.error(error.status, error.message)
        } catch let error as HTTPError {
            let message =
                error.body
                ?? (error.status == .notFound
                    ? "no such endpoint: \(request.method) \(request.uri.path)" : error.status.reasonPhrase)
            return JSON.error(error.status, message)
        } catch {
            context.logger.error("request failed: \(error)")
            return JSON.error(.internalServerError, "internal error: \(error)")
        }
    }
}

/// JSON responses.
enum JSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The page of events `store.eventsJSON` lists for `query` (the same bytes as `encoder`), and a newline,
    /// written straight into the buffer sent (NIO's allocator is safe on any thread): the page was written into an
    /// array and then copied into a buffer, a second allocation and copy of about 75 KB per page.
    static func response(page query: EventQuery, of store: TimelineStore) throws -> Response {
        var buffer = ByteBufferAllocator().buffer(capacity: TimelineStore.pageCapacity(query) + 1)
        try store.eventsJSON(query) { buffer.writeBytes($0) }
        buffer.writeInteger(UInt8(ascii: "\n"))
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: buffer))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        (try? response(ErrorBody(status: status.code, message: message), status: status))
            ?? Response(status: status)
    }

    /// One NDJSON line.
    static func line(_ event: EventRecord) -> ByteBuffer {
        var bytes: [UInt8] = []
        EventJSON.append(event, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return ByteBuffer(bytes: bytes)
    }

    /// One NDJSON line.
    static func line<T: Encodable>(_ value: T) -> ByteBuffer {
        var data = (try? encoder.encode(value)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return ByteBuffer(bytes: data)
    }
}
