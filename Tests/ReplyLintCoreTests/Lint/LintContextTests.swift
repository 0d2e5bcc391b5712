// Analyses a check computes once per draft: optional values too (a name that is not
// known is computed once and read back as nil, not mistaken for a miss or a hit).
import Testing
@testable import ReplyLintCore

struct LintContextTests {
    @Test func optionalValuesAreComputedOnceAndReadBack() throws {
        let linter = Linter(rules: Fixture.rules)
        let context = linter.context(for: try Fixture.document("Hi Sam, thanks for writing."))
        var calls = 0
        let first: String? = context.cached("name") { calls += 1; return nil }
        let second: String? = context.cached("name") { calls += 1; return "Robert" }
        #expect(first == nil && second == nil)
        #expect(calls == 1)
        let some: Int? = context.cached("count") { 3 }
        #expect(some == 3)
        #expect(context.cached("count") { Optional(4) } == 3)
    }

    @Test func documentMemoHoldsOptionalsToo() {
        let memo = DocumentMemo()
        var calls = 0
        let first: Int? = memo.value("x") { calls += 1; return nil }
        let second: Int? = memo.value("x") { calls += 1; return 1 }
        #expect(first == nil && second == nil && calls == 1)
    }
}
