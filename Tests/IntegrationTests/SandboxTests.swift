import Foundation
import Testing
import TimelineWire

/// The daemon really works inside the sandbox `timelined.service` sets, built here without systemd: a mount
/// namespace where everything but its state folder is read-only (`ProtectSystem=strict`), an unprivileged uid
/// with no groups and `no_new_privs` (`User=`, `NoNewPrivileges=`), and `scripts/seccomp-exec.py`'s filter:
/// `@system-service` (anything else kills it), `@privileged @resources` failing with EPERM, `socket()` for
/// `AF_UNIX` only (`RestrictAddressFamilies=AF_UNIX`).
@Suite(.enabled(if: geteuid() == 0, "mount namespaces and setpriv need root"))
struct SandboxTests {
    @Test func theDaemonIngestsServesReloadsAndStopsUnderTheUnitsRestrictions() throws {
        let scratch = try Scratch()
        chmod(scratch.url.path, 0o777)
        let confine = """
            mount --make-rprivate / && mount --bind "$0" "$0" && mount -o remount,bind,ro / && \
            exec setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs "$@"
            """
        let daemon = try DaemonProcess(
            scratch: scratch,
            launcher: [
                "/usr/bin/unshare", "-m", "/bin/sh", "-c", confine, scratch.url.path,
                Paths.repository.appendingPathComponent("scripts/seccomp-exec.py").path,
            ])
        func health() -> Health? {
            guard let response = try? RawHTTP.send(socket: daemon.socket, "GET", "/v1/health") else { return nil }
            return try? JSONDecoder().decode(Health.self, from: response.body)
        }
        #expect(eventually { health() != nil }, "\(daemon.log)")
        try daemon.drop(
            Data(contentsOf: Paths.examples.appendingPathComponent("lavrov-2022-03-31.txt")), as: "lavrov.txt")
        #expect(
            eventually { FileManager.default.fileExists(atPath: scratch.path("processed/lavrov.txt")) }, "\(daemon.log)"
        )
        try daemon.drop(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]), as: "photo.png")
        #expect(eventually { FileManager.default.fileExists(atPath: scratch.path("failed/photo.png.error")) })
        let post = try RawHTTP.send(
            socket: daemon.socket, "POST", "/v1/documents?name=p.txt",
            body: Data("Date: 2022-01-05\n\nIt rained yesterday.\n".utf8))
        #expect(post.status == 201, "\(post.text)")
        daemon.child.signal(SIGHUP)
        #expect(eventually { health()?.counts.documents == 2 })
        #expect(daemon.terminate() == 0, "\(daemon.log)")
        #expect(!daemon.log.contains("ERROR"), "\(daemon.log)")
        var info = stat()
        stat(scratch.path("timeline.sqlite"), &info)
        #expect(info.st_uid == 65534, "the store was written by the unprivileged uid")
    }
}
