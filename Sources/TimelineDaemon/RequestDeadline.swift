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
    private var pending: Scheduled<Void>?

    init(timeout: TimeAmount, logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.pipeline.syncOperations.addHandler(FirstByte(deadline: self), position: .first)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) {
            pending?.cancel()
            pending = nil
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        pending?.cancel()
        pending = nil
        context.fireChannelInactive()
    }

    /// A request's first byte arrived (on `context`, the front of the pipeline): start its clock.
    fileprivate func started(context: ChannelHandlerContext) {
        guard pending == nil else { return }
        let channel = context.channel
        let timeout = timeout
        let logger = logger
        pending = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [weak self] in
            self?.pending = nil
            let seconds = timeout.nanoseconds / 1_000_000_000
            logger.notice("closed a connection: its request did not arrive whole within \(seconds) s (request_timeout)")
            let message = "request not received within \(seconds) s (request_timeout)"
            // Written from the front of the pipeline: straight to the socket, past the HTTP encoder.
            context.writeAndFlush(NIOAny(RawResponse.bytes(status: 408, message: message)), promise: nil)
            channel.close(promise: nil)
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
