import Foundation
import Hummingbird
import Logging
import TimelineCore
import TimelineDocuments
import TimelineStore
import TimelineWire

/// The HTTP API: `/v1/health`, `/v1/events` (with `follow=true` streaming), `/v1/documents`.
struct APIRoutes: Sendable {
    let store: TimelineStore
    let ingester: Ingester
    let broadcaster: EventBroadcaster
    let status: StatusReporter
    let maxBodyBytes: Int

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: JSONErrorMiddleware())
        router.get("/v1/health") { _, _ in try JSON.response(try await status.health()) }
        router.get("/v1/events") { request, _ in try await events(request) }
        router.get("/v1/documents") { request, _ in try await QueryThreads.run { try documents(request) } }
        router.get("/v1/documents/:id") { _, context in try await QueryThreads.run { try document(context) } }
        router.post("/v1/documents") { request, _ in try await submit(request) }
        return router
    }

    private func parameters(_ request: Request) -> [String: String] {
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { parameters[String(key)] = String(value) }
        return parameters
    }

    private func events(_ request: Request) async throws -> Response {
        var parameters = parameters(request)
        if let follow = parameters.removeValue(forKey: "follow") {
            guard follow == "true" || follow == "1" else {
                throw APIError(.badRequest, "follow: expected true, got '\(follow)'")
            }
            guard parameters.isEmpty else {
                throw APIError(
                    .badRequest,
                    "follow=true takes no other parameters (got \(parameters.keys.sorted().joined(separator: ", ")))")
            }
            return followResponse(broadcaster.follow())
        }
        let query: EventQuery
        do {
            query = try EventQuery(parameters: parameters)
        } catch {
            throw APIError(.badRequest, error.description)
        }
        return try await QueryThreads.run { try JSON.response(page: query, of: store) }
    }

    private func followResponse(_ stream: AsyncStream<EventRecord>) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/x-ndjson"],
            body: ResponseBody { writer in
                for await event in stream { try await writer.write(JSON.line(event)) }
                try await writer.finish(nil)
            })
    }

    private func documents(_ request: Request) throws -> Response {
        var parameters = parameters(request)
        let limitText = parameters.removeValue(forKey: "limit")
        let cursor = parameters.removeValue(forKey: "cursor")
        if let unknown = parameters.keys.sorted().first {
            throw APIError(.badRequest, "\(unknown): unknown parameter (known: limit, cursor)")
        }
        var limit = 100
        if let limitText {
            guard let value = Int(limitText), (1...1000).contains(value) else {
                throw APIError(.badRequest, "limit: expected a whole number from 1 to 1000, got '\(limitText)'")
            }
            limit = value
        }
        do {
            return try JSON.response(try store.documents(limit: limit, cursor: cursor))
        } catch let error as QueryError {
            throw APIError(.badRequest, error.description)
        }
    }

    private func document(_ context: BasicRequestContext) throws -> Response {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw APIError(.badRequest, "document id: expected a number, got '\(text)'") }
        guard let detail = try store.document(id: id) else { throw APIError(.notFound, "no document \(id)") }
        return try JSON.response(detail)
    }

    private func submit(_ request: Request) async throws -> Response {
        var parameters = parameters(request)
        let name = Self.safeName(parameters.removeValue(forKey: "name"))
        let date = try Self.day(parameters.removeValue(forKey: "date"), name: "date")
        // The file's modification day, sent by clients that have it: the last-resort publication date,
        // as for a dropped file. Without it, the day the document is received.
        let modified = try Self.day(parameters.removeValue(forKey: "modified"), name: "modified")
        if let unknown = parameters.keys.sorted().first {
            throw APIError(.badRequest, "\(unknown): unknown parameter (known: name, date, modified)")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "document larger than \(maxBodyBytes) bytes (max_document_bytes)")
        } catch {
            throw APIError(.badRequest, "the request body could not be read: \(error)")
        }
        let today = CalendarDate(dayNumber: Int(Date().timeIntervalSince1970) / 86_400)
        do {
            let results = try await ingester.submit(
                bytes: Array(buffer: body), name: name, date: date, receivedOn: modified ?? today)
            await status.report()
            let answers = results.map { detail, duplicate in
                var answer = detail
                answer.duplicate = duplicate
                return answer
            }
            let status: HTTPResponse.Status = results.allSatisfy(\.duplicate) ? .ok : .created
            // One article: the document; a JSON list or NDJSON file: the list of its articles.
            guard answers.count == 1 else { return try JSON.response(answers, status: status) }
            return try JSON.response(answers[0], status: status)
        } catch let error as DocumentError {
            throw APIError(.unprocessableContent, "\(name): \(error.message)")
        }
    }

    static func day(_ text: String?, name: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard text.unicodeScalars.count == 10, let day = CalendarDate(iso: text) else {
            throw APIError(.badRequest, "\(name): expected YYYY-MM-DD, got '\(text)'")
        }
        return day
    }

    /// The last path component of a submitted name, never empty, never a dotfile.
    static func safeName(_ raw: String?) -> String {
        let base = (raw ?? "").split(separator: "/").last.map(String.init) ?? ""
        let cleaned = base.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }
        let name = String(String.UnicodeScalarView(cleaned)).trimmingCharacters(in: .whitespaces)
        if name.isEmpty || name.hasPrefix(".") { return "submitted" + (name.isEmpty ? ".txt" : name) }
        return name
    }
}
