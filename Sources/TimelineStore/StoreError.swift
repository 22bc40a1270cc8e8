/// A failure of the store itself: it could not open, migrate, read or write its database.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// The disk or file system failed (full, quota, I/O error, read-only): retrying later may succeed.
    public var isStorageFailure = false
    public init(_ message: String, isStorageFailure: Bool = false) {
        self.message = message
        self.isStorageFailure = isStorageFailure
    }
    public var description: String { message }
}
