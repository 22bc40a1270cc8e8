/// TIMEX3 `quant` and `freq` of a set, from its words: `every Monday` → `EVERY`, `each year` → `EACH`,
/// `twice a week` → `2X`, `three times a year` → `3X`, `daily` → `1X` (as TimeBank marks frequency adverbs).
enum SetQuantities {
    static func of(_ tokens: [Token], _ slots: Slots) -> (quant: String?, freq: String?) {
        let head = tokens[slots.first]
        if head.is(.every) { return ("EVERY", nil) }
        if head.is(.each) { return ("EACH", nil) }
        if head.is(.once) { return (nil, "1X") }
        if head.is(.twice) { return (nil, "2X") }
        if head.is(.thrice) { return (nil, "3X") }
        if slots.first + 1 <= slots.last, tokens[slots.first + 1].is(.times), let amount = slots.amount {
            return (nil, "\(amount)X")
        }
        if slots.setEntry >= 0, slots.first == slots.last { return (nil, "1X") }
        return (nil, nil)
    }
}
