// Reading policy facts from drafts (rules/policy/facts.yml).
import Testing
@testable import ReplyLintCore

struct PolicyStatementTests {
    private func statements(_ text: String) throws -> [String] {
        let linter = Linter(rules: Fixture.rules)
        let context = linter.context(for: try Fixture.document(text))
        _ = linter.lint(context)
        return context.statedPolicy.map { "\($0.fact)=\($0.value)" }
    }

    @Test(arguments: [
        ("You can send it back within thirty days.", ["return_window_days=30 days"]),
        ("You can return it within two weeks of delivery.", ["return_window_days=14 days"]),
        ("Refunds take 3 to 5 working days.", ["refund_days=3-5 days"]),
        ("We have a 60-day return policy.", ["return_window_days=60 days"]),
        ("We don't offer free returns on sale items.", ["free_returns=no"]),
        ("Return shipping is not free.", ["free_returns=no"]),
        ("Standard delivery takes 3-5 business days and express shipping takes 1 day.",
         ["shipping_days.standard=3-5 days", "shipping_days.express=1 days"]),
    ])
    func readsStatedFacts(_ text: String, _ expected: [String]) throws {
        #expect(try statements(text) == expected)
    }

    @Test(arguments: [
        "I've added 14 days to your trial.",
        "Your order arrived 3 days ago.",
        "The return label is valid for printing.",
        "We refunded $30 today.",
    ])
    func otherNumbersAreNotPolicy(_ text: String) throws {
        #expect(try statements(text) == [])
    }

    @Test func daysCompareByTheirUpperBound() {
        #expect(!PolicyValue.days(DayCount(3, 5)).contradicts(.days(DayCount(5))))
        #expect(PolicyValue.days(DayCount(14)).contradicts(.days(DayCount(30))))
        #expect(PolicyValue.flag(true).contradicts(.flag(false)))
    }
}
