import FuzzSupport

/// Reads the input as email, whatever it looks like, and checks the documents (see `ReaderInvariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRead(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    ReaderInvariants.check(FuzzInput.bytes(data, count), format: .email)
    return 0
}
