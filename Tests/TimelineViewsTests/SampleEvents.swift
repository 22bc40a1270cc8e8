import TimelineCore
import TimelineWire

/// Events shaped as the daemon serves them, covering each kind of time: a year, a month, a day, a time of day,
/// a decade, an open-ended relation.
enum SampleEvents {
    static let article = DocumentRef(
        id: 1, name: "lavrov-2022-03-31.txt",
        title: "Russia accredits Taliban envoy, warns of extremists crossing Central Asia", published: "2022-03-31")
    static let untitled = DocumentRef(id: 2, name: "notes.txt", title: nil, published: "2022-04-02")

    static func event(
        _ id: Int64, value: String, granularity: String, start: String, end: String, relation: String = "ON",
        eventStart: String?? = .none, eventEnd: String?? = .none, summary: String, sentence: String = "",
        document: DocumentRef = article, type: String = "DATE", text: String = "it"
    ) -> EventRecord {
        EventRecord(
            id: id,
            time: EventTime(
                value: value, type: type, start: start, end: end, granularity: granularity, text: text,
                offsets: Offsets(start: 10, end: 12)),
            relation: relation, start: eventStart ?? start, end: eventEnd ?? end,
            trigger: TextSpan(text: "seized", start: 0, end: 6), summary: summary,
            sentence: TextSpan(text: sentence.isEmpty ? summary + "." : sentence, start: 0, end: 40), document: document
        )
    }

    static let all: [EventRecord] = [
        event(
            1, value: "199", granularity: "decade", start: "1990-01-01", end: "2000-01-01",
            summary: "the region was unstable", document: untitled),
        event(
            2, value: "2021", granularity: "year", start: "2021-01-01", end: "2022-01-01",
            summary: "Russia organized an international conference"),
        event(
            3, value: "2021", granularity: "year", start: "2021-01-01", end: "2022-01-01", relation: "BEGINS",
            eventStart: "2021-01-01", eventEnd: "2022-04-01", summary: "Moscow has staged military manoeuvres"),
        event(
            4, value: "2021-08", granularity: "month", start: "2021-08-01", end: "2021-09-01",
            summary: "the Taliban seized control",
            sentence: "The US withdrew, and the Taliban seized control in August; \"when\", they said, \\ was moot."),
        event(
            5, value: "2021-08", granularity: "month", start: "2021-08-01", end: "2021-09-01", relation: "BEFORE",
            eventStart: .some(nil), eventEnd: "2021-08-01", summary: "talks failed"),
        event(
            6, value: "2022-02-15", granularity: "day", start: "2022-02-15", end: "2022-02-16",
            summary: "the first Afghan diplomat arrived in Moscow"),
        event(
            7, value: "2022-03-31T10:00", granularity: "minute", start: "2022-03-31T10:00", end: "2022-03-31T10:01",
            summary: "Lavrov spoke", type: "TIME"),
    ]
}
