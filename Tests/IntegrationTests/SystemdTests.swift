import Foundation
import Testing
import TimelineWire

/// The systemd side: socket activation, the notify protocol, signals, and the unit files.
@Suite(.serialized)
struct SystemdTests {
    @Test func servesOnTheSocketPassedBySocketActivation() throws {
        let scratch = try Scratch()
        let listen = scratch.path("activated.sock")
        // systemd-socket-activate binds the socket, then execs timelined on the first connection.
        let daemon = try DaemonProcess(
            scratch: scratch, launcher: ["/usr/bin/systemd-socket-activate", "-l", listen])
        #expect(eventually(timeout: 10) { FileManager.default.fileExists(atPath: listen) })
        let status = try runCommand(Paths.timelinectl, ["status", "--socket", listen], timeout: 60)
        #expect(status.status == 0, "\(status.stderr)\nlog:\n\(daemon.log)")
        #expect(status.stdout.contains(TimelineVersion.current))
        #expect(eventually(timeout: 5) { daemon.log.contains("socket passed by systemd") }, "log:\n\(daemon.log)")
        // The daemon did not create its own socket file.
        #expect(!FileManager.default.fileExists(atPath: daemon.socket))
        #expect(daemon.terminate() == 0)
    }

    @Test func notifiesReadyStatusAndStoppingAndExitsZeroOnSIGTERM() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(scratch: scratch)
        let messages = daemon.waitUntilReady()
        #expect(messages.first == "READY=1", "\(messages)\nlog:\n\(daemon.log)")
        // The socket is there, with mode 0660, when READY=1 is sent.
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socket)
        #expect((attributes[.posixPermissions] as? Int) == 0o660)
        let status = daemon.notify.wait(for: "never", timeout: 1)
        #expect(status.contains { $0.hasPrefix("STATUS=") }, "\(status)")
        #expect(daemon.terminate() == 0)
        let end = daemon.notify.wait(for: "STOPPING=1", timeout: 5)
        #expect(end.contains("STOPPING=1"), "\(end)")
        #expect(!FileManager.default.fileExists(atPath: daemon.socket), "socket file left behind")
    }

    @Test func sighupReloadsTheConfigAndKeepsServing() throws {
        let scratch = try Scratch()
        let config = scratch.path("timelined.toml")
        try Data("log_level = \"info\"\n".utf8).write(to: URL(fileURLWithPath: config))
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", config])
        _ = daemon.waitUntilReady()
        try Data("log_level = \"debug\"\n".utf8).write(to: URL(fileURLWithPath: config))
        kill(daemon.pid, SIGHUP)
        let messages = daemon.notify.wait(for: "READY=1", timeout: 10)
        #expect(messages.contains("RELOADING=1"), "\(messages)")
        #expect(eventually { daemon.log.contains("config reloaded") }, "log:\n\(daemon.log)")
        #expect(try daemon.client(["status"]).status == 0)
        #expect(daemon.terminate() == 0)
    }

    @Test func watchdogPingsWhileTheIngestLoopIsHealthy() throws {
        let scratch = try Scratch()
        let daemon = try DaemonProcess(
            scratch: scratch, environment: ["WATCHDOG_USEC": "400000"])
        _ = daemon.waitUntilReady()
        let pings = daemon.notify.wait(for: "WATCHDOG=1", timeout: 5)
        #expect(pings.contains("WATCHDOG=1"), "\(pings)")
        #expect(daemon.terminate() == 0)
    }

    @Test func unitFilesVerify() throws {
        let scratch = try Scratch()
        // ExecStart must name an existing binary: point the copies at the one just built.
        for unit in ["timelined.service", "timelined.socket"] {
            var text = try String(
                contentsOf: Paths.repository.appendingPathComponent("systemd/\(unit)"), encoding: .utf8)
            text = text.replacingOccurrences(of: "/usr/local/bin/timelined", with: Paths.timelined)
            try Data(text.utf8).write(to: URL(fileURLWithPath: scratch.path(unit)))
        }
        let result = try runCommand(
            "/usr/bin/systemd-analyze",
            ["verify", "--man=no", scratch.path("timelined.socket"), scratch.path("timelined.service")])
        #expect(result.status == 0, "\(result.stderr)")
        // Invalid values are only warnings with exit 0: any output is a failure.
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
