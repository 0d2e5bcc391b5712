// Which customer messages need a specialist.
import Testing
@testable import ReplyLintCore

struct EscalationTests {
    func escalation(_ text: String, threshold: Double? = nil) throws -> Escalation? {
        try EscalationCues.embedded.get().escalation(in: Fixture.analysis(text), threshold: threshold)
    }

    @Test(arguments: [
        ("I would prefer not to, but I will take legal advice about my statutory rights.", "legal"),
        ("I have reported this to Trading Standards.", "legal"),
        ("This is fraud. I never placed this order.", "fraud"),
        ("Someone has used my card to order from you.", "fraud"),
        ("I'll ask my bank for a chargeback.", "chargeback"),
        ("I have opened a dispute with PayPal.", "chargeback"),
        ("You people are useless idiots.", "abuse"),
        ("I was charged twice, $249.00 each time.", "billing-dispute"),
        ("I was overcharged: £320 instead of £180.", "billing-dispute"),
    ])
    func escalates(_ text: String, _ reason: String) throws {
        #expect(try escalation(text)?.reason == reason)
    }

    @Test(arguments: [
        "I was charged twice, $12.99 each time.",
        "Could you send me the invoice for $250?",
        "Where is my order? It was due on Monday.",
        "The courier said the parcel is lost. Can you send another?",
        "This is bloody annoying, the lamp is broken.",
    ])
    func doesNotEscalate(_ text: String) throws {
        #expect(try escalation(text) == nil)
    }

    @Test func thresholdIsConfigurable() throws {
        #expect(try escalation("I was charged twice, $80 each time.", threshold: 50)?.reason == "billing-dispute")
        #expect(try escalation("I was charged twice, $180 each time.", threshold: 500) == nil)
    }

    @Test func amounts() {
        let amounts = MoneyAmount.find(in: Fixture.analysis("It cost $1,299.00, then €35, 40 dollars and 12:30 pm."))
        #expect(amounts.map(\.value) == [1299, 35, 40])
    }
}
