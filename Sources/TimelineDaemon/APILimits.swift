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
        // Most requests have no `limit` and are not parsed here a second time (routing parses them).
        guard let query = request.uri.query, Self.mayName(Self.limitKey, query) else { return nil }
        for (key, value) in request.uri.queryParameters where key == "limit" {
            if let limit = Int(value), limit > maxQueryLimit {
                return "limit: at most \(maxQueryLimit) (max_query_limit), got \(limit)"
            }
        }
        return nil
    }

    private static let limitKey = Array("limit".utf8)

    /// Whether a parameter of `query` (the pieces between `&`s) may be named `key`: one starts with it. Keys are
    /// not percent-decoded. Unsure (a string not stored as UTF-8), true.
    static func mayName(_ key: [UInt8], _ query: String) -> Bool {
        query.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while start + key.count <= bytes.count {
                if bytes[start..<start + key.count].elementsEqual(key) { return true }
                guard let separator = bytes[start...].firstIndex(of: UInt8(ascii: "&")) else { return false }
                start = separator + 1
            }
            return false
        } ?? true
    }
}
