// Rule files that are wrong say where and why.
import Testing
@testable import ReplyLintCore

struct RuleFileTests {
    private func load(_ yaml: String) -> DataError? {
        do {
            _ = try RuleSet(files: [DataFile(path: "custom/bad.yml", contents: yaml)])
            return nil
        } catch {
            return error
        }
    }

    @Test func missingSeverityNamesTheFileAndLine() {
        let error = load("id: x\nkind: phrases\nmessage: m\nphrases: [a]\n")
        #expect(error?.description == "custom/bad.yml:1:1: missing 'severity'")
    }

    @Test func badSeverityPointsAtTheValue() {
        let error = load("id: x\nkind: phrases\nseverity: fatal\nmessage: m\nphrases: [a]\n")
        #expect(error?.line == 3)
        #expect(error?.problem.contains("error, warning or info") == true)
    }

    @Test func unknownKindListsTheKnownOnes() {
        let error = load("id: x\nkind: magic\nseverity: info\nmessage: m\n")
        #expect(error?.line == 2)
        #expect(error?.problem.contains("phrases") == true)
    }

    @Test func unknownKeyIsAnError() {
        let error = load("id: x\nkind: phrases\nseverity: info\nmessage: m\nphrases: [a]\nphrase: [b]\n")
        #expect(error?.line == 6)
        #expect(error?.problem.contains("unknown key 'phrase'") == true)
    }

    @Test func yamlSyntaxErrorHasItsPosition() {
        let error = load("id: x\nkind: [phrases\nseverity: info\n")
        #expect(error != nil)
        #expect(error?.file == "custom/bad.yml")
        #expect((error?.line ?? 0) >= 2)
    }

    @Test func badPhraseSyntaxPointsAtThePhrase() {
        let error = load("id: x\nkind: phrases\nseverity: info\nmessage: m\nphrases:\n  - \"sorry (for\"\n")
        #expect(error?.line == 6)
        #expect(error?.problem.contains("unbalanced") == true)
    }

    @Test func aRuleDirectoryCanReplaceADefaultRule() throws {
        let custom = DataFile(path: "mine/slang.yml", contents: "id: slang\nkind: phrases\nseverity: error\nmessage: no '{excerpt}'\nphrases: [wicked]\n")
        let files = RuleSet.embeddedFiles.filter { RuleSet.isRuleFile($0.path, root: "rules/") } + [custom]
        let rules = try RuleSet(files: files)
        #expect(rules.definition("slang")?.severity == .error)
        let linter = Linter(rules: rules)
        let findings = linter.lint(try Fixture.document("That is wicked, gonna be great."))
        #expect(findings.map(\.excerpt) == ["wicked"])
    }
}
