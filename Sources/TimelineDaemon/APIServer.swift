import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOExtras
import NIOPosix
import ServiceLifecycle

/// Serves the API over HTTP/1.1 on a Unix socket: a path it binds itself, or the socket systemd passed in.
///
/// Hummingbird's own server binds only by path, so both cases go through one NIO `ServerBootstrap`
/// with Hummingbird's `HTTP1Channel` and router. A quiescing helper closes idle keep-alive connections on
/// shutdown, and follow streams are ended then too.
struct APIServer: Service {
    enum Listen: Sendable {
        case path(String, mode: Int, group: String)
        case inherited(Int32)
    }

    let listen: Listen
    let routes: APIRoutes
    let limits: APILimits
    /// Who may read and write; see `AccessPolicy`.
    let access: AccessPolicy
    let logger: Logger
    /// Called once the socket accepts connections.
    let onListening: @Sendable () async -> Void

    func run() async throws {
        let responder = routes.router().buildResponder()
        let (logger, limits, access) = (self.logger, self.limits, self.access)
        let connections = APIConnections(limits: limits, logger: logger)
        let channelSetup = HTTP1Channel(
            responder: { request, responseWriter, channel in
                let context = BasicRequestContext(source: .init(channel: channel, logger: logger))
                let response: Response
                if let refusal = Self.refusal(request, peer: connections.peer(on: channel), access: access, logger) {
                    response = JSON.error(.forbidden, refusal)
                } else if let violation = limits.violation(request) {
                    response = JSON.error(.badRequest, violation)
                } else {
                    do {
                        response = try await responder.respond(to: request, context: context)
                    } catch {
                        response = JSON.error(.internalServerError, "internal error: \(error)")
                    }
                }
                try await responseWriter.write(response: response.head, body: response.body)
            },
            configuration: .init(
                additionalChannelHandlers: [
                    MalformedRequest(maxHeaderBytes: limits.maxHeaderBytes, logger: logger),
                    RequestDeadline(timeout: limits.requestTimeout, logger: logger),
                ],
                idleTimeout: limits.idleTimeout,
                httpDecoderConfiguration: .init(
                    maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes)))
        let quiescing = ServerQuiescingHelper(group: MultiThreadedEventLoopGroup.singleton)
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiescing.makeServerChannelHandler(channel: channel))
                }
            }
        let initializer: @Sendable (any Channel) -> EventLoopFuture<HTTP1Channel.Value?> = { channel in
            connections.admit(channel).flatMap { admitted in
                guard admitted else { return channel.eventLoop.makeSucceededFuture(nil) }
                return channelSetup.setup(channel: channel, logger: logger).map { $0 }
            }
        }
        let server: NIOAsyncChannel<HTTP1Channel.Value?, Never>
        switch listen {
        case .path(let path, let mode, let group):
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            server = try await bootstrap.bind(
                unixDomainSocketPath: path, cleanupExistingSocketFile: true, childChannelInitializer: initializer)
            try Self.setPermissions(path: path, mode: mode, group: group)
            logger.info("listening on \(path)")
        case .inherited(let descriptor):
            server = try await bootstrap.bind(NIOBSDSocket.Handle(descriptor), childChannelInitializer: initializer)
            logger.info("listening on the socket passed by systemd (fd \(descriptor))")
        }
        await onListening()
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { tasks in
                try await server.executeThenClose { inbound in
                    for try await case let connection? in inbound {
                        tasks.addTask(executorPreference: EventLoopExecutor(connection.channel.eventLoop)) {
                            await channelSetup.handle(value: connection, logger: logger)
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            routes.broadcaster.close()
            let promise = server.channel.eventLoop.makePromise(of: Void.self)
            quiescing.initiateShutdown(promise: promise)
        }
        if case .path(let path, _, _) = listen { unlink(path) }
    }

    /// Why the connection's peer may not make `request` (logged, naming its uid), or `nil` when it may.
    static func refusal(_ request: Request, peer: Peer?, access: AccessPolicy, _ logger: Logger) -> String? {
        guard let peer else { return "the peer's credentials could not be read" }
        guard let refusal = access.refusal(peer, method: request.method) else { return nil }
        logger.warning(
            "refused \(request.method) \(request.uri.path) from \(peer): \(refusal)", metadata: ["uid": "\(peer.uid)"])
        return refusal
    }

    static func setPermissions(path: String, mode: Int, group: String) throws {
        if !group.isEmpty {
            guard let entry = getgrnam(group) else { throw ConfigError("socket_group: no group named '\(group)'") }
            guard chown(path, uid_t.max, entry.pointee.gr_gid) == 0 else {
                throw POSIXFailure("chown \(path) to group \(group)", errno: errno)
            }
        }
        guard chmod(path, mode_t(mode)) == 0 else { throw POSIXFailure("chmod \(path)", errno: errno) }
    }
}
