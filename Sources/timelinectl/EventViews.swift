import TimelineViews
import TimelineWire

/// The readable views of events that `events`, `follow` and `export` share.
enum EventViews {
    /// Prints `events` as `format` to stdout: the timeline paged on a terminal, iCalendar as it is.
    static func print(_ events: [EventRecord], as format: EventFormat) {
        switch format {
        case .timeline:
            if events.isEmpty {
                Output.note("No events.")
                return
            }
            Terminal.page(timeline.render(events))
        case .ics:
            Swift.print(ICalendar(stamp: ExportCommand.utcStamp()).render(events), terminator: "")
        default:
            break
        }
    }

    /// The terminal timeline for stdout: coloured only on a terminal without `NO_COLOR`, as wide as the terminal.
    static var timeline: TimelineText { TimelineText(color: Terminal.useColor(), width: Terminal.width()) }
}
