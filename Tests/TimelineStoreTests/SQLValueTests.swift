import GRDB
import GRDBSQLite
import Testing

@testable import TimelineStore

/// Values bound by position (`SQLValue.bind`, the pages' way) read back as GRDB's arguments bind them.
@Test func valuesBoundByPositionMatchGRDBArguments() throws {
    let values: [SQLValue] = [
        .text(""), .text("2021-06"), .text("a\u{0}b"), .text("été"), .integer(-7), .integer(1 << 40),
    ]
    let sql = "SELECT " + values.indices.map { _ in "quote(?)" }.joined(separator: ", ")
    let queue = try DatabaseQueue()
    let (direct, viaGRDB) = try queue.read { db in
        let statement = try db.makeStatement(sql: sql)
        SQLValue.bind(values, to: statement.sqliteStatement)
        #expect(sqlite3_step(statement.sqliteStatement) == SQLITE_ROW)
        let direct = values.indices.map { String(cString: sqlite3_column_text(statement.sqliteStatement, Int32($0))) }
        sqlite3_reset(statement.sqliteStatement)
        let row = try Row.fetchOne(
            db.makeStatement(sql: sql), arguments: StatementArguments(values.map(\.databaseValue)))
        return (direct, values.indices.map { row?[$0] as String? })
    }
    #expect(direct == viaGRDB.map { $0 ?? "missing" })
    #expect(direct[0] == "''", "an empty text binds '', not NULL")
    #expect(direct[2] == "'a'", "up to a NUL, as GRDB binds it")
}
