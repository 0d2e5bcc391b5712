// --output FORMAT=PATH: several reports from one run, bad specs, and reports that
// independent validators accept (scripts/validate-reports.sh when Python has them).
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

struct ReportOutputTests {
    @Test func oneRunWritesSeveralReportsEachAsItsFormatPrints() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let formats = ["sarif", "junit", "checkstyle", "json", "html", "text"]
        var arguments = ["--disable", "spelling", "--format", "github", "fixtures/reports/drafts"]
        for format in formats { arguments += ["--output", "\(format)=\(directory.path)/report.\(format)"] }
        let result = try CLI.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=fixtures/reports/drafts/placeholder.txt,line=1,col=6,"))
        for format in formats {
            let written = try String(contentsOf: directory.appendingPathComponent("report.\(format)"), encoding: .utf8)
            let printed = try CLI.run(["--disable", "spelling", "--format", format, "fixtures/reports/drafts"]).stdout
            #expect(written == printed, "\(format)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test(arguments: [
        ("sarif", "--output 'sarif': expected FORMAT=PATH"),
        ("yaml=out.yaml", "--output 'yaml=out.yaml': unknown format 'yaml'"),
        ("sarif=", "--output 'sarif=': no path after '='"),
    ])
    func badOutputSpecIsAUsageError(spec: String, message: String) throws {
        let result = try CLI.run(["--output", spec, "fixtures/reports/drafts"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("replylint: \(message)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing is linted or reported")
    }

    @Test func anOutputThatCannotBeWrittenIsExitTwo() throws {
        let result = try CLI.run(["--output", "sarif=/nonexistent-dir/r.sarif", "fixtures/reports/drafts/clean.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("replylint: /nonexistent-dir/r.sarif: cannot write: no such file"), "\(result.stderr)")
    }

    @Test func reportsPassIndependentValidators() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sarif = directory.appendingPathComponent("r.sarif").path
        let junit = directory.appendingPathComponent("r.junit.xml").path
        let checkstyle = directory.appendingPathComponent("r.checkstyle.xml").path
        let result = try CLI.run([
            "--disable", "spelling", "fixtures/reports/drafts", "fixtures/reports/missing.txt",
            "--output", "sarif=\(sarif)", "--output", "junit=\(junit)", "--output", "checkstyle=\(checkstyle)",
        ])
        #expect(result.status == 2, "the missing file makes the run exit 2, and the reports still say so")

        // Structure, checked here whatever is installed.
        let log = try CLI.json(String(contentsOfFile: sarif, encoding: .utf8))
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["placeholder", "slang", "generic-apology", "slang"])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let location = try #require(((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "fixtures/reports/drafts/placeholder.txt")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect([region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]].map { $0 as? Int } == [1, 6, 1, 21])
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        for path in [junit, checkstyle] {
            let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }

        // The official SARIF schema, junitparser and an XML parser, when Python has them.
        let validation = try Self.validate(["--sarif", sarif, "--junit", junit, "--checkstyle", checkstyle])
        if validation.status != 3 {
            #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
            #expect(validation.stdout == """
            sarif: \(sarif): valid SARIF 2.1.0, 3 rules, 4 results
            junit: \(junit): 4 suites, 4 cases, 4 failures, 1 errors
            checkstyle: \(checkstyle): 4 files, 5 errors

            """)
        }
    }

    @Test func theValidatorRejectsAnInvalidSarifLog() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.sarif").path
        try #"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": [{"level": "loud", "message": {"text": "x"}}]}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let validation = try Self.validate(["--sarif", path])
        if validation.status != 3 {
            #expect(validation.status == 1)
            #expect(validation.stdout.contains("INVALID"))
        }
    }

    /// Runs scripts/validate-reports.sh; status 3 means Python or its packages are missing.
    static func validate(_ arguments: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLI.root.appendingPathComponent("scripts/validate-reports.sh").path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
