@_exported import TimelineCore
@_exported import TimelineDocuments

/// How the targets turn libFuzzer's bytes into their inputs.
public enum FuzzInput {
    public static func bytes(_ data: UnsafePointer<UInt8>, _ count: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// The publication date used when the input does not open with one.
    public static let defaultDate = CalendarDate(year: 2022, month: 3, day: 31)

    /// A body and a publication date: a first line `YYYY-MM-DD` is the date and the rest the body;
    /// otherwise all of it is the body, dated `defaultDate`. Invalid UTF-8 is repaired (U+FFFD).
    public static func datedText(_ bytes: [UInt8]) -> (body: String, date: CalendarDate) {
        if bytes.count >= 11, bytes[10] == UInt8(ascii: "\n"),
            let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self))
        {
            return (String(decoding: bytes[11...], as: UTF8.self), date)
        }
        return (String(decoding: bytes, as: UTF8.self), defaultDate)
    }

    /// Query parameters from `key=value` pairs separated by `&` or newlines, as the API hands them over
    /// (already percent-decoded). A pair without `=` has an empty value; a later key replaces an earlier one.
    public static func parameters(_ bytes: [UInt8]) -> [String: String] {
        var parameters: [String: String] = [:]
        let text = String(decoding: bytes, as: UTF8.self)
        for pair in text.split(whereSeparator: { $0 == "&" || $0 == "\n" }) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            parameters[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return parameters
    }
}

/// Stops the run with a message libFuzzer reports as a crash, keeping the input as an artifact.
public func violated(_ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) -> Never {
    fatalError("invariant violated: \(message())", file: file, line: line)
}
