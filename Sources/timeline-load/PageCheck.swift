import CLoadScan

/// What the load client checks of every page it is sent, in one pass over its bytes (no decoding into values):
/// `{"events":[…]}` or `{"events":[…],"nextCursor":"…"}` and a newline; brackets and braces balanced and
/// matched outside strings, every string closed (by a quote no backslash escapes), nothing after the object;
/// and the number of events: exactly `pageSize` when there is a next cursor, at most `pageSize` otherwise.
///
/// The pass takes 64 bytes at a time (a page is mostly short strings, so a step per string costs more than
/// the bytes): bit masks of the quotes, backslashes and brackets of the block (`load_scan_blocks`), the
/// bytes inside strings from a running XOR of the quotes that open or close one, and then a step only for
/// each bracket or brace outside strings. A block with a backslash (or a pending escape) finds its quotes
/// byte by byte: a backslash inside a string escapes the next byte, one outside means nothing.
enum PageCheck {
    static let prefix = Array(#"{"events":["#.utf8)
    static let cursorKey = Array(#","nextCursor":""#.utf8)

    /// The number of events on a page answered with `status`, or why it is not a well-formed page of at most
    /// `pageSize` with status 200.
    static func events(status: Int, body: UnsafeBufferPointer<UInt8>, pageSize: Int) -> Result<Int, PageFailure> {
        guard status == 200 else {
            return .failure(PageFailure("status \(status): \(String(decoding: body.prefix(300), as: UTF8.self))"))
        }
        return events(in: body, pageSize: pageSize)
    }

    /// The number of events on the page, or why the page is not a well-formed page of at most `pageSize`.
    static func events(in body: [UInt8], pageSize: Int) -> Result<Int, PageFailure> {
        body.withUnsafeBufferPointer { events(in: $0, pageSize: pageSize) }
    }

    /// The same, on bytes that stay valid for the call (the connection's receive buffer).
    static func events(in body: UnsafeBufferPointer<UInt8>, pageSize: Int) -> Result<Int, PageFailure> {
        guard body.starts(with: prefix), body.last == UInt8(ascii: "\n") else {
            return .failure(PageFailure("not a page: \(String(decoding: body.prefix(80), as: UTF8.self))"))
        }
        let end = body.count - 1  // before the newline
        var scan = Scan()
        let failure = withUnsafeTemporaryAllocation(of: LoadScanMasks.self, capacity: 64) { masks -> PageFailure? in
            var base = 0
            while base < end {  // 4 KiB at a time: their masks, then the blocks' brackets
                let count = min(4096, end - base)
                load_scan_blocks(body.baseAddress! + base, count, masks.baseAddress!)
                for block in 0..<(count + 63) / 64 {
                    let at = base + 64 * block
                    let bytes = UnsafeBufferPointer(start: body.baseAddress! + at, count: min(64, end - at))
                    if let failure = scan.block(masks[block], bytes, at: at, end: end) { return failure }
                }
                base += count
            }
            return nil
        }
        if let failure { return .failure(failure) }
        guard scan.insideString == 0 else { return .failure(PageFailure("unterminated string")) }
        guard scan.open.depth == 0, scan.arrayEnd > 0 else { return .failure(PageFailure("page cut short")) }
        let rest = UnsafeBufferPointer(rebasing: body[(scan.arrayEnd + 1)..<end])
        let hasCursor = rest.count > 1
        guard rest.count == 1 || rest.starts(with: cursorKey) else {
            return .failure(PageFailure("unexpected member after the events"))
        }
        guard hasCursor ? scan.count == pageSize : scan.count <= pageSize else {
            return .failure(
                PageFailure("\(scan.count) events on a page of \(pageSize)\(hasCursor ? " with a next cursor" : "")"))
        }
        return .success(scan.count)
    }
}

extension PageCheck {
    /// The state of the pass between blocks.
    struct Scan {
        var open = OpenStack()
        var count = 0
        /// Where the events array closes (the first closer that leaves only the top object open).
        var arrayEnd = -1
        /// All ones when the previous block ended inside a string.
        var insideString: UInt64 = 0
        /// Whether the previous block ended on a backslash that escapes the next byte.
        var escapePending = false

        /// Checks the block `bytes` (64 bytes, fewer at the end; page offset `base`) with its `masks`; `end` is
        /// where the object must end.
        mutating func block(
            _ masks: LoadScanMasks, _ bytes: UnsafeBufferPointer<UInt8>, at base: Int, end: Int
        )
            -> PageFailure?
        {
            let quotes = masks.backslashes == 0 && !escapePending ? masks.quotes : unescapedQuotes(bytes)
            let inside = Self.runningXOR(quotes) ^ insideString
            insideString = 0 &- (inside >> 63)
            var brackets = masks.brackets & ~inside
            while brackets != 0 {
                let index = base + brackets.trailingZeroBitCount
                brackets &= brackets &- 1
                let byte = bytes[index - base]
                let isBrace = byte & 0x20 != 0
                if byte & 0xDF == UInt8(ascii: "[") {
                    // An event: an object directly in the array that is the top object's first value.
                    if isBrace, open.depth == 2 { count += 1 }
                    open.push(isBrace)
                    continue
                }
                guard open.depth > 0, open.pop() == isBrace else {
                    return PageFailure("unbalanced '\(Character(Unicode.Scalar(byte)))' at \(index)")
                }
                if open.depth == 1, arrayEnd < 0 { arrayEnd = index }
                if open.depth == 0, index != end - 1 { return PageFailure("bytes after the page") }
            }
            return nil
        }

        /// The quotes of a block that open or close a string, byte by byte (a block with a backslash).
        mutating func unescapedQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var quotes: UInt64 = 0
            var inside = insideString != 0
            var escaped = escapePending
            for (offset, byte) in bytes.enumerated() {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\"") {
                    quotes |= 1 << UInt64(offset)
                    inside.toggle()
                } else if inside, byte == UInt8(ascii: "\\") {
                    escaped = true
                }
            }
            escapePending = escaped
            return quotes
        }

        /// Bit i is the XOR of bits 0...i: set from an opening quote up to (not including) its closing quote.
        static func runningXOR(_ bits: UInt64) -> UInt64 {
            var bits = bits
            bits ^= bits << 1
            bits ^= bits << 2
            bits ^= bits << 4
            bits ^= bits << 8
            bits ^= bits << 16
            bits ^= bits << 32
            return bits
        }
    }

    /// The brackets and braces not yet closed: one bit each (set for a brace), in a word up to 64 deep.
    struct OpenStack {
        private(set) var depth = 0
        private var bits: UInt64 = 0
        private var deeper: [Bool] = []

        mutating func push(_ isBrace: Bool) {
            if depth < 64 {
                bits = isBrace ? bits | 1 << UInt64(depth) : bits & ~(1 << UInt64(depth))
            } else {
                deeper.append(isBrace)
            }
            depth += 1
        }

        /// Whether the innermost one (there must be one) is a brace, which it closes.
        mutating func pop() -> Bool {
            depth -= 1
            return depth < 64 ? bits & 1 << UInt64(depth) != 0 : deeper.removeLast()
        }
    }
}

struct PageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
