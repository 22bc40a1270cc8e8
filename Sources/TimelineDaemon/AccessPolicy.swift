import Foundation
import Hummingbird

/// The process on the other end of an API connection, from the kernel (`SO_PEERCRED`, `SO_PEERGROUPS`).
struct Peer: Sendable, CustomStringConvertible {
    var uid: uid_t
    var gid: gid_t
    var pid: pid_t
    /// Its supplementary groups.
    var groups: [gid_t]

    func isMember(of group: gid_t?) -> Bool {
        guard let group else { return false }
        return gid == group || groups.contains(group)
    }

    var description: String { "uid \(uid) (pid \(pid))" }
}

/// Who may read and who may write through the API.
///
/// Reading is for root, the service user and members of the socket's group (or of the admin group);
/// writing (`POST`, `PUT`, `PATCH`, any `DELETE`) only for root, the service user and members of
/// `admin_group`.
struct AccessPolicy: Sendable {
    /// The socket file's group: its members may read.
    var readerGroup: gid_t?
    var readerGroupName: String
    /// `admin_group`: its members may write too.
    var adminGroup: gid_t?
    var adminGroupName: String
    /// The user the daemon runs as.
    var serviceUID: uid_t = geteuid()

    func mayRead(_ peer: Peer) -> Bool {
        mayWrite(peer) || peer.isMember(of: readerGroup)
    }

    func mayWrite(_ peer: Peer) -> Bool {
        peer.uid == 0 || peer.uid == serviceUID || peer.isMember(of: adminGroup)
    }

    static func writes(_ method: HTTPRequest.Method) -> Bool {
        method != .get && method != .head && method != .options
    }

    /// Why `peer` may not send `method`, or `nil` when it may.
    func refusal(_ peer: Peer, method: HTTPRequest.Method) -> String? {
        if Self.writes(method) {
            guard !mayWrite(peer) else { return nil }
            let admins = adminGroup == nil ? "no admin_group is configured" : "admin_group is '\(adminGroupName)'"
            return "uid \(peer.uid) may not write (\(method)): writing is for root, the service user (uid "
                + "\(serviceUID)) and members of the admin group; \(admins)"
        }
        guard !mayRead(peer) else { return nil }
        return "uid \(peer.uid) may not read: reading is for root, the service user (uid \(serviceUID)) and "
            + "members of the socket's group '\(readerGroupName)'"
    }

    /// The policy for a socket owned by `socketGroup` (a name; when empty, the group of the socket file
    /// systemd made, or the group a socket the daemon makes at `socketPath` gets) with `adminGroup` (a name,
    /// or empty for none).
    static func make(
        socketGroup: String, socketPath: String, inherited: Bool, adminGroup: String
    ) throws
        -> AccessPolicy
    {
        var reader: gid_t = getegid()
        var info = stat()
        if !socketGroup.isEmpty {
            reader = try gid(named: socketGroup, key: "socket_group")
        } else if inherited {
            if stat(socketPath, &info) == 0 { reader = info.st_gid }
        } else if stat((socketPath as NSString).deletingLastPathComponent, &info) == 0, info.st_mode & S_ISGID != 0 {
            reader = info.st_gid  // a new file in a set-group-ID folder takes the folder's group
        }
        let admin = adminGroup.isEmpty ? nil : try gid(named: adminGroup, key: "admin_group")
        return AccessPolicy(
            readerGroup: reader, readerGroupName: name(of: reader), adminGroup: admin, adminGroupName: adminGroup)
    }

    static func gid(named name: String, key: String) throws -> gid_t {
        if let entry = getgrnam(name) { return entry.pointee.gr_gid }
        if let number = gid_t(name) { return number }
        throw ConfigError("\(key): no group named '\(name)'")
    }

    static func name(of gid: gid_t) -> String {
        guard let entry = getgrgid(gid) else { return "\(gid)" }
        return String(cString: entry.pointee.gr_name)
    }
}
