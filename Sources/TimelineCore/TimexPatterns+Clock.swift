/// Rows for clock times, alone or with their day (`3 p.m.`, `10 p.m. Wednesday`, `noon Thursday`).
extension TimexPatterns {
    static let zone: E = .optional(.of(.timeZone))
    static let hhmm: [E] = [.hour, .adjacent(.punct(":")), .adjacent(.minute)]

    static let clock: [TimexPattern] = [
        TimexPattern(example: "3 p.m.", elements: [.hour, .meridiem, zone], reading: .clock, check: .meridiem),
        TimexPattern(
            example: "10:30 a.m.", elements: hhmm + [.meridiem, zone], reading: .clock, check: .meridiem),
        TimexPattern(
            example: "10 p.m. Wednesday", elements: [.hour, .meridiem, zone, .of(.weekday)], reading: .clock),
        TimexPattern(
            example: "9:30 a.m. EST Tuesday", elements: hhmm + [.meridiem, zone, .of(.weekday)], reading: .clock),
        TimexPattern(
            example: "5 p.m. EST, Nov. 9", elements: [.hour, .meridiem, zone, comma, month, .day], reading: .clock),
        TimexPattern(
            example: "9 a.m. yesterday", elements: [.hour, .meridiem, zone, .of(.dayReference)], reading: .clock),
        TimexPattern(example: "noon Thursday", elements: [.of(.clockWord), .of(.weekday)], reading: .clock),
        TimexPattern(example: "midnight tonight", elements: [.of(.clockWord), .of(.dayReference)], reading: .clock),
    ]
}
