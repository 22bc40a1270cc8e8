import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Closes a connection whose request has not arrived whole within `timeout` of its first byte, with a
/// `408`: a client that sends its headers or body a byte at a time (slowloris) cannot hold a connection.
///
/// It sits after the HTTP decoder, where it sees each request end, and puts a small companion at the front
/// of the pipeline, where it sees the first raw byte of each request.
final class RequestDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPUserEventHandler.InboundIn
    typealias InboundOut = HTTPUserEventHandler.InboundIn

    let timeout: TimeAmount
    let logger: Logger
    /// When the first byte of the request in progress arrived; nil between requests.
    private var startedAt: NIODeadline?
    /// The connection's one clock, if set: it runs out `timeout` after the first byte of a request, then finds
    /// that request either whole (and stops) or not (`408`), or a later one under way (and runs to its end).
    /// A request no longer schedules and cancels a task of its own (2% of the HTTP threads' time under load).
    private var clock: Scheduled<Void>?

    init(timeout: TimeAmount, logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.pipeline.syncOperations.addHandler(FirstByte(deadline: self), position: .first)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) { startedAt = nil }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        clock?.cancel()
        clock = nil
        startedAt = nil
        context.fireChannelInactive()
    }

    /// A request's first byte arrived (on `context`, the front of the pipeline): start its clock.
    fileprivate func started(context: ChannelHandlerContext) {
        guard startedAt == nil else { return }
        let now = NIODeadline.now()
        startedAt = now
        if clock == nil { setClock(at: now + timeout, context: context) }
    }

    private func setClock(at deadline: NIODeadline, context: ChannelHandlerContext) {
        clock = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [weak self] in
            guard let self else { return }
            clock = nil
            guard let startedAt else { return }  // the request arrived whole; none is under way
            let due = startedAt + timeout
            guard due <= .now() else { return setClock(at: due, context: context) }
            self.startedAt = nil
            let seconds = timeout.nanoseconds / 1_000_000_000
            logger.notice("closed a connection: its request did not arrive whole within \(seconds) s (request_timeout)")
            let message = "request not received within \(seconds) s (request_timeout)"
            // Written from the front of the pipeline: straight to the socket, past the HTTP encoder.
            context.writeAndFlush(NIOAny(RawResponse.bytes(status: 408, message: message)), promise: nil)
            context.channel.close(promise: nil)
        }
    }

    /// Sees raw bytes before the HTTP decoder does.
    private final class FirstByte: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = ByteBuffer
        let deadline: RequestDeadline
        init(deadline: RequestDeadline) { self.deadline = deadline }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            deadline.started(context: context)
            context.fireChannelRead(data)
        }
    }
}
