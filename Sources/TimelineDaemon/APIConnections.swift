import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Synchronization
import TimelineWire

/// The open API connections: who is on each (read once, at accept) and how many there are.
///
/// A connection over `max_connections` gets a `503` and is closed before any HTTP parsing is set up, so a
/// flood of clients costs the daemon little.
final class APIConnections: Sendable {
    private let peers = Mutex<[ObjectIdentifier: Peer]>([:])
    let limits: APILimits
    let logger: Logger

    init(limits: APILimits, logger: Logger) {
        self.limits = limits
        self.logger = logger
    }

    var count: Int { peers.withLock { $0.count } }

    /// The peer on `channel`, if it was accepted.
    func peer(on channel: any Channel) -> Peer? {
        peers.withLock { $0[ObjectIdentifier(channel)] }
    }

    /// Reads the peer's credentials and admits the connection, or answers 503 and closes it.
    /// - Returns: whether the connection was admitted.
    func admit(_ channel: any Channel) -> EventLoopFuture<Bool> {
        guard let provider = channel as? SocketOptionProvider else {
            return channel.eventLoop.makeFailedFuture(ConfigError("the API channel is not a socket"))
        }
        let key = ObjectIdentifier(channel)
        let credentials: EventLoopFuture<PeerCredentials> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        let groups: EventLoopFuture<InlineArray<64, gid_t>?> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERGROUPS)
        ).map { Optional($0) }.recover { _ in nil }
        return credentials.and(groups).flatMap { credentials, groups in
            var list: [gid_t] = []
            if let groups {
                for index in groups.indices where groups[index] != 0 { list.append(groups[index]) }
            }
            let peer = Peer(uid: credentials.uid, gid: credentials.gid, pid: credentials.pid, groups: list)
            let admitted = self.peers.withLock { peers in
                guard peers.count < self.limits.maxConnections else { return false }
                peers[key] = peer
                return true
            }
            guard admitted else {
                self.logger.warning(
                    "refused a connection from \(peer): \(self.limits.maxConnections) connections are open (max_connections)"
                )
                let message = "too many connections: \(self.limits.maxConnections) are open (max_connections)"
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        RawResponse.Refusal(bytes: RawResponse.bytes(status: 503, message: message)))
                    return false
                }
            }
            channel.closeFuture.whenComplete { _ in _ = self.peers.withLock { $0.removeValue(forKey: key) } }
            return channel.eventLoop.makeSucceededFuture(true)
        }
    }
}

/// `struct ucred` (`SO_PEERCRED`), which Glibc's module does not export: three 32-bit fields.
struct PeerCredentials: Sendable {
    var pid: pid_t = 0
    var uid: uid_t = 0
    var gid: gid_t = 0
}

/// An HTTP/1.1 error response written straight to the socket, for connections closed before or outside
/// HTTP parsing.
enum RawResponse {
    static func bytes(status: Int, message: String) -> ByteBuffer {
        let reason = [408: "Request Timeout", 503: "Service Unavailable"][status] ?? "Error"
        let body = String(
            decoding: JSON.line(ErrorBody(status: status, message: message)).readableBytesView, as: UTF8.self)
        return ByteBuffer(
            string:
                "HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
                + "Connection: close\r\n\r\n\(body)")
    }

    /// Writes one response as soon as the connection is active, then closes it.
    final class Refusal: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let bytes: ByteBuffer
        init(bytes: ByteBuffer) { self.bytes = bytes }

        func handlerAdded(context: ChannelHandlerContext) {
            if context.channel.isActive { refuse(context) }
        }

        func channelActive(context: ChannelHandlerContext) { refuse(context) }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {}  // whatever it sent is not read

        private func refuse(_ context: ChannelHandlerContext) {
            let channel = context.channel
            context.writeAndFlush(NIOAny(bytes)).assumeIsolated().whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
