// Without libhunspell or its dictionaries the spelling rule is off, says why, and never
// fails a run. These run everywhere: they point the rule at a library or folder that
// does not exist.
import Testing
@testable import ReplyLintCore

struct SpellingAvailabilityTests {
    private func rules(libraries: String = "[libhunspell-1.7.so.0, libhunspell.so]", paths: String) throws -> RuleSet {
        let spelling = DataFile(path: "custom/spelling.yml", contents: """
            id: spelling
            kind: spelling
            severity: warning
            message: "'{word}' is misspelt"
            languages: [en_US]
            dictionary_paths: \(paths)
            libraries: \(libraries)
            """)
        return try RuleSet(files: [spelling])
    }

    @Test func missingDictionariesTurnTheRuleOffWithAReason() throws {
        let rules = try rules(paths: "[/nonexistent/hunspell]")
        let reason = try #require(rules.unavailableReason("spelling"))
        // Either the library is missing on this machine, or the dictionaries are.
        #expect(reason.contains("libhunspell") || reason.contains("no Hunspell dictionary for en_US in /nonexistent/hunspell"))
        #expect(rules.unavailableRules(LintOptions()).map(\.id) == ["spelling"])
        let findings = Linter(rules: rules).lint(try Fixture.document("I have recieved teh parcle."))
        #expect(findings.isEmpty)
    }

    @Test func aMissingLibrarySaysHowToInstallIt() throws {
        let rules = try rules(libraries: "[libno-such-hunspell.so.0]", paths: "[/usr/share/hunspell]")
        let reason = try #require(rules.unavailableReason("spelling"))
        #expect(reason.contains("libhunspell was not found"))
        #expect(reason.contains("apt-get install"))
    }

    @Test func aDisabledRuleIsNotReported() throws {
        let rules = try rules(paths: "[/nonexistent/hunspell]")
        var options = LintOptions()
        options.disabled = ["spelling"]
        #expect(rules.unavailableRules(options).isEmpty)
    }

    @Test func apostropheFormsForSuggestions() {
        #expect(Speller.apostropheForms(of: "dont") == ["don't", "do'nt"])
        #expect(Speller.apostropheForms(of: "im") == ["I'm"])
        #expect(Speller.apostropheForms(of: "ill").isEmpty)
    }
}
