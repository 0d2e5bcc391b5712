// Runs a sibling binary to completion and collects what it printed.
import Foundation

struct ChildProcess {
    let status: Int32
    let stdout: String
    let stderr: String

    static func run(_ executable: String, _ arguments: [String]) throws(ToolError) -> ChildProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ToolError("cannot run \(executable): \(error.localizedDescription)")
        }
        // Drain both pipes before waiting, so a long report cannot block the child.
        let errorText = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorText.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ChildProcess(
            status: process.terminationStatus,
            stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errorText.data, as: UTF8.self)
        )
    }
}

/// Data written by one thread and read after `DispatchGroup.wait()`.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
