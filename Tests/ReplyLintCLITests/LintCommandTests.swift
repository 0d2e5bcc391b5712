// `replylint [lint]` as users, hooks and CI run it: output, JSON, exit status, bad input.
import Foundation
import Testing

struct LintCommandTests {
    @Test func cleanDraftExitsZeroWithASummary() throws {
        let result = try CLI.run(["fixtures/drafts/late-order-good.txt"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "1 file linted: 0 errors, 0 warnings, 0 info\n")
        #expect(CLI.withoutAvailabilityNotes(result.stderr).isEmpty)
    }

    @Test func lintIsTheDefaultCommand() throws {
        let explicit = try CLI.run(["lint", "fixtures/drafts/late-order-bad.txt"])
        let implicit = try CLI.run(["fixtures/drafts/late-order-bad.txt"])
        #expect(explicit.stdout == implicit.stdout)
        #expect(explicit.status == implicit.status)
    }

    @Test func textOutputIsCompilerStyleWithACaret() throws {
        let result = try CLI.run(["fixtures/drafts/late-order-bad.txt"])
        #expect(result.status == 1)
        let expected = """
        fixtures/drafts/late-order-bad.txt:1:6: error: Unfilled placeholder '[INSERT CUSTOMER NAME HERE]': replace it with the real value before sending [placeholder]
        Dear [INSERT CUSTOMER NAME HERE],
             ^~~~~~~~~~~~~~~~~~~~~~~~~~~
        """
        #expect(result.stdout.hasPrefix(expected + "\n"), "\(result.stdout)")
        #expect(result.stdout.contains("fixtures/drafts/late-order-bad.txt:9:1: error: Unfilled placeholder '[Agent Name]'"))
        #expect(result.stdout.contains("fixtures/drafts/late-order-bad.txt:6:7: warning: Slang 'gonna': write 'going to' [slang]\nWe're gonna look into it, thx for waiting!\n      ^~~~~\n      going to\n"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set or stdout is not a terminal")
    }

    @Test func jsonFollowsSchemaVersionOne() throws {
        let result = try CLI.run(["--format", "json", "fixtures/drafts/late-order-bad.txt"])
        #expect(result.status == 1)
        let json = try CLI.json(result.stdout)
        #expect(json["version"] as? Int == 1)
        #expect((json["tool"] as? [String: Any])?["name"] as? String == "replylint")
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["path"] as? String == "fixtures/drafts/late-order-bad.txt")
        #expect(files[0]["format"] as? String == "txt")
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        let first = findings[0]
        #expect(first["rule"] as? String == "placeholder")
        #expect(first["severity"] as? String == "error")
        #expect(first["line"] as? Int == 1)
        #expect(first["column"] as? Int == 6)
        #expect(first["endLine"] as? Int == 1)
        #expect(first["endColumn"] as? Int == 33)
        #expect(first["excerpt"] as? String == "[INSERT CUSTOMER NAME HERE]")
        #expect(first.keys.contains("suggestion"))
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["placeholder", "generic-apology", "blame", "slang"]))
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["files"] == 1)
        #expect(summary["errors"] == findings.filter { $0["severity"] as? String == "error" }.count)
        #expect(summary["warnings"] == findings.filter { $0["severity"] as? String == "warning" }.count)
        #expect(summary["infos"] == 0)
    }

    @Test func warningsOnlyFailByDefaultButNotWithFailOnError() throws {
        let byDefault = try CLI.run(["fixtures/drafts/wrong-item-warning.txt"])
        #expect(byDefault.status == 1)
        #expect(byDefault.stdout.contains("warning:"))
        #expect(!byDefault.stdout.contains("error:"))
        let relaxed = try CLI.run(["--fail-on", "error", "fixtures/drafts/wrong-item-warning.txt"])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning:"), "findings are still reported")
        let never = try CLI.run(["--fail-on", "never", "fixtures/drafts/late-order-bad.txt"])
        #expect(never.status == 0)
    }

    @Test func disableAndEnableSwitchRules() throws {
        let result = try CLI.run(["--disable", "slang", "--disable", "generic-apology", "--format", "json", "fixtures/drafts/wrong-item-warning.txt"])
        #expect(result.status == 0)
        let unknown = try CLI.run(["--disable", "no-such-rule", "fixtures/drafts/late-order-good.txt"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'no-such-rule'"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let clean = try CLI.run(["--quiet", "fixtures/drafts/late-order-good.txt"])
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
        let failing = try CLI.run(["--quiet", "fixtures/drafts/late-order-bad.txt"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("error:"))
    }

    @Test func standardInputIsReadFromDash() throws {
        let result = try CLI.run(["-"], stdin: "Hi Ana,\n\nWe r looking into it.\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("<stdin>:3:4: warning: Slang 'r'"))
    }

    @Test func directoriesAreSearchedAndReportedInPathOrder() throws {
        let result = try CLI.run(["--format", "json", "fixtures/drafts"])
        let files = try #require(try CLI.json(result.stdout)["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        #expect(paths.count >= 3)
        #expect(paths == paths.sorted())
        #expect(paths.allSatisfy { $0.hasPrefix("fixtures/drafts/") })
    }

    @Test func extraRulesFromADirectory() throws {
        let result = try CLI.run(["--rules", "fixtures/custom-rules", "-"], stdin: "Hi, Acme sells it too.\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("Names a competitor: 'Acme' [competitor-name]"))
        let listed = try CLI.run(["rules", "--rules", "fixtures/custom-rules"])
        #expect(listed.stdout.contains("competitor-name"))
    }

    @Test func badRuleFileIsExitTwoWithFileLineAndProblem() throws {
        let result = try CLI.run(["--rules", "fixtures/bad-rules", "fixtures/drafts/late-order-good.txt"])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: fixtures/bad-rules/broken.yml:3:11: severity must be error, warning or info, not 'loud'\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ("fixtures/no-such-draft.txt", "fixtures/no-such-draft.txt: no such file"),
        ("fixtures/bad-input/binary.txt", "fixtures/bad-input/binary.txt: binary file (holds NUL bytes), not a draft"),
        ("fixtures/bad-input/empty.txt", "fixtures/bad-input/empty.txt: empty draft, nothing to lint"),
        ("fixtures/bad-input/blank.txt", "fixtures/bad-input/blank.txt: empty draft, nothing to lint"),
        ("fixtures/bad-rules", "fixtures/bad-rules: no drafts found"),
    ])
    func badInputIsExitTwoWithAOneLineMessage(_ path: String, _ message: String) throws {
        let result = try CLI.run([path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("replylint: " + message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func invalidUTF8IsReadWithReplacementAndSaidSo() throws {
        let result = try CLI.run(["fixtures/bad-input/invalid-utf8.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("fixtures/bad-input/invalid-utf8.txt: invalid UTF-8 (first at line 3); read with replacement characters"))
        #expect(result.stdout.contains("3:35: warning: Slang 'gonna'"), "columns count the bad byte as one character")
    }

    @Test func oversizedFileIsRefusedWithoutReadingIt() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)   // sparse: costs no disk
        try handle.close()
        let result = try CLI.run([path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("huge.txt: file is 100.0 MB; replylint reads drafts up to 32.0 MB"))
    }

    @Test func oneBadFileAmongGoodOnesStillReportsTheRest() throws {
        let result = try CLI.run(["fixtures/drafts/late-order-bad.txt", "fixtures/no-such-draft.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("[placeholder]"))
        #expect(result.stderr.contains("no-such-draft.txt: no such file"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run([]).status == 2)
        #expect(try CLI.run(["--format", "yaml", "fixtures/drafts"]).status == 2)
        #expect(try CLI.run(["--fail-on", "sometimes", "fixtures/drafts"]).status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0.1.0"))
    }
}
