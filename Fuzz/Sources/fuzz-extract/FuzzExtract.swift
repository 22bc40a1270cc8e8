import FuzzSupport

/// Extracts from the input (an optional first line `YYYY-MM-DD` is the publication date) and checks the
/// result (see `ExtractionInvariants`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let (body, date) = FuzzInput.datedText(FuzzInput.bytes(data, count))
    ExtractionInvariants.check(body: body, publicationDate: date)
    return 0
}
