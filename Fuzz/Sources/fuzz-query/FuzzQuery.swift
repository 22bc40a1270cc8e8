import FuzzSupport

/// Parses the input as API query parameters (`key=value` pairs separated by `&` or newlines), checks the
/// parsed query, and runs it against a small real store (see `QueryInvariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    QueryInvariants.check(FuzzInput.parameters(FuzzInput.bytes(data, count)))
    return 0
}
