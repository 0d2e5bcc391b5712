// Inline suppressions: next line, regions, whole file, in plain text and HTML comments;
// unused ones are reported; the comments themselves are not judged.
import Foundation
import Testing

struct SuppressionCommandTests {
    private func lint(_ text: String, name: String = "draft.txt", _ arguments: [String] = []) throws -> (status: Int32, findings: [ReportedFinding]) {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let run = try CLI.findings(arguments + [name], directory: folder)
        return (run.status, run.findings)
    }

    @Test func templateRepoSuppressionsAndTheUnusedOne() throws {
        let path = "fixtures/template-repo/templates/zendesk/suppressions.txt"
        let run = try CLI.findings([path])
        // Line 4's "gonna" is suppressed; line 5's HTML comment suppresses nothing.
        #expect(run.findings.map(\.description) == ["\(path):5:1 unused-disable"])
        #expect(run.findings.first?.message == "Unused suppression 'replylint-disable-next-line shouting': nothing to suppress for 'shouting'")
        #expect(run.findings.first?.severity == "warning")
    }

    @Test func nextLineSuppressesOnlyTheNamedRulesOnTheNextLine() throws {
        let run = try lint("replylint-disable-next-line slang\nThanks, gonna send it today.\nAnd gonna call you.\n")
        #expect(run.findings.map(\.description) == ["draft.txt:3:5 slang"])
    }

    @Test func regionsEndAtEnable() throws {
        let text = "Hi Priya,\n<!-- replylint-disable slang -->\nThanks, gonna send it.\nWe are gonna call.\n<!-- replylint-enable slang -->\nThen gonna write.\n\nBest,\nSam\n"
        let run = try lint(text)
        #expect(run.findings.map(\.description) == ["draft.txt:6:6 slang"])
    }

    @Test func disableFileSuppressesEverywhere() throws {
        let run = try lint("# replylint-disable-file slang -- our brand voice\nThanks, gonna send it.\n\nGonna call you too.\n")
        #expect(run.findings.isEmpty, "\(run.findings)")
        #expect(run.status == 0)
    }

    @Test func htmlCommentsWorkInHtmlDrafts() throws {
        let html = "<html><body><p>Hi Priya,</p>\n<!-- replylint-disable-next-line slang -->\n<p>Thanks, gonna send it today.</p>\n</body></html>\n"
        let run = try lint(html, name: "draft.html")
        #expect(run.findings.isEmpty, "\(run.findings)")
    }

    @Test func misspeltRuleAndAllRulesDirectivesAreUnused() throws {
        let run = try lint("replylint-disable-next-line slangg\nThanks, gonna send it.\nreplylint-disable-next-line\nYour parcel is on its way.\n")
        #expect(run.findings.map(\.description) == ["draft.txt:1:1 unused-disable", "draft.txt:2:9 slang", "draft.txt:3:1 unused-disable"])
        #expect(run.findings[0].message.hasSuffix("'slangg' is not a rule"))
    }

    @Test func aRuleSwitchedOffIsNotAnUnusedDisable() throws {
        let run = try lint("replylint-disable-next-line slang\nThanks for writing.\n", ["--disable", "slang"])
        #expect(run.findings.isEmpty)
        let off = try lint("replylint-disable-next-line slang\nThanks for writing.\n", ["--disable", "unused-disable"])
        #expect(off.findings.isEmpty)
    }

    @Test func theCommentItselfIsNotJudged() throws {
        // Capitals in the reason would be shouting anywhere else.
        let run = try lint("replylint-disable-next-line slang -- BRAND VOICE APPROVED\nThanks, gonna send it today.\n")
        #expect(run.findings.isEmpty, "\(run.findings)")
    }

    @Test func aCrossFileFindingInAnOtherwiseCleanDraftShowsItsLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("You can return it within 30 days.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("Thanks for asking.\nYou can return it within 14 days.\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let result = try CLI.run(["."], directory: folder)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("./b.txt:2:") && $0.hasSuffix("[inconsistent-policy]") }, "\(result.stdout)")
        #expect(lines[at + 1].contains("You can return it within 14 days."), "\(result.stdout)")
        #expect(lines[at + 2].contains("^"), "\(result.stdout)")
    }

    @Test func crossFileFindingsCanBeSuppressed() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("You can return it within 30 days.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("replylint-disable-next-line inconsistent-policy\nYou can return it within 14 days.\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data("replylint-disable-next-line inconsistent-policy\nYou can return it within 30 days.\n".utf8).write(to: folder.appendingPathComponent("c.txt"))
        let run = try CLI.findings(["."], directory: folder)
        #expect(run.findings.map(\.description) == ["./c.txt:1:1 unused-disable"])
    }
}
