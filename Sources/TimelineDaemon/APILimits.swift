import Hummingbird
import NIOCore

/// What one client may ask of the API, from the config.
struct APILimits: Sendable {
    /// Largest request head: request line and headers (`max_header_bytes`); larger gets 431.
    var maxHeaderBytes: Int
    /// Largest `limit` a query may ask for (`max_query_limit`).
    var maxQueryLimit: Int
    /// Most connections open at once (`max_connections`); more get 503.
    var maxConnections: Int
    /// A keep-alive connection with no request for this long is closed (`idle_timeout`).
    var idleTimeout: TimeAmount
    /// A request must arrive whole within this long of its first byte (`request_timeout`), else 408.
    var requestTimeout: TimeAmount

    init(_ config: DaemonConfig) {
        maxHeaderBytes = config.maxHeaderBytes
        maxQueryLimit = config.maxQueryLimit
        maxConnections = config.maxConnections
        idleTimeout = .milliseconds(Int64(config.idleTimeout * 1000))
        requestTimeout = .milliseconds(Int64(config.requestTimeout * 1000))
    }

    /// Why a request breaks a limit that routing does not check, or `nil`.
    func violation(_ request: Request) -> String? {
        for (key, value) in request.uri.queryParameters where key == "limit" {
            if let limit = Int(value), limit > maxQueryLimit {
                return "limit: at most \(maxQueryLimit) (max_query_limit), got \(limit)"
            }
        }
        return nil
    }
}
