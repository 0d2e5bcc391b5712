// greeting, closing and feedback-thanks: where they point, when they stay quiet
// (short replies, template mode), and feedback-thanks leaving praise to tone-mismatch.
import Testing
@testable import ReplyLintCore

struct StructureRuleTests {
    static let answer = "Your refund of $24.99 went out this morning. Banks usually show it within 3 to 5 business days."

    func findings(_ draft: String, _ rule: String, incoming: String? = nil, template: Bool = false) throws -> [Finding] {
        try Fixture.lint(draft, incoming: incoming, template: template).filter { $0.rule == rule }
    }

    @Test func missingGreetingPointsAtTheFirstSentence() throws {
        let draft = Marked("1️⃣Your refund of $24.99 went out this morning.2️⃣ Banks usually show it within 3 to 5 business days.\n\nBest,\nJo")
        let found = try findings(draft.text, "greeting")
        #expect(found.count == 1)
        #expect(found.first?.start == draft[1])
        #expect(found.first?.end == draft[2])
        #expect(found.first?.severity == .info)
    }

    @Test func aGreetingOrANameLineIsEnough() throws {
        for opening in ["Hi Sam,", "Dear Ms Okafor,", "Good afternoon!", "Sam,", "Thanks for getting in touch."] {
            #expect(try findings("\(opening)\n\n\(Self.answer)\n\nBest,\nJo", "greeting").isEmpty, "\(opening)")
        }
    }

    @Test func missingSignOffPointsAtTheLastLine() throws {
        let draft = Marked("Hi Sam,\n\nYour refund of $24.99 went out this morning.\n1️⃣Banks usually show it within 3 to 5 business days.2️⃣")
        let found = try findings(draft.text, "closing")
        #expect(found.count == 1)
        #expect(found.first?.start == draft[1])
        #expect(found.first?.end == draft[2])
    }

    @Test func aSignOffInTheSignatureOrAClosingLineIsEnough() throws {
        for ending in ["Kind regards,\nJo", "Thanks,\nJo", "Cheers!", "All the best,\nJo Smith\nNorthwind Goods", "Have a lovely weekend.\n\nJo"] {
            #expect(try findings("Hi Sam,\n\n\(Self.answer)\n\n\(ending)", "closing").isEmpty, "\(ending)")
        }
    }

    @Test func shortRepliesAreLeftAlone() throws {
        for draft in ["Refund sent, thanks.", "Your refund went out this morning. It shows in 3 days.", "Done: the address on order 4471 is updated."] {
            #expect(try findings(draft, "greeting").isEmpty)
            #expect(try findings(draft, "closing").isEmpty)
        }
    }

    @Test func templateModeSwitchesGreetingAndClosingOff() throws {
        let snippet = "Your order {{order_id}} left our warehouse today. It should reach you within {{days}} business days, and the tracking link follows."
        #expect(try findings(snippet, "greeting").count == 1)
        #expect(try findings(snippet, "greeting", template: true).isEmpty)
        #expect(try findings(snippet, "closing", template: true).isEmpty)
    }

    @Test func feedbackWithoutThanksPointsAtTheReplyAndTheFeedback() throws {
        let draft = Marked("Hi Tom,\n\n1️⃣A dark mode is on our list for the next version.2️⃣ It will show up in the release notes.\n\nBest,\nJo")
        let incoming = "Hi, small suggestion: it would be great if the app had a dark mode."
        let found = try findings(draft.text, "feedback-thanks", incoming: incoming)
        #expect(found.count == 1)
        #expect(found.first?.start == draft[1])
        #expect(found.first?.end == draft[2])
        #expect(found.first?.message.contains("'suggestion'") == true)
        #expect(found.first?.related?.line == 1)
        #expect(found.first?.related?.column == 11)
    }

    @Test func praiseIsToneMismatchsToReportWhenThatRuleIsOn() throws {
        let draft = "Hi Ruth,\n\nThe blanket is merino wool and can be washed at 30 degrees. The cushions are back next week.\n\nRegards,\nJo"
        let incoming = "The blanket is so soft and cosy, I love it! Thank you so much."
        var options = LintOptions()
        let linter = { (options: LintOptions) throws -> [String] in
            let linter = Linter(rules: Fixture.rules, options: options)
            let customer = linter.analyze(try Fixture.document(incoming, path: "incoming.txt"))
            return linter.lint(try Fixture.document(draft), incoming: customer).map(\.rule)
        }
        let withTone = try linter(options)
        #expect(withTone.contains("tone-mismatch"))
        #expect(!withTone.contains("feedback-thanks"))
        options.disabled = ["tone-mismatch"]
        #expect(try linter(options).contains("feedback-thanks"))
    }
}
