import Foundation
import Testing

/// Who may do what, with real other users: the client runs under `setpriv` as uid 65534 with chosen groups,
/// and the daemon decides from the connection's `SO_PEERCRED`/`SO_PEERGROUPS`. The socket is made 0666 here so
/// that every uid can connect and the daemon's own check is what refuses.
@Suite(.serialized, .enabled(if: geteuid() == 0, "setpriv needs root to change uid"))
struct AccessTests {
    static let readers = "users"  // gid 100 on Debian
    static let admins = "staff"  // gid 50

    func start() throws -> (Scratch, DaemonProcess) {
        let scratch = try Scratch()
        chmod(scratch.url.path, 0o755)
        try Data(
            """
            socket_mode = "0666"
            socket_group = "\(Self.readers)"
            admin_group = "\(Self.admins)"
            """.utf8
        ).write(to: URL(fileURLWithPath: scratch.path("timelined.toml")))
        let daemon = try DaemonProcess(scratch: scratch, extraArguments: ["--config", scratch.path("timelined.toml")])
        _ = daemon.waitUntilReady()
        return (scratch, daemon)
    }

    /// `curl` as uid 65534 with `groups` (names); returns the status and the body.
    func request(
        _ daemon: DaemonProcess, groups: [String], _ method: String, _ path: String, body: String? = nil
    ) throws -> (status: Int, body: String) {
        let identity =
            ["--reuid=65534", "--regid=65534"]
            + (groups.isEmpty ? ["--clear-groups"] : ["--groups=\(groups.joined(separator: ","))"])
        var curl = ["/usr/bin/curl", "-s", "-w", "\n%{http_code}", "--unix-socket", daemon.socket, "-X", method]
        if let body { curl += ["--data-binary", body, "-H", "Content-Type: text/plain"] }
        let result = try runCommand("/usr/bin/setpriv", identity + curl + ["http://localhost\(path)"])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    func gid(_ name: String) -> String { String(getgrnam(name).pointee.gr_gid) }

    @Test func aUserInNoGroupOfTheSocketMayNotRead() throws {
        let (_, daemon) = try start()
        let answer = try request(daemon, groups: [], "GET", "/v1/health")
        #expect(answer.status == 403, "\(answer)")
        #expect(answer.body.contains("uid 65534 may not read"), "\(answer)")
        #expect(
            eventually(timeout: 5) { daemon.log.contains("refused GET /v1/health from uid 65534") }, "\(daemon.log)")
    }

    @Test func aMemberOfTheSocketGroupMayReadButNotWrite() throws {
        let (_, daemon) = try start()
        #expect(try request(daemon, groups: [gid(Self.readers)], "GET", "/v1/health").status == 200)
        #expect(try request(daemon, groups: [gid(Self.readers)], "GET", "/v1/events?from=2021").status == 200)
        let post = try request(daemon, groups: [gid(Self.readers)], "POST", "/v1/documents?name=a.txt", body: "Hi.")
        #expect(post.status == 403, "\(post)")
        #expect(post.body.contains("uid 65534 may not write (POST)"), "\(post)")
        #expect(post.body.contains("admin_group is 'staff'"), "\(post)")
        let delete = try request(daemon, groups: [gid(Self.readers)], "DELETE", "/v1/documents/1")
        #expect(delete.status == 403, "\(delete)")
        #expect(eventually(timeout: 5) { daemon.log.contains("refused POST /v1/documents from uid 65534") })
        #expect(try daemon.client(["status"]).stdout.contains(" 0 documents"))
    }

    @Test func aMemberOfTheAdminGroupMayWrite() throws {
        let (_, daemon) = try start()
        let text = "Date: 2022-03-31\n\nThe Taliban seized control in August.\n"
        let post = try request(daemon, groups: [gid(Self.admins)], "POST", "/v1/documents?name=a.txt", body: text)
        #expect(post.status == 201, "\(post)")
        #expect(try request(daemon, groups: [gid(Self.admins)], "GET", "/v1/documents").status == 200)
    }

    @Test func rootAndTheServiceUserMayDoEverything() throws {
        let (_, daemon) = try start()
        // The tests run as root, which is also the service user here.
        let response = try RawHTTP.send(socket: daemon.socket, "POST", "/v1/documents?name=b.txt", body: Data("x".utf8))
        #expect(response.status == 201, "\(response.text)")
    }
}
