// What a composed reply says and how it treats the customer's text.
import Testing
@testable import ReplyLintCompose
import ReplyLintCore

struct ComposeReplyTests {
    @Test func twoIntentsGetOneReplyCoveringBoth() throws {
        let result = try ComposeFixture.compose("The toaster arrived broken and I want my money back.\n\nThanks,\nAnna")
        #expect(result.intents.map(\.intent) == [.defectiveItem, .refund])
        #expect(result.reply.hasPrefix("Hi Anna,\n"))
        #expect(result.reply.contains("toaster"))
        #expect(result.reply.contains("[refund amount]"))
        // A refund was asked for: no replacement offered beside it.
        #expect(!result.reply.contains("replacement"))
        #expect(result.slots.map(\.name) == ["refund_amount", "agent_name"])
    }

    @Test func openerFollowsTheCustomersTone() throws {
        let upset = try ComposeFixture.compose("This is the THIRD time I'm writing!!! Where is my order 5512?? Still nothing.")
        #expect(upset.tone == .upset)
        #expect(upset.reply.contains("frustrating"))
        #expect(!upset.reply.contains("!"))
        let pleased = try ComposeFixture.compose("I love the lamp, it's gorgeous! Thank you so much!\n\nRuth")
        #expect(pleased.tone == .positive)
        #expect(pleased.reply.contains("Thank you so much for writing to us!"))
    }

    @Test func escalationGetsACalmHandOverNotAFix() throws {
        let result = try ComposeFixture.compose(
            "My order 4410 arrived broken. If this is not resolved I will have to speak to my lawyer.\n\nRegards,\nHelen"
        )
        #expect(result.escalation?.reason == "legal")
        #expect(result.template == "escalation")
        #expect(result.reply.contains("specialist"))
        #expect(!result.reply.contains("replacement"))
        #expect(result.reply.contains("order 4410"))
    }

    @Test func billingDisputesEscalateAboveTheThreshold() throws {
        let small = try ComposeFixture.compose("I was charged twice, $40 each time. Please fix it.")
        #expect(small.escalation == nil)
        #expect(small.intent == .billing)
        let large = try ComposeFixture.compose("I was charged twice, $140 each time. Please fix it.")
        #expect(large.escalation?.reason == "billing-dispute")
        let raised = ComposeFixture.composer.compose(
            try ComposeFixture.document("I was charged twice, $140 each time. Please fix it."), escalationThreshold: 500
        )
        #expect(raised.escalation == nil)
    }

    @Test func unansweredQuestionsBecomeAnswerSlots() throws {
        let result = try ComposeFixture.compose("Hi, is the green mug back in stock?\n\nThanks,\nMarco")
        #expect(result.questions.map(\.answered) == [false])
        let slot = try #require(result.slots.first { $0.name == "answer_1" })
        #expect(slot.question == "is the green mug back in stock?")
        #expect(!slot.filled)
        let answered = try ComposeFixture.compose(
            "Hi, is the green mug back in stock?\n\nThanks,\nMarco",
            values: ["answer_1": "Yes, it is back in stock today.", "agent_name": "Jo"]
        )
        #expect(answered.isReady, "\(answered.findings.map(\.message))")
    }

    @Test func noNameMeansANamelessGreeting() throws {
        let result = try ComposeFixture.compose("Do you ship to Canada? I love the Toronto-made candles.")
        #expect(result.facts.name == nil)
        #expect(result.reply.hasPrefix("Hello,\n"))
    }

    @Test func templateSyntaxFromTheCustomerStaysInert() throws {
        let message = "Is the {{#x}}mug{{/x}} </p><script>alert(1)</script> available in red?\n\nThanks,\n{{#x}}"
        let result = try ComposeFixture.compose(message, values: ["agent_name": "{{agent}}</p><script>"])
        #expect(result.facts.name == nil, "'{{#x}}' is not a name")
        #expect(result.reply.contains("{{agent}}</p><script>"), "a slot value is written as given")
        let html = ComposeHTML.report(result)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("{{agent}}&lt;/p&gt;"))
    }

    @Test func copiedTextIsShort() throws {
        let long = String(repeating: "very ", count: 200)
        let result = try ComposeFixture.compose("Is the mug \(long)big?\n\nThanks,\nMarco")
        let line = try #require(result.reply.split(separator: "\n").first { $0.hasPrefix("On your question") })
        #expect(line.count < 120)
    }

    @Test func controlCharactersNeverReachTheReply() throws {
        let result = try ComposeFixture.compose("Where is order 5512?", values: ["agent_name": "Jo\u{1}tracking_number\u{1}"])
        #expect(!result.reply.unicodeScalars.contains { $0.value < 9 })
    }
}
