// The limit on one rule's findings in one draft: checks stop at it, the draft's result
// notes which rules were cut short, and rules under the limit are untouched.
import Testing
@testable import ReplyLintCore

struct FindingListTests {
    private func lint(_ text: String, limit: Int) throws -> (findings: [Finding], notes: [String]) {
        var options = LintOptions()
        options.findingLimit = limit
        options.disabled = ["spelling"]   // depends on Hunspell being installed
        let linter = Linter(rules: Fixture.rules, options: options)
        let context = linter.context(for: try Fixture.document(text))
        return (linter.lint(context), context.limitNotes)
    }

    @Test func aRuleStopsAtTheLimit() throws {
        let text = "Hi Sam,\n\n" + String(repeating: "thx u, gonna check. THIS IS BAD!!!\n", count: 6)
        let result = try lint(text, limit: 4)
        #expect(result.findings.filter { $0.rule == "slang" }.count == 4)
        #expect(result.findings.filter { $0.rule == "shouting" }.count == 4)
        #expect(result.notes == [
            "shouting: only the first 4 findings are reported", "slang: only the first 4 findings are reported",
        ])
        // The first findings in the text are the ones kept.
        #expect(result.findings.filter { $0.rule == "slang" }.map(\.start.line) == [3, 3, 3, 4])
    }

    @Test func underTheLimitNothingChanges() throws {
        let text = "Hi Sam,\n\nthx u, it ships today.\n"
        let limited = try lint(text, limit: 2)
        let unlimited = try lint(text, limit: FindingLimit.perRule)
        #expect(limited.findings.map(\.rule) == unlimited.findings.map(\.rule))
        #expect(limited.notes.isEmpty)
    }
}
