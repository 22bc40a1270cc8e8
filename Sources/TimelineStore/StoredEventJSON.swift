import Foundation
import GRDB
import TimelineWire

/// `event_json`: each event's JSON object as a page lists it (`EventJSON.append(_ event:)`, extent included),
/// written once when the event is stored, so a page of events is an index walk and a concatenation of these
/// bytes instead of joining each event's time expression and document and writing it again.
///
/// An event's object never changes once stored: its time expression, extent and document are written in the
/// same transaction and never updated. Written by `ingest` from the document's read-back; filled for stored
/// events by the migration `migrate` (self-contained: register it as the next schema version). Deleting events
/// deletes their rows here (`ON DELETE CASCADE`).
enum StoredEventJSON {
    /// The migration's name in the store's migrator.
    static let migration = "v8"

    /// Creates `event_json` and writes the object of every stored event, in id order, `batch` events a read.
    static func migrate(_ db: Database, batch: Int = 2000) throws {
        try db.execute(
            sql: """
                CREATE TABLE event_json (
                    id INTEGER PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
                    json BLOB NOT NULL
                )
                """)
        var last: Int64 = 0
        while true {
            let records = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(TimelineStore.eventColumns) \(TimelineStore.eventJoins)
                    WHERE e.id > ? ORDER BY e.id LIMIT \(batch)
                    """, arguments: [last]
            ).map(TimelineStore.eventRecord)
            guard let final = records.last else { return }
            try add(TimelineStore.withExtents(records, db), db: db)
            last = final.id
        }
    }

    /// Writes the objects of `events`, read back as a page lists them.
    static func add(_ events: [EventRecord], db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO event_json (id, json) VALUES (?, ?)")
        var bytes: [UInt8] = []
        for event in events {
            bytes.removeAll(keepingCapacity: true)
            EventJSON.append(event, to: &bytes)
            try statement.execute(arguments: [event.id, Data(bytes)])
        }
    }
}
