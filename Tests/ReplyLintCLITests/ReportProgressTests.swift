// Progress on standard error for long runs: on a terminal only, never in pipes or with --quiet.
import Foundation
import Testing

struct ReportProgressTests {
    static func manyDrafts() throws -> URL {
        let directory = try CLI.temporaryDirectory()
        for number in 0..<250 {
            try "Hi Ann,\n\nYour order \(number) ships today.\n"
                .write(to: directory.appendingPathComponent("draft-\(number).txt"), atomically: false, encoding: .utf8)
        }
        return directory
    }

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let directory = try Self.manyDrafts()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["--disable", "spelling", "."], directory: directory)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "250 files linted: 0 errors, 0 warnings, 0 info\n")
        #expect(CLI.withoutAvailabilityNotes(result.stderr).isEmpty, "\(result.stderr)")
    }

    /// util-linux `script` gives replylint a terminal; where it is missing, the unit test of
    /// `Progress.shown` covers the decision.
    @Test func progressOnATerminalUnlessQuiet() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let directory = try Self.manyDrafts()
        defer { try? FileManager.default.removeItem(at: directory) }
        func onTerminal(_ arguments: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "\(CLI.binary.path) --disable spelling \(arguments) .", "/dev/null"]
            process.currentDirectoryURL = directory
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try onTerminal("")
        #expect(shown.contains("linting 100/250 files (40%)"), "\(shown)")
        #expect(shown.contains("linting 250/250 files (100%)"))
        #expect(!(try onTerminal("--quiet")).contains("linting"))
    }
}
