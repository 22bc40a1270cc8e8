import FuzzSupport

/// Reads the input as html, whatever it looks like, and checks the documents (see `ReaderInvariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRead(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    ReaderInvariants.check(FuzzInput.bytes(data, count), format: .html)
    return 0
}
