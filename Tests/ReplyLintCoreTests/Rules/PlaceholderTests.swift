// Placeholders: every syntax of ../shared/placeholders.md, exact positions, no false alarms.
import Testing
@testable import ReplyLintCore

struct PlaceholderTests {
    private func placeholders(_ text: String, template: Bool = false) throws -> [Finding] {
        try Fixture.lint(text, template: template).filter { $0.rule == "placeholder" }
    }

    @Test(arguments: [
        "[INSERT CUSTOMER NAME HERE]", "[Name]", "[Order #]", "[date]", "<Customer Name>", "<NAME>", "XXX",
        "XX/XX/XXXX", "TBD", "FILL IN", "FILLIN", "Lorem ipsum", "{{first_name}}", "{{ticket.requester.first_name}}",
        "{{ contact.firstname }}", "{% if name %}", "{%customer.firstName,fallback=there%}", "*|FNAME|*", "-first_name-",
        "{!Contact.FirstName}", "[[MISSING TOKEN contact.firstname]]", "%{ticket.name.first}", "#{ticket.customer.firstname}",
        "<OTRS_CUSTOMER_REALNAME>", "{contactfield=firstname|there}", "%CUSTOMER_NAME%", "%name%", "${name}", "$NAME$",
        "«FirstName»", "{{name}",
    ])
    func everySyntaxIsFound(_ placeholder: String) throws {
        let found = try placeholders("Thanks \(placeholder) for writing.")
        #expect(found.map(\.excerpt) == [placeholder])
    }

    @Test(arguments: [
        "See note [1] below.", "Read the [returns policy](https://example.com/returns).", "<!--[if mso]>x<![endif]-->",
        "Write to <support@example.com> or <https://example.com/help>.", "It costs $25, or 10% less.", "Love it <3 :-)",
        "[EXTERNAL] Re: your order", "Hi,\nThanks!", "Oh dear, the parcel came back.", "Your order #12345 shipped.",
        "The XXL fits, TK Maxx sells it.", "Use the <b>bold</b> button.", "Is 50%OFF% a code?",
    ])
    func nonPlaceholdersStayQuiet(_ text: String) throws {
        #expect(try placeholders(text).isEmpty)
    }

    @Test func positionsPointAtThePlaceholder() throws {
        let marked = Marked("Hello 1️⃣{{first_name}},\n\nYour refund of 2️⃣$XX.XX arrives 3️⃣TBD.")
        let found = try placeholders(marked.text)
        #expect(found.map(\.start) == [marked[1], marked[2], marked[3]])
        #expect(found[0].end == SourceLocation(line: 1, column: 7 + "{{first_name}}".count))
    }

    @Test func emptyNameSlots() throws {
        #expect(try placeholders("Hi ,\n\nThanks.").map(\.excerpt) == ["Hi ,"])
        #expect(try placeholders("Dear,\n\nThanks.").map(\.excerpt) == ["Dear,"])
        #expect(try placeholders("Your order # has shipped.").map(\.excerpt) == ["order #"])
    }

    @Test func templateModeAllowsMergeTagsButNotHumanSlots() throws {
        let text = "Hi {{first_name}}, your [Product Name] ships soon."
        #expect(try placeholders(text, template: true).map(\.excerpt) == ["[Product Name]"])
    }
}
