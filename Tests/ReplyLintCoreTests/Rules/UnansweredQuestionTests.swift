// The unanswered-question rule: where its findings sit, what they say, and when it keeps quiet.
import Testing
@testable import ReplyLintCore

struct UnansweredQuestionTests {
    private func findings(_ draft: String, incoming: String?) throws -> [Finding] {
        try Fixture.lint(draft, incoming: incoming).filter { $0.rule == "unanswered-question" }
    }

    @Test func theFindingSitsOnTheFirstLineAndPointsAtTheQuestion() throws {
        let draft = Marked("1️⃣Hi Ines,\n\nYour order ships tomorrow morning.\n\nKai\n")
        let incoming = Marked("Hello,\nmy order is late. When will it ship and 2️⃣can I change the delivery address to my office?\n")
        let found = try findings(draft.text, incoming: incoming.text)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.start == draft[1])
        #expect(finding.excerpt == "Hi Ines,")
        #expect(finding.severity == .error)
        #expect(finding.message == "The customer asked \"can I change the delivery address to my office?\" and the draft does not answer it")
        #expect(finding.related?.path == "incoming.txt")
        #expect(finding.related.map { SourceLocation(line: $0.line, column: $0.column) } == incoming[2])
        #expect(finding.related?.message == "the customer asks this here")
    }

    @Test func quotedLinesAtTheTopAreSkipped() throws {
        let draft = Marked("> When will it ship?\n> Thanks, Ines\n\n1️⃣Hi Ines, thanks for writing.\n")
        let found = try findings(draft.text, incoming: "When will it ship?")
        #expect(found.map(\.start) == [draft[1]])
        #expect(found.first?.excerpt == "Hi Ines, thanks for writing.")
    }

    @Test func requestsSayTheyAreNotAddressed() throws {
        let found = try findings("Hi Lucas,\n\nThanks for being with us for two years!\n", incoming: "Please cancel my subscription.")
        #expect(found.map(\.message) == ["The customer asked for \"Please cancel my subscription.\" and the draft does not address it"])
        #expect(found.first?.related?.message == "the customer asks for this here")
    }

    @Test func oneFindingPerOpenQuestion() throws {
        let found = try findings(
            "Hi Irene,\n\nThanks for being a member of our loyalty programme!\n",
            incoming: "I can't log in since the update. What should I do? Also, how many points do I have left?"
        )
        #expect(found.count == 2)
        #expect(Set(found.compactMap(\.related?.column)).count == 2)
    }

    @Test func longQuestionsAreShortenedInTheMessage() throws {
        let question = "Could you please tell me when the handmade oak dining table with the two matching benches and the extra leaf will be delivered?"
        let found = try findings("Hi Jo,\n\nThanks for your order!\n", incoming: question)
        let message = try #require(found.first?.message)
        #expect(message.contains("…"))
        #expect(message.count < question.count + 50)
    }

    @Test func quietWithoutTheCustomersMessageOrWhenAnswered() throws {
        #expect(try findings("Hi Sam,\n\nThanks for your patience.\n", incoming: nil).isEmpty)
        #expect(try findings("Hi Sam,\n\nIt will arrive on Friday.\n", incoming: "When will my order arrive?").isEmpty)
        #expect(try findings("Hi Sam,\n\nGlad it arrived!\n", incoming: "The parcel arrived, thanks!").isEmpty)
    }

    @Test func complaintsAreLeftToTone() throws {
        #expect(try findings("Hello,\n\nYour order will arrive on Friday.\n", incoming: "Is this how you treat customers? When will my order arrive?").isEmpty)
    }
}
