// The template scanner: variables, fallbacks, guards, malformed tags and unbalanced blocks.
import Testing
@testable import ReplyLintCore

struct TemplateScannerTests {
    private func scan(_ text: String, engines: [String]? = nil) -> TemplateScan {
        var scanner = TemplateScanner(syntaxes: TemplateEngines.syntaxes(for: engines))
        return scanner.scan(Array(text.utf8))
    }

    @Test func readsVariablesWithFallbacksAndGuards() {
        let result = scan("{{#if first_name}}Hi {{first_name}}{{/if}} {{ customer.first_name | default: \"there\" }} *|FNAME|*")
        #expect(result.problems.map(\.message) == [])
        #expect(result.variables.map(\.name) == ["first_name", "customer.first_name", "FNAME"])
        #expect(result.variables.map(\.isGuarded) == [true, false, false])
        #expect(result.variables.map(\.hasFallback) == [false, true, false])
    }

    @Test func reportsMalformedTags() {
        #expect(scan("Hi {{first_name},").problems.map(\.message) == ["'{{first_name}' is not closed with '}}'"])
        #expect(scan("Hi {{ }}").problems.count == 1)
        #expect(scan("{% if x %}a").problems.map(\.message) == ["'{% if x %}' is never closed"])
        #expect(scan("a{% endif %}").problems.count == 1)
        #expect(scan("{{#each items}}{{/if}}").problems.count == 2)
    }

    @Test func onlyTheConfiguredEnginesAreRead() {
        #expect(scan("Hi *|FNAME|*", engines: ["liquid"]).variables.isEmpty)
        #expect(scan("Hi {{name}", engines: ["mailchimp"]).problems.isEmpty)
    }
}

struct TemplateModeLintTests {
    @Test func malformedTagIsATemplateSyntaxError() throws {
        let findings = try Fixture.lint("Hi {{first_name},\n\nYour order has shipped.", template: true)
        #expect(findings.map(\.rule) == ["template-syntax"])
    }
}
