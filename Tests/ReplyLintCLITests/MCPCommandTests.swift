// `replylint mcp` runs the replylint-mcp binary beside it; without one it says how to build it.
// (The protocol itself is tested with the official Python client: scripts/mcp-client-test.sh.)
import Foundation
import Testing

@Suite struct MCPCommandTests {
    @Test func missingServerBinaryIsExitTwoWithHowToBuildIt() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("replylint")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["mcp"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 2)
        #expect(stderr.hasPrefix("replylint: \(directory.path)/replylint-mcp: not found"), "\(stderr)")
        #expect(stderr.contains("swift build -c release --product replylint-mcp"))
        #expect(stderr.split(separator: "\n").count == 1)
    }

    @Test func helpListsTheMCPCommand() throws {
        let result = try CLI.run(["--help"])
        #expect(result.stdout.contains("mcp"))
    }
}
