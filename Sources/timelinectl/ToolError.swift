/// A failure that `timelinectl` reports as `timelinectl: MESSAGE` on stderr, exiting with status 1.
struct ToolError: Error, CustomStringConvertible {
    /// What went wrong, broadly: callers use it to decide whether retrying other inputs makes sense.
    enum Kind: Sendable {
        /// The daemon cannot be reached at all (no socket, nothing listening, no permission).
        case unavailable
        /// The connection broke or timed out mid-request.
        case transport
        /// The daemon answered, but with an error or something unreadable.
        case response
        /// A local file or argument problem.
        case input
    }

    var kind: Kind
    var message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    var description: String { message }
}
