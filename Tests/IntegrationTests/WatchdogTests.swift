import Foundation
import Testing

/// The watchdog ping is proof that the ingest loop answers: while the ingester is held inside one long
/// document the pings stop, and they come back once it is done.
struct WatchdogTests {
    @Test func pingsStopWhileTheIngesterIsHeldAndComeBackAfter() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(
            scratch: scratch, environment: ["WATCHDOG_USEC": "400000"])  // a ping every 0.2 s
        _ = daemon.waitUntilReady()
        #expect(daemon.notify.wait(for: "WATCHDOG=1", timeout: 5).contains("WATCHDOG=1"))
        // About 800 KB of dated sentences (some 28,000 events): seconds of extraction and storing inside the ingester.
        var text = "Date: 2022-03-31\n\n"
        let sentence = "The ministry announced on Monday that the talks held last year would resume in August. "
        text.reserveCapacity(800_000)
        while text.utf8.count < 800_000 { text += sentence }
        try daemon.drop(Data(text.utf8), as: "long.txt")
        var sawGap = false
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: scratch.path("processed/long.txt")) && Date() < deadline {
            // No ping for 0.8 s, four times the interval: the loop is held.
            if !daemon.notify.wait(for: "WATCHDOG=1", timeout: 0.8).contains("WATCHDOG=1") { sawGap = true }
        }
        #expect(FileManager.default.fileExists(atPath: scratch.path("processed/long.txt")), "\(daemon.log)")
        #expect(sawGap, "the pings never stopped while the long document was processed")
        #expect(daemon.notify.wait(for: "WATCHDOG=1", timeout: 5).contains("WATCHDOG=1"), "no ping after")
        #expect(daemon.terminate() == 0)
    }
}
