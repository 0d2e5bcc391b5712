// Runs replylint under a CPU-time and address-space limit (ulimit -t, ulimit -v) and reports
// its CPU time, read from wait4 for that one child. (Its ru_maxrss is no use here: a child
// spawned from the large test process inherits that process's RSS high-water mark.)
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct BoundedResult {
    let status: Int32?        // nil when a signal ended the run
    let signal: Int32?
    let stdout: String
    let stderr: String
    let cpuSeconds: Double
}

enum BoundedRun {
    /// `replylint arguments...` with standard input from /dev/null, killed (SIGXCPU/SIGKILL)
    /// once it has used `cpuLimit` seconds of CPU; past `memoryLimitMegabytes` of address
    /// space an allocation fails and the run traps.
    static func replylint(_ arguments: [String], cpuLimit: Int, memoryLimitMegabytes: Int) throws -> BoundedResult {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path
        let errPath = directory.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // The shell moves to the package root, sets the limit and then becomes replylint
        // (same pid, so wait4 measures replylint itself).
        let script = "cd \"$1\" && ulimit -t \(cpuLimit) && ulimit -v \(memoryLimitMegabytes * 1024) && shift && exec \"$@\""
        let argv = ["/bin/sh", "-c", script, "sh", CLI.root.path, CLI.binary.path] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArgs { free(pointer) } }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in cEnv { free(pointer) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArgs, &cEnv)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var waitStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &waitStatus, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EINVAL) }
        }
        let signalled = (waitStatus & 0x7f) != 0
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        return BoundedResult(
            status: signalled ? nil : (waitStatus >> 8) & 0xff,
            signal: signalled ? waitStatus & 0x7f : nil,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
            cpuSeconds: cpu
        )
    }
}
