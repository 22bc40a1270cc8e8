import Foundation

@testable import timeline_load

/// The page check as it was first written, a byte at a time with `memchr` for each string: the reference the
/// block-wise `PageCheck` must agree with on every page, well formed or not (same count, same failure).
///
/// What the load client checks of every page it is sent, in one pass over its bytes (no decoding into values):
/// `{"events":[…]}` or `{"events":[…],"nextCursor":"…"}` and a newline; brackets and braces balanced and
/// matched outside strings, every string closed (by a quote no backslash escapes), nothing after the object;
/// and the number of events: exactly `pageSize` when there is a next cursor, at most `pageSize` otherwise.
enum ReferencePageCheck {
    static let prefix = Array(#"{"events":["#.utf8)
    static let cursorKey = Array(#","nextCursor":""#.utf8)

    /// The number of events on the page, or why the page is not a well-formed page of at most `pageSize`.
    static func events(in body: [UInt8], pageSize: Int) -> Result<Int, PageFailure> {
        guard body.starts(with: prefix), body.last == UInt8(ascii: "\n") else {
            return .failure(PageFailure("not a page: \(String(decoding: body.prefix(80), as: UTF8.self))"))
        }
        return body.withUnsafeBufferPointer { bytes in
            var open: [UInt8] = []  // the brackets and braces not yet closed
            open.reserveCapacity(16)
            var count = 0
            var arrayEnd = -1
            var index = 0
            let end = bytes.count - 1  // before the newline
            while index < end {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    guard let close = closingQuote(bytes, after: index, end: end) else {
                        return .failure(PageFailure("unterminated string"))
                    }
                    index = close
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    // An event: an object directly in the array that is the top object's first value.
                    if byte == UInt8(ascii: "{"), open.count == 2 { count += 1 }
                    open.append(byte)
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard let last = open.popLast(), last == byte - 2 else {
                        return .failure(PageFailure("unbalanced '\(Character(Unicode.Scalar(byte)))' at \(index)"))
                    }
                    if open.count == 1, arrayEnd < 0 { arrayEnd = index }
                    if open.isEmpty, index != end - 1 { return .failure(PageFailure("bytes after the page")) }
                default: break
                }
                index += 1
            }
            guard open.isEmpty, arrayEnd > 0 else { return .failure(PageFailure("page cut short")) }
            let rest = UnsafeBufferPointer(rebasing: bytes[(arrayEnd + 1)..<end])
            let hasCursor = rest.count > 1
            guard rest.count == 1 || rest.starts(with: cursorKey) else {
                return .failure(PageFailure("unexpected member after the events"))
            }
            guard hasCursor ? count == pageSize : count <= pageSize else {
                return .failure(
                    PageFailure("\(count) events on a page of \(pageSize)\(hasCursor ? " with a next cursor" : "")"))
            }
            return .success(count)
        }
    }
}

extension ReferencePageCheck {
    /// The index of the quote that closes the string opened at `open` (one not escaped by an odd run of
    /// backslashes), found with `memchr`: most of a page is inside strings.
    static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, after open: Int, end: Int) -> Int? {
        var from = open + 1
        while from < end {
            guard let found = memchr(bytes.baseAddress! + from, Int32(UInt8(ascii: "\"")), end - from) else {
                return nil
            }
            let quote = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var backslashes = 0
            while quote - backslashes - 1 > open, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
                backslashes += 1
            }
            if backslashes % 2 == 0 { return quote }
            from = quote + 1
        }
        return nil
    }
}
