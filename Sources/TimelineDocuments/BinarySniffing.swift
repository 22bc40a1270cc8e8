/// Binary detection on a file's first bytes, for callers that read the start of a file before the rest.
public enum BinarySniffing {
    /// How many leading bytes decide whether a file is binary.
    public static let prefixLength = FormatSniffer.prefixLength

    /// Why a file starting with `prefix` is not text (`"PNG image"`, `"NUL bytes"`), or nil when it may be.
    /// Only the first `prefixLength` bytes matter: the answer is the one `DocumentReader` gives for the file.
    public static func binaryKind(ofPrefix prefix: [UInt8]) -> String? {
        FormatSniffer.binaryKind(prefix)
    }
}
