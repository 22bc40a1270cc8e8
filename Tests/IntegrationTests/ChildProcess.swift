import Foundation

/// A child process started with `posix_spawn` and reaped with `waitpid`.
///
/// Foundation's `Process` left finished children unreaped under Swift Testing's parallel runner here
/// (they stayed zombies and `isRunning` stayed true), so the harness does it by hand.
final class ChildProcess {
    let pid: pid_t
    private var exitStatus: Int32?
    let stdout: DataReader?
    let stderr: DataReader?

    /// Starts `path` with `arguments` and the complete `environment`. Output not captured goes to /dev/null.
    init(
        _ path: String, _ arguments: [String], environment: [String: String], captureStdout: Bool = true,
        captureStderr: Bool = true
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pipes: [Int32: (read: Int32, write: Int32)] = [:]
        for (target, capture) in [(Int32(1), captureStdout), (Int32(2), captureStderr)] {
            if capture {
                var fds: [Int32] = [0, 0]
                guard pipe(&fds) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
                // Close-on-exec, so other children started concurrently do not hold the pipe open.
                _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
                _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
                pipes[target] = (fds[0], fds[1])
                posix_spawn_file_actions_adddup2(&actions, fds[1], target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
            }
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, nil, argv, envp)
        for (_, fds) in pipes { close(fds.write) }
        guard result == 0 else {
            for (_, fds) in pipes { close(fds.read) }
            throw POSIXError(.init(rawValue: result) ?? .EIO)
        }
        pid = child
        stdout = pipes[1].map { DataReader(FileHandle(fileDescriptor: $0.read, closeOnDealloc: true)) }
        stderr = pipes[2].map { DataReader(FileHandle(fileDescriptor: $0.read, closeOnDealloc: true)) }
    }

    /// Whether the child is still running (reaps it when it has ended).
    var isRunning: Bool {
        if exitStatus != nil { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result == 0 }
        exitStatus = Self.decode(status)
        return false
    }

    /// The exit code, or 128 + signal number; `nil` while running.
    var terminationStatus: Int32? {
        _ = isRunning
        return exitStatus
    }

    /// Waits up to `timeout` seconds; returns the exit status, or `nil` if it is still running.
    @discardableResult
    func wait(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning && Date() < deadline { usleep(5_000) }
        return terminationStatus
    }

    func signal(_ signal: Int32) { kill(pid, signal) }

    deinit {
        if isRunning {
            kill(pid, SIGKILL)
            _ = wait(timeout: 5)
        }
    }

    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
