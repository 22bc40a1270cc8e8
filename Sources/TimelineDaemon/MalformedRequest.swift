import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import TimelineWire

/// Answers a request the HTTP decoder rejects with a JSON error, like every other refusal, then closes
/// the connection: `431` for a head over `max_header_bytes`, `400` saying what was wrong otherwise.
/// (Left to Hummingbird, both would be a bare `400` with an empty body.)
///
/// It sits after the HTTP decoder, which reports the error here; a response already under way is not
/// interrupted, the connection is only closed.
final class MalformedRequest: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPUserEventHandler.InboundIn
    typealias InboundOut = HTTPUserEventHandler.InboundIn
    typealias OutboundIn = HTTPUserEventHandler.OutboundIn
    typealias OutboundOut = HTTPUserEventHandler.OutboundIn

    let maxHeaderBytes: Int
    let logger: Logger
    private var responding = false

    init(maxHeaderBytes: Int, logger: Logger) {
        self.maxHeaderBytes = maxHeaderBytes
        self.logger = logger
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head: responding = true
        case .end: responding = false
        case .body: break
        }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else { return context.fireErrorCaught(error) }
        let (status, message) = Self.response(parserError, maxHeaderBytes: maxHeaderBytes)
        logger.notice("refused a request with \(status.code): \(message)")
        guard !responding else {
            context.close(promise: nil)
            return
        }
        responding = true
        let body = JSON.line(ErrorBody(status: status.code, message: message))
        let head = HTTPResponse(
            status: status,
            headerFields: [
                .contentType: "application/json", .contentLength: String(body.readableBytes), .connection: "close",
            ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    /// The status and message for a request the decoder rejected.
    static func response(_ error: HTTPParserError, maxHeaderBytes: Int) -> (HTTPResponse.Status, String) {
        switch error {
        case .headerOverflow:
            return (
                .requestHeaderFieldsTooLarge,
                "request head too large: at most \(maxHeaderBytes) bytes of request line and headers (max_header_bytes)"
            )
        default:
            return (.badRequest, "malformed HTTP request: \(error)")
        }
    }
}
