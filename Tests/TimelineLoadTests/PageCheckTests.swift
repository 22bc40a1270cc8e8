import Foundation
import Testing

@testable import timeline_load

/// The load client's page check: real pages pass, each kind of malformed page fails, and the block-wise pass
/// agrees with the byte-at-a-time reference on escapes at every block offset and on many damaged pages.
struct PageCheckTests {
    /// A page the daemon served (`Fixtures/`, bodies as received).
    static func fixture(_ name: String) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The event objects of a real page, as byte strings.
    static func realEvents() throws -> [[UInt8]] {
        let page = try fixture("doc-1234.json")
        let json = try JSONSerialization.jsonObject(with: Data(page)) as! [String: Any]
        return try (json["events"] as! [Any]).map {
            Array(try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys, .withoutEscapingSlashes]))
        }
    }

    /// A page of `count` real events, with a next cursor or not.
    static func page(events count: Int, cursor: Bool) throws -> [UInt8] {
        let events = try realEvents()
        var page = PageCheck.prefix
        for index in 0..<count {
            if index > 0 { page.append(UInt8(ascii: ",")) }
            page += events[index % events.count]
        }
        page += Array((cursor ? #"],"nextCursor":"ZR8fMTk4OS0xMC0yMR8zNTU2"}"# : "]}").utf8) + [10]
        return page
    }

    static func check(_ page: [UInt8], pageSize: Int = 100) -> String {
        switch PageCheck.events(in: page, pageSize: pageSize) {
        case .success(let count): "\(count) events"
        case .failure(let failure): failure.description
        }
    }

    static func reference(_ page: [UInt8], pageSize: Int = 100) -> String {
        switch ReferencePageCheck.events(in: page, pageSize: pageSize) {
        case .success(let count): "\(count) events"
        case .failure(let failure): failure.description
        }
    }

    @Test func realPagesPass() throws {
        #expect(Self.check(try Self.fixture("doc-1234.json")) == "3 events")
        #expect(Self.check(try Self.fixture("word-limit-3.json"), pageSize: 3) == "3 events")
        #expect(Self.check(try Self.page(events: 100, cursor: true)) == "100 events")
        #expect(Self.check(try Self.page(events: 100, cursor: false)) == "100 events")
        #expect(Self.check(try Self.page(events: 0, cursor: false)) == "0 events")
    }

    @Test func eventCountsAgainstThePageSize() throws {
        #expect(
            Self.check(try Self.page(events: 99, cursor: true)) == "99 events on a page of 100 with a next cursor")
        #expect(Self.check(try Self.page(events: 101, cursor: false)) == "101 events on a page of 100")
        #expect(
            Self.check(try Self.page(events: 101, cursor: true)) == "101 events on a page of 100 with a next cursor")
        #expect(Self.check(try Self.fixture("word-limit-3.json"), pageSize: 4).hasPrefix("3 events on a page of 4"))
    }

    @Test func malformedPagesFail() throws {
        let page = try Self.page(events: 100, cursor: true)
        let text = String(decoding: page, as: UTF8.self)
        func replacing(_ old: String, _ new: String) -> [UInt8] {
            Array(text.replacingOccurrences(of: old, with: new).utf8)
        }
        #expect(Self.check(Array(page.dropLast())).hasPrefix("not a page"))  // no newline
        #expect(
            Self.check(Array(page.prefix(30_000)) + [10]) == "unterminated string"
                || Self.check(Array(page.prefix(30_000)) + [10]) == "page cut short")
        #expect(Self.check(Array(page.prefix(page.count - 3)) + [10]) == "unterminated string")
        #expect(Self.check(Array(page.prefix(page.count - 2)) + [10]) == "page cut short")
        #expect(Self.check(Array(#"{"events":[{"a":1}]"#.utf8) + [10]) == "page cut short")
        #expect(Self.check(Array(#"{"events":[{"a":1]}"#.utf8) + [10]) == "unbalanced ']' at 17")
        #expect(Self.check(Array(#"{"events":[{"a":1}}}"#.utf8) + [10]) == "unbalanced '}' at 18")
        #expect(Self.check(Array(#"{"events":[{"a":"x}]}"#.utf8) + [10]) == "unterminated string")
        #expect(Self.check(Array(#"{"events":[{"a":"x\"}]}"#.utf8) + [10]) == "unterminated string")
        #expect(Self.check(Array(#"{"events":[{"a":"x\\"}]}"#.utf8) + [10]) == "1 events")
        #expect(Self.check(Array(#"{"events":[{"a":1}]}{}"#.utf8) + [10]) == "bytes after the page")
        #expect(Self.check(Array(#"{"events":[{"a":1}]}x"#.utf8) + [10]) == "bytes after the page")
        #expect(
            Self.check(Array(#"{"events":[{"a":1}],"more":1}"#.utf8) + [10]) == "unexpected member after the events")
        #expect(Self.check(replacing(#"],"nextCursor""#, #"]],"nextCursor""#)).hasPrefix("unbalanced ']'"))
        #expect(Self.check(replacing(#""trigger":{"#, #""trigger":["#)).hasPrefix("unbalanced '}'"))
    }

    @Test func wrongStatusFails() throws {
        let page = try Self.page(events: 3, cursor: false)
        let result = page.withUnsafeBufferPointer { PageCheck.events(status: 500, body: $0, pageSize: 100) }
        guard case .failure(let failure) = result else {
            Issue.record("status 500 passed")
            return
        }
        #expect(failure.description.hasPrefix("status 500: {\"events\""))
        let ok = page.withUnsafeBufferPointer { PageCheck.events(status: 200, body: $0, pageSize: 100) }
        #expect((try? ok.get()) == 3)
    }

    /// Strings with escaped quotes and backslashes, brackets inside strings, at every offset across the
    /// 64-byte blocks: the same answer as the reference.
    @Test func escapesAtEveryBlockOffset() {
        let pieces = [#"\""#, #"\\"#, #"\\\""#, #"\\\\"#, #"]}["#, #"\"}]"#, #"\\"}]"#, #"x\"#]
        for piece in pieces {
            for padding in 0..<140 {
                let pad = String(repeating: "a", count: padding)
                for body in [
                    #"{"events":[{"text":"\#(pad)\#(piece)"}]}"#, #"{"events":[{"\#(pad)":"\#(piece)\#(pad)"},{}]}"#,
                    #"{"events":[{"text":"\#(pad)\#(piece)}]}"#,
                ] {
                    let page = Array(body.utf8) + [10]
                    #expect(Self.check(page) == Self.reference(page), "\(body)")
                }
            }
        }
    }

    /// Real pages damaged at random (a byte replaced by one the check reads, inserted, or the page cut):
    /// the same answer as the reference every time.
    @Test func damagedPagesAgreeWithTheReference() throws {
        var state: UInt64 = 6  // a seeded generator (Knuth's MMIX LCG, high bits), so a failure can be found again
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 24
        }
        let pages = [
            try Self.page(events: 100, cursor: true), try Self.page(events: 7, cursor: false),
            try Self.fixture("word-limit-3.json"),
        ]
        let special = Array(#""\{}[]x:,"#.utf8)
        var failures = 0
        for round in 0..<3000 {
            var page = pages[round % pages.count]
            for _ in 0...Int(next() % 3) {
                let at = Int(next() % UInt64(page.count))
                let byte = special[Int(next() % UInt64(special.count))]
                switch next() % 4 {
                case 0: page[at] = byte
                case 1: page.insert(byte, at: at)
                case 2: page = Array(page.prefix(at)) + [10]
                default: page.insert(UInt8(ascii: "\\"), at: at)
                }
            }
            let (mine, theirs) = (Self.check(page), Self.reference(page))
            if mine != theirs {
                failures += 1
                if failures < 5 { Issue.record("\(mine) ≠ \(theirs)") }
            }
        }
        #expect(failures == 0)
    }
}
