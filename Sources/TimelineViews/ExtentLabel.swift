public import TimelineWire

/// How an event's extent reads to a person: the expression with the word its relation stands for.
///
/// `20 years` measured `AFTER` → `after 20 years`; `three days` `ON` → `for three days`; a set as written
/// (`every day`, `twice a week`).
public enum ExtentLabel {
    public static func of(_ extent: EventExtentRecord) -> String {
        let expression = TimelineText.oneLine(extent.expression)
        guard extent.type != "SET" else { return expression }
        switch extent.relation {
        case "AFTER": return "after " + expression
        case "BEFORE": return "before " + expression
        case "BEGINS": return "since " + expression
        default: return "for " + expression
        }
    }

    /// The event's summary, with its extent in parentheses when it has one:
    /// `The United States withdrew its troops (after 20 years)`.
    public static func summary(_ event: EventRecord) -> String {
        guard let extent = event.extent else { return event.summary }
        return event.summary + " (" + of(extent) + ")"
    }
}
