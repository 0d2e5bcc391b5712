// tone-mismatch: where it points and what it says, for each way a reply can miss
// the customer's tone, and silence when there is no customer's message.
import Testing
@testable import ReplyLintCore

struct ToneMismatchTests {
    static let upset = "This is the THIRD time I'm writing!!! Where is my order??"
    static let pleased = "The rug arrived early and it's gorgeous. Thank you so much!"
    static let neutral = "Could you tell me if the green mug is back in stock?"

    func findings(_ draft: String, incoming: String?) throws -> [Finding] {
        try Fixture.lint(draft, incoming: incoming).filter { $0.rule == "tone-mismatch" }
    }

    @Test func missingAcknowledgementPointsAtTheFirstLineAfterTheGreeting() throws {
        let draft = Marked("Hi Priya,\n\n1️⃣Your order ships today.2️⃣\n\nSam")
        let found = try findings(draft.text, incoming: Self.upset)
        #expect(found.count == 1)
        #expect(found.first?.start == draft[1])
        #expect(found.first?.end == draft[2])
        #expect(found.first?.message.contains("Customer is upset (repeat contact") == true)
        #expect(found.first?.message.contains("reply is neutral with no acknowledgement") == true)
    }

    @Test func withoutAGreetingTheFirstLineIsTheReplysFirst() throws {
        let draft = Marked("1️⃣Your order ships today.\nSam")
        #expect(try findings(draft.text, incoming: Self.upset).first?.start == draft[1])
    }

    @Test func breezyPhrasesEmojiAndExclamationsArePointedAt() throws {
        let draft = Marked("I'm sorry about this. 1️⃣No worries though, it ships today 2️⃣🙂\n3️⃣It's on its way! You'll love it!")
        let found = try findings(draft.text, incoming: Self.upset)
        #expect(found.map(\.start) == [draft[1], draft[2], draft[3]])
        guard found.count == 3 else { return }
        #expect(found[2].excerpt == "It's on its way!")
        #expect(found[0].excerpt == "No worries")
        #expect(found[0].message.contains("'No worries' sounds breezy"))
        #expect(found[1].message.contains("emoji"))
        #expect(found[2].message.contains("2 exclamation marks"))
    }

    @Test func oneExclamationMarkAfterAnApologyIsFine() throws {
        #expect(try findings("I'm so sorry! Your refund went out this morning.", incoming: Self.upset).isEmpty)
    }

    @Test func breezinessIsFineForACalmCustomer() throws {
        #expect(try findings("No worries! Yes, the green mug is back 🙂", incoming: Self.neutral).isEmpty)
    }

    @Test func hostileOrSarcasticRepliesAreWrongForAnyone() throws {
        let draft = Marked("Please 1️⃣calm down. The mug is back in stock.")
        let found = try findings(draft.text, incoming: Self.neutral)
        #expect(found.map(\.start) == [draft[1]])
        #expect(found.first?.message == "Reply sounds hostile ('calm down') to a customer who is neutral")
        let sarcastic = try findings("Oh great, another complaint about mugs. Yes, it's back.", incoming: Self.pleased)
        #expect(sarcastic.contains { $0.message.contains("sarcastic ('Oh great')") && $0.message.contains("positive") })
        // Delight is not sarcasm.
        #expect(try findings("Oh, wonderful! So glad the rug arrived early, and thank you for telling us.", incoming: Self.pleased).isEmpty)
    }

    @Test func aPleasedCustomerNeedsThanksAndMoreThanALine() throws {
        let cold = try findings("Hello,\n\nThe rug is made of wool and can be cleaned with a damp cloth.\n\nSupport", incoming: Self.pleased)
        #expect(cold.map(\.message) == ["Customer is positive (thanks, praise); reply is neutral with no thanks for their kind words"])
        let curt = try findings("Hi Ruth,\n\nThanks, noted.\n\nBest,\nSam", incoming: Self.pleased)
        #expect(curt.map(\.excerpt) == ["Thanks, noted."])
        #expect(curt.first?.message.contains("curt") == true)
        let warm = "Hi Ruth,\n\nThank you so much for writing! I'm delighted the rug arrived early, and I've passed your note to the team.\n\nSam"
        #expect(try findings(warm, incoming: Self.pleased).isEmpty)
    }

    @Test func nothingWithoutTheCustomersMessage() throws {
        #expect(try findings("No worries! Please calm down 😀", incoming: nil).isEmpty)
    }

    @Test func tonesAreScoredOncePerDraftAndReported() throws {
        let linter = Linter(rules: Fixture.rules)
        let customer = linter.analyze(try Fixture.document(Self.upset, path: "incoming.txt"))
        let context = linter.context(for: try Fixture.document("No worries!"), incoming: customer)
        #expect(context.incomingTone?.label == .upset)
        #expect(context.draftTone.label == context.draftTone.label)
        #expect(context.toneLabels == ["draft": context.draftTone.label.rawValue, "incoming": "upset"])
        let alone = linter.context(for: try Fixture.document("No worries!"))
        #expect(alone.incomingTone == nil)
        #expect(alone.toneLabels.isEmpty)
    }
}
