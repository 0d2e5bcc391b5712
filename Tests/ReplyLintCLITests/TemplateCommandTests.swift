// Template mode on the template repository: variables of the configured engines are
// allowed, malformed tags and unbalanced blocks are errors, [Product Name] is still a
// placeholder, unknown variables and policy contradictions are warnings.
import Foundation
import Testing

struct TemplateCommandTests {
    static let templates = "fixtures/template-repo/templates"

    @Test func wellFormedTemplatesPass() throws {
        // Mustache sections, Liquid filters and conditions, Zendesk variables: nothing fires,
        // not even spelling or shouting on the variable names.
        let run = try CLI.findings([
            "\(Self.templates)/mustache/order-shipped.mustache", "\(Self.templates)/liquid/refund.liquid",
            "\(Self.templates)/liquid/shipping.liquid",
        ])
        #expect(run.findings.isEmpty, "\(run.findings)")
        #expect(run.status == 0)
    }

    @Test func malformedTagIsATemplateSyntaxError() throws {
        let run = try CLI.findings(["\(Self.templates)/mustache/broken-tag.mustache"])
        #expect(run.findings.map(\.description) == ["\(Self.templates)/mustache/broken-tag.mustache:1:4 template-syntax"])
        #expect(run.findings.first?.message == "Broken template tag: '{{first_name}' is not closed with '}}'")
        #expect(run.findings.first?.severity == "error")
    }

    @Test func unknownVariableAndUnclosedBlock() throws {
        let run = try CLI.findings(["\(Self.templates)/liquid/tracking.liquid"])
        let path = "\(Self.templates)/liquid/tracking.liquid"
        #expect(run.findings.map(\.description) == ["\(path):1:4 unknown-variable", "\(path):3:1 template-syntax"])
        #expect(run.findings.first?.message.contains("'customer.firstname'") == true)
    }

    @Test func literalPlaceholderIsStillAnError() throws {
        let run = try CLI.findings(["\(Self.templates)/zendesk/back-in-stock.txt"])
        #expect(run.findings.map(\.description) == ["\(Self.templates)/zendesk/back-in-stock.txt:3:6 placeholder"])
    }

    @Test func policyMismatchAndNameWithoutFallback() throws {
        let path = "\(Self.templates)/zendesk/return-window.txt"
        let run = try CLI.findings([path])
        #expect(run.findings.map(\.description) == ["\(path):1:4 name-fallback", "\(path):3:65 policy-mismatch"])
        #expect(run.findings[0].severity == "info")
        #expect(run.findings[1].message == "This says return_window_days is 14 days, but the policy in .replylint.yml says 30 days")
        #expect(run.status == 1)
    }

    @Test func inconsistentPolicyNamesTheOtherFile() throws {
        let run = try CLI.findings([Self.templates])
        let inconsistent = run.findings.filter { $0.rule == "inconsistent-policy" }
        #expect(inconsistent.map(\.description) == ["\(Self.templates)/zendesk/express.txt:3:1 inconsistent-policy"])
        let related = try #require(inconsistent.first?.related)
        #expect(related["path"] as? String == "\(Self.templates)/liquid/express.liquid")
        #expect(related["line"] as? Int == 3)
        #expect(related["column"] as? Int == 53)
        // Linted alone, a file has nothing to disagree with.
        let alone = try CLI.findings(["\(Self.templates)/zendesk/express.txt"])
        #expect(alone.findings.isEmpty)
    }

    @Test func outsideTemplateModeMergeTagsArePlaceholders() throws {
        let draft = "fixtures/template-repo/drafts/merge-tag.txt"
        let plain = try CLI.findings([draft])
        #expect(plain.findings.map(\.description) == ["\(draft):1:4 placeholder"])
        let template = try CLI.findings(["--template", draft])
        #expect(template.findings.map(\.rule) == ["name-fallback"])
        #expect(template.status == 0)
    }

    @Test func onlyTheConfiguredEnginesAreAllowed() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("template:\n  engines: [liquid]\n".utf8).write(to: folder.appendingPathComponent(".replylint.yml"))
        try Data("Hi {{ customer.first_name | default: \"there\" }}, your code is *|COUPON|*.\n".utf8)
            .write(to: folder.appendingPathComponent("mixed.liquid"))
        let run = try CLI.findings(["--template", "mixed.liquid"], directory: folder)
        // The Mailchimp tag is no variable of a Liquid template: it would reach the customer as is.
        #expect(run.findings.filter { $0.rule == "placeholder" }.map(\.description) == ["mixed.liquid:1:63 placeholder"])
    }

    @Test func templateVariablesDoNotSetOffOtherRules() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Hello *|FNAME|*,\n\nYour order *|ORDER_ID|* ships today.\n".utf8).write(to: folder.appendingPathComponent("promo.txt"))
        let plain = try CLI.findings(["promo.txt"], directory: folder)
        #expect(plain.findings.contains { $0.rule == "placeholder" })
        let template = try CLI.findings(["--template", "promo.txt"], directory: folder)
        #expect(template.findings.map(\.rule) == ["name-fallback"], "\(template.findings)")
    }
}
