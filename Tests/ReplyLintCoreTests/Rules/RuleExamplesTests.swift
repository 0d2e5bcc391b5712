// Every rule file's examples test the rule: each bad example fires it, each good
// example does not, and no good example sets off another rule above info.
import Testing
@testable import ReplyLintCore

struct RuleExamplesTests {
    static let definitions = Fixture.rules.definitions

    @Test("bad examples fire their rule", arguments: definitions)
    func badExamplesFire(_ rule: RuleDefinition) throws {
        #expect(rule.bad.count >= 5, "\(rule.file): give at least 5 bad examples")
        // A rule whose system library is missing here (spelling without libhunspell) is off
        // and cannot fire; its good examples still run.
        guard Fixture.rules.unavailableReason(rule.id) == nil else { return }
        for example in rule.bad {
            let findings = try lint(example, rule)
            #expect(findings.contains { $0.rule == rule.id }, "\(rule.file): bad example does not fire: \(example.draft)")
        }
    }

    @Test("good examples fire nothing", arguments: definitions)
    func goodExamplesAreClean(_ rule: RuleDefinition) throws {
        #expect(rule.good.count >= 5, "\(rule.file): give at least 5 good examples")
        for example in rule.good {
            let findings = try lint(example, rule).filter { $0.rule == rule.id || $0.severity > .info }
            #expect(findings.isEmpty, "\(rule.file): good example fires \(findings.map { "\($0.rule): \($0.excerpt)" }): \(example.draft)")
        }
    }

    private func lint(_ example: RuleExample, _ rule: RuleDefinition) throws -> [Finding] {
        var options = LintOptions()
        options.template = example.template
        options.sentAt = example.sentAt
        options.channel = example.channel
        options.enabled = [rule.id]
        if let config = example.config {
            var reader = ConfigurationReader()
            options = options.applying(try reader.parse(config, path: "/examples/.replylint.yml"), to: "/examples/draft.txt")
        }
        let linter = Linter(rules: Fixture.rules, options: options)
        let incoming = try example.incoming.map { try Fixture.document($0, path: "incoming.txt") }.map(linter.analyze)
        guard let other = example.other else {
            return linter.lint(try Fixture.document(example.draft), incoming: incoming)
        }
        // Rules across files: the other draft is linted first in the same run.
        let (_, first) = ConfiguredRun.lint(try Fixture.document(other, path: "a.txt"), linter: linter, incoming: incoming, file: 0)
        let (result, second) = ConfiguredRun.lint(try Fixture.document(example.draft, path: "b.txt"), linter: linter, incoming: incoming, file: 1)
        let crossFile = PolicyConsistency.findings([first, second].compactMap { $0 })
        return result.findings + (crossFile[1] ?? [])
    }
}

extension RuleDefinition: CustomTestStringConvertible {
    public var testDescription: String { id }
}
