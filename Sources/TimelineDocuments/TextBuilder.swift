/// Builds the plain text of markup: whitespace runs collapse to one space, line breaks are asked for
/// by block elements, and no line starts or ends with a space.
struct TextBuilder {
    private(set) var scalars = String.UnicodeScalarView()
    private var pendingSpace = false
    private var pendingBreaks = 0

    var isEmpty: Bool { scalars.isEmpty }
    var text: String { String(scalars) }

    /// Appends text; ASCII whitespace is collapsed unless `preformatted` (as in HTML, a no-break space is
    /// kept).
    mutating func append(_ text: String, preformatted: Bool = false) {
        for scalar in text.unicodeScalars {
            if !preformatted, scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{C}" {
                pendingSpace = true
                continue
            }
            flush()
            scalars.append(scalar)
        }
    }

    /// Ends the current line; `count` 2 leaves a blank line. Nothing happens at the very start.
    mutating func breakLine(_ count: Int) {
        pendingBreaks = max(pendingBreaks, count)
        pendingSpace = false
    }

    private mutating func flush() {
        if pendingBreaks > 0, !scalars.isEmpty {
            var existing = 0
            var index = scalars.endIndex
            while index > scalars.startIndex, existing < 2 {
                index = scalars.index(before: index)
                guard scalars[index] == "\n" else { break }
                existing += 1
            }
            for _ in 0..<max(0, pendingBreaks - existing) { scalars.append("\n") }
        } else if pendingSpace, let last = scalars.last, last != "\n" {
            scalars.append(" ")
        }
        pendingBreaks = 0
        pendingSpace = false
    }
}
