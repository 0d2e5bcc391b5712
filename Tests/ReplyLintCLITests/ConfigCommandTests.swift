// .replylint.yml as users rely on it: found from each draft upward, extends, overrides,
// exclude, --config, team phrases, and exit 2 / warnings for bad files.
import Foundation
import Testing

struct ConfigCommandTests {
    static let repo = "fixtures/template-repo"

    @Test func nearestConfigurationAppliesToADraft() throws {
        let run = try CLI.findings(["\(Self.repo)/drafts/charger.txt"])
        // rules: {slang: error} and the team phrase "no worries".
        #expect(run.findings.map(\.rule).sorted() == ["custom-phrase", "slang"])
        #expect(run.findings.first { $0.rule == "slang" }?.severity == "error")
        #expect(run.findings.first { $0.rule == "custom-phrase" }?.message == "Say 'happy to help' rather than 'no worries'")
        #expect(run.status == 1)
    }

    @Test func aDraftWithoutConfigurationKeepsTheDefaults() throws {
        let run = try CLI.findings(["fixtures/config-errors/unknown-key/draft.txt", "--config", "\(Self.repo)/.replylint.yml"])
        #expect(run.findings.first { $0.rule == "slang" }?.severity == "error", "--config applies the given file")
        let plain = try CLI.findings(["fixtures/drafts/late-order-bad.txt"])
        #expect(plain.findings.first { $0.rule == "slang" }?.severity == "warning")
    }

    @Test func configOptionReplacesDiscovery() throws {
        let run = try CLI.findings(["--config", "fixtures/config-errors/unknown-key/.replylint.yml", "\(Self.repo)/drafts/charger.txt"])
        #expect(!run.findings.contains { $0.rule == "custom-phrase" })
        #expect(run.findings.first { $0.rule == "slang" }?.severity == "warning")
    }

    @Test func missingConfigOptionFileIsExitTwo() throws {
        let result = try CLI.run(["--config", "nope.yml", "\(Self.repo)/drafts/charger.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("replylint: nope.yml:1:1: no such configuration file"))
    }

    @Test func excludedFoldersAreSkippedWhenWalking() throws {
        let run = try CLI.findings([Self.repo])
        let paths = Set(run.findings.map(\.path))
        #expect(!paths.contains { $0.contains("/archive/") })
        #expect(paths.contains("\(Self.repo)/drafts/charger.txt"))
        // A file named on the command line is linted even inside an excluded folder.
        let direct = try CLI.findings(["\(Self.repo)/drafts/archive/old-draft.txt"])
        #expect(direct.findings.contains { $0.rule == "placeholder" })
    }

    @Test func nestedConfigurationExtendsItsParent() throws {
        // templates/eu/.replylint.yml extends the root file: template mode for templates/** still
        // applies, and its own standard shipping time (8 days) replaces the root's (5).
        let run = try CLI.findings(["\(Self.repo)/templates/eu/shipping.liquid"])
        #expect(run.findings.isEmpty, "\(run.findings)")
        #expect(run.status == 0)
        let copy = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: copy) }
        try Data("extends: ../base.yml\npolicy:\n  return_window_days: 30\n".utf8).write(to: copy.appendingPathComponent("team/.replylint.yml").creatingFolder())
        try Data("policy:\n  return_window_days: 14\n  free_returns: no\n".utf8).write(to: copy.appendingPathComponent("base.yml"))
        try Data("You can return it within 14 days, and we offer free returns.\n".utf8).write(to: copy.appendingPathComponent("team/reply.txt"))
        let nested = try CLI.findings(["team/reply.txt"], directory: copy)
        let messages = nested.findings.filter { $0.rule == "policy-mismatch" }.map(\.message)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.contains("return_window_days is 14 days") && $0.contains("says 30 days") })
        #expect(messages.contains { $0.contains("free_returns is yes") })
    }

    @Test func badConfigurationIsExitTwoWithFileAndLine() throws {
        let cases = [
            ("bad-value", "fixtures/config-errors/bad-value/.replylint.yml:4:10: expected off, on, error, warning, info or a mapping, found 'loud'"),
            ("cycle", "extends makes a cycle: fixtures/config-errors/cycle/.replylint.yml → fixtures/config-errors/cycle/other.yml → fixtures/config-errors/cycle/.replylint.yml"),
            ("bad-yaml", "fixtures/config-errors/bad-yaml/.replylint.yml:3:"),
        ]
        for (folder, expected) in cases {
            let result = try CLI.run(["fixtures/config-errors/\(folder)/draft.txt"])
            #expect(result.status == 2, "\(folder)")
            #expect(result.stderr.contains(expected), "\(folder): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func unknownKeysAreWarningsNotSilence() throws {
        let result = try CLI.run(["fixtures/config-errors/unknown-key"])
        let stderr = CLI.withoutAvailabilityNotes(result.stderr)
        #expect(stderr.contains("replylint: warning: fixtures/config-errors/unknown-key/.replylint.yml:2: unknown key 'rulez'\n"))
        #expect(stderr.contains("replylint: warning: fixtures/config-errors/unknown-key/.replylint.yml:5: unknown key 'return_days' in policy\n"))
        // The rest of the file still applies, and the draft is linted.
        #expect(result.status == 1)
        #expect(result.stdout.contains("[slang]"))
    }

    @Test func eachConfigurationIsReadOnceForManyDrafts() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("rulez: 1\n".utf8).write(to: folder.appendingPathComponent(".replylint.yml"))
        for index in 0..<30 {
            try Data("Thanks for writing, your parcel is on its way.\n".utf8).write(to: folder.appendingPathComponent("sub\(index % 3)/draft\(index).txt").creatingFolder())
        }
        let result = try CLI.run(["."], directory: folder)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(CLI.withoutAvailabilityNotes(result.stderr).components(separatedBy: "unknown key 'rulez'").count == 2)
    }

    @Test func standardInputUsesTheCurrentFolderConfiguration() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("phrases:\n  - phrase: no worries\n    message: Say 'happy to help'\n".utf8).write(to: folder.appendingPathComponent(".replylint.yml"))
        let result = try CLI.run(["-"], stdin: "No worries, it ships today.\n", directory: folder)
        #expect(result.stdout.contains("warning: Say 'happy to help' [custom-phrase]"), "\(result.stdout)")
        #expect(result.status == 1)
    }

    @Test func unknownRuleIdsAreWarned() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("rules:\n  slangg: off\n".utf8).write(to: folder.appendingPathComponent(".replylint.yml"))
        try Data("Thanks, gonna send it today.\n".utf8).write(to: folder.appendingPathComponent("draft.txt"))
        let result = try CLI.run(["draft.txt"], directory: folder)
        #expect(result.stderr.contains(".replylint.yml:2: unknown rule 'slangg'"), "\(result.stderr)")
        #expect(result.stdout.contains("[slang]"))
    }

    @Test func aConfiguredRuleFolderThatIsMissingEndsTheRun() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("rules_dirs: [team-rules]\n".utf8).write(to: folder.appendingPathComponent("sub/.replylint.yml").creatingFolder())
        for name in ["a.txt", "sub/b.txt", "sub/c.txt"] {
            try Data("Thanks, it ships today.\n".utf8).write(to: folder.appendingPathComponent(name).creatingFolder())
        }
        let result = try CLI.run(["."], directory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("sub/team-rules:1:1: not a directory of rule files"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func rulesCanBeSwitchedOffAndOverriddenByGlob() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = """
        rules:
          slang: off
        overrides:
          - files: ["strict/**/*.txt"]
            rules:
              slang: {severity: error}
        """
        try Data(config.utf8).write(to: folder.appendingPathComponent(".replylint.yml"))
        try Data("Thanks, gonna send it today.\n".utf8).write(to: folder.appendingPathComponent("relaxed.txt"))
        try Data("Thanks, gonna send it today.\n".utf8).write(to: folder.appendingPathComponent("strict/a/b.txt").creatingFolder())
        let run = try CLI.findings(["."], directory: folder)
        #expect(run.findings.map(\.description) == ["./strict/a/b.txt:1:9 slang"])
        #expect(run.findings.first?.severity == "error")
        // The command line has the last word.
        let disabled = try CLI.findings([".", "--disable", "slang"], directory: folder)
        #expect(disabled.findings.isEmpty)
    }

    @Test func rulesDirectoriesComeFromTheConfiguration() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rule = try String(contentsOf: CLI.root.appendingPathComponent("fixtures/custom-rules/competitor.yml"), encoding: .utf8)
        try Data(rule.utf8).write(to: folder.appendingPathComponent("team/rules/competitor.yml").creatingFolder())
        try Data("rules_dirs: [rules]\n".utf8).write(to: folder.appendingPathComponent("team/.replylint.yml"))
        try Data("You could try Globex instead.\n".utf8).write(to: folder.appendingPathComponent("team/drafts/a.txt").creatingFolder())
        try Data("You could try Globex instead.\n".utf8).write(to: folder.appendingPathComponent("other.txt"))
        let run = try CLI.findings(["."], directory: folder)
        #expect(run.findings.map(\.description) == ["./team/drafts/a.txt:1:15 competitor-name"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_US.dic"), "needs Hunspell's en_US dictionary"))
    func acceptedWordsAreNotMisspellings() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Your zorblatt subscription renews on Monday, and your quenlix order ships today.\n".utf8).write(to: folder.appendingPathComponent("draft.txt"))
        let before = try CLI.findings(["draft.txt"], directory: folder)
        #expect(before.findings.filter { $0.rule == "spelling" }.count == 2, "\(before.findings)")
        try Data("spelling:\n  accept: [Zorblatt]\n".utf8).write(to: folder.appendingPathComponent(".replylint.yml"))
        let after = try CLI.findings(["draft.txt"], directory: folder)
        #expect(after.findings.filter { $0.rule == "spelling" }.map(\.column) == [55])
    }
}

extension URL {
    /// This file URL, after creating the folder it goes in.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
