import Foundation
import Testing
import TimelineCore
import TimelineDocuments

/// Every TBAQ file gives the body `DocumentReader` gives, and the scored gold TIMEX3s `tml2txt.py
/// --timex-jsonl` writes (same spans, types, values and texts, in the same order).
@Test func tbaqGoldMatchesTml2txt() throws {
    let (corpus, files) = try SharedCorpus.tbaqFiles()
    let tool = try SharedCorpus.sharedFolder().appendingPathComponent("tools/tml2txt.py")
    let jsonl = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: jsonl) }
    _ = try SharedCorpus.python([tool.path, corpus.path, "--timex-jsonl", jsonl.path])
    var expected: [String: [[String: Any]]] = [:]
    for line in try String(contentsOf: jsonl, encoding: .utf8).split(separator: "\n") {
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        expected[try #require(record["doc"] as? String)] = record["timexes"] as? [[String: Any]]
    }
    for file in files {
        let name = file.lastPathComponent
        let bytes = Array(try Data(contentsOf: file))
        let gold = try TimeMLAnnotations.read(bytes: bytes)
        let document = try DocumentReader.read(
            bytes: bytes, name: name, modificationDate: CalendarDate(year: 2000, month: 1, day: 1))
        #expect(gold.body == document.body, "\(name): body differs")
        let scored = gold.timexes.filter { $0.end > $0.start && $0.functionInDocument != "CREATION_TIME" }
        let theirs = try #require(expected[name], "\(name) missing from tml2txt output")
        let ours: [[String: String]] = scored.map {
            [
                "start": "\($0.start)", "end": "\($0.end)", "type": $0.type ?? "-", "value": $0.value ?? "-",
                "text": $0.text,
            ]
        }
        let converted: [[String: String]] = theirs.map { timex in
            [
                "start": "\(timex["start"] as? Int ?? -1)", "end": "\(timex["end"] as? Int ?? -1)",
                "type": timex["type"] as? String ?? "-", "value": timex["value"] as? String ?? "-",
                "text": timex["text"] as? String ?? "",
            ]
        }
        #expect(ours == converted, "\(name): gold timexes differ")
        #expect(gold.dctValue != nil && gold.dctType != nil, "\(name): no DCT")
    }
}

@Test func eventsInstancesAndLinksAreRead() throws {
    let text = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/98</TIMEX3></DCT>
        <TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> &amp; fell \
        <TIMEX3 tid="t1" type="DATE" value="1998-07">last <EVENT eid="e2" class="STATE">month</EVENT></TIMEX3>.\
        <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF"/></TEXT>
        <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
        </TimeML>
        """
    let gold = try TimeMLAnnotations.read(bytes: Array(text.utf8))
    #expect(gold.body == "Prices rose & fell last month.")
    #expect(gold.dctValue == "1998-08-07" && gold.dctType == "DATE")
    #expect(gold.timexes.map(\.text) == ["last month", ""])
    #expect(gold.timexes.map(\.start) == [19, 30])
    #expect(gold.events.map(\.text) == ["rose", "month"])
    #expect(gold.events.map(\.eid) == ["e1", "e2"])
    #expect(gold.events.first?.eventClass == "OCCURRENCE")
    let instance = try #require(gold.instances.first)
    #expect(instance.eventID == "e1" && instance.eiid == "ei1" && instance.tense == "PAST")
    #expect(instance.aspect == "NONE" && instance.polarity == "POS")
    let link = try #require(gold.links.first)
    #expect(link.relType == "IS_INCLUDED" && link.eventInstanceID == "ei1" && link.relatedToTime == "t1")
}
