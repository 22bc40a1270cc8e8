extension MarkupScanner {
    /// Skips the raw text of `<script>`, `<style>` and the like: everything up to `</name` (any case) or
    /// the end. Returns the skipped range; the next token is the end tag.
    mutating func skipRawText(closing name: String) -> Range<Int> {
        let start = position
        let pattern = Array(("</" + name.lowercased()).unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == "<", matchesIgnoringCase(pattern, at: index) { break }
            index += 1
        }
        let end = index + pattern.count <= scalars.count ? index : scalars.count
        position = end
        return start..<end
    }

    private func matchesIgnoringCase(_ pattern: [Unicode.Scalar], at start: Int) -> Bool {
        for (offset, expected) in pattern.enumerated() {
            let scalar = scalars[start + offset]
            let lowered = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            if lowered != expected { return false }
        }
        return true
    }
}
