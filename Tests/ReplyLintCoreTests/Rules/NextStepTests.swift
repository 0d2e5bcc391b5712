// no-next-step: where it points, what it says, and when it stays quiet.
import Testing
@testable import ReplyLintCore

struct NextStepTests {
    static let broken = "My lamp arrived broken, the shade is cracked and the base is dented."

    func findings(_ draft: String, incoming: String?) throws -> [Finding] {
        try Fixture.lint(draft, incoming: incoming).filter { $0.rule == "no-next-step" }
    }

    @Test func sympathyWithoutActionPointsAtTheFirstLineAfterTheGreeting() throws {
        let draft = Marked("Hi Sam,\n\n1️⃣I'm so sorry the lamp arrived broken.2️⃣ That must have been disappointing.\n\nBest,\nJo")
        let found = try findings(draft.text, incoming: Self.broken)
        #expect(found.count == 1)
        #expect(found.first?.start == draft[1])
        #expect(found.first?.end == draft[2])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("reports a problem (") == true)
    }

    @Test func anyConcreteActionSatisfiesIt() throws {
        for action in [
            "I've sent a new one by express.", "We will refund the $24.99 today.", "I'm arranging a collection for Tuesday.",
            "Your refund has been processed.", "The replacement should arrive by Friday.", "Here is a prepaid return label.",
            "Please reply with a photo of the base so I can file the claim.", "You can return it with the label in the box.",
        ] {
            let draft = "Hi Sam,\n\nI'm so sorry the lamp arrived broken. \(action)\n\nBest,\nJo"
            #expect(try findings(draft, incoming: Self.broken).isEmpty, "\(action)")
        }
    }

    @Test func negatedOrVagueActionsDoNotCount() throws {
        for vague in ["We have not refunded sale items.", "It should turn up soon.", "I can't send a new one."] {
            let draft = "Hi Sam,\n\nI'm so sorry the lamp arrived broken. \(vague)\n\nBest,\nJo"
            #expect(try findings(draft, incoming: Self.broken).count == 1, "\(vague)")
        }
    }

    @Test func quietWithoutAProblemOrWithoutTheCustomersMessage() throws {
        let draft = "Hi Sam,\n\nThe lamp takes an E27 bulb of up to 40 watts.\n\nBest,\nJo"
        #expect(try findings(draft, incoming: "Which bulb does the lamp take?").isEmpty)
        #expect(try findings(draft, incoming: nil).isEmpty)
        // One weak problem word is not a problem.
        #expect(try findings(draft, incoming: "Is it too late to add a bulb to my order?").isEmpty)
    }
}
