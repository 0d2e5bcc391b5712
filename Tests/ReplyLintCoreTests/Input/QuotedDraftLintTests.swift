// Linting a reply that carries a quoted customer message and a signature: only what the
// sender wrote is linted, the quote becomes the incoming message, and the signature is
// checked for placeholders only.
import Testing
@testable import ReplyLintCore

struct QuotedDraftLintTests {
    @Test func placeholderInTheSignatureIsReportedButSlangThereIsNot() throws {
        let marked = Marked("""
        Hi Priya,

        Your refund went out today and reaches your card within five working days.

        Best regards,
        1️⃣[Agent Name]
        Acme Support, thx for your patience
        """)
        let findings = try Fixture.lint(marked.text)
        let placeholder = try #require(findings.first { $0.rule == "placeholder" })
        #expect(placeholder.start == marked[1])
        #expect(placeholder.excerpt == "[Agent Name]")
        #expect(!findings.contains { $0.rule == "slang" })
        // The same slang in the reply itself is reported.
        let inReply = try Fixture.lint("Hi Priya,\n\nthx for waiting, your refund went out today.\n\nBest regards,\nAlex\n")
        #expect(inReply.contains { $0.rule == "slang" })
    }

    @Test func quotedCustomerTextIsNotLinted() throws {
        let findings = try Fixture.lint("""
        Hi Priya,

        I'm sorry it is still missing. We will fix this today: your replacement ships this afternoon.

        Best,
        Alex

        On Fri, Nov 20, 2026 at 10:04 AM, Priya <priya@example.com> wrote:
        > u guys r gonna fix this or what?? [Order Number] still missing
        """, sentAt: "2026-11-20T11:00:00Z")
        #expect(findings.isEmpty)
    }

    @Test func aTextReplyQuotingTheCustomerGetsTheirMessageAsIncoming() throws {
        let marked = Marked("""
        Hi Priya,

        I've sent a new lid.

        On Fri, Nov 20, 2026 at 10:04 AM, Priya Nair <priya@example.com> wrote:
        > My kettle lid is cracked. 1️⃣Can you send a new one?
        """)
        let draft = try Fixture.document(marked.text)
        let incoming = try #require(draft.quotedMessage)
        #expect(incoming.body.string == "My kettle lid is cracked. Can you send a new one?")
        #expect(incoming.headers.from == "Priya Nair <priya@example.com>")
        #expect(incoming.bodySource == "quoted message")
        // Positions in the incoming message point into the draft's file.
        let offset = Array(incoming.body.string.utf8).firstIndex(of: UInt8(ascii: "C"))!
        #expect(incoming.location(of: offset, in: incoming.body) == marked[1])
        // And the linter analyses it as the customer's message.
        let linter = Linter(rules: Fixture.rules)
        let analyzed = linter.analyze(incoming)
        #expect(analyzed.document.body.string.contains("Can you send a new one?"))
    }
}
