// Suppression comments read from raw source bytes.
import Testing
@testable import ReplyLintCore

struct SuppressionsTests {
    private func suppressions(_ text: String) -> Suppressions {
        Suppressions(SourceText(bytes: Array(text.utf8)))
    }

    @Test func readsPlainAndHTMLDirectives() {
        let found = suppressions("a\nreplylint-disable-next-line slang, shouting\nb\n<p>x</p><!-- replylint-disable-line blame --> y\n")
        #expect(found.directives.map(\.kind) == [.nextLine, .line])
        #expect(found.directives[0].rules == ["slang", "shouting"])
        #expect(found.regions.map(\.lines) == [3...3, 4...4])
    }

    @Test func regionsRunToEnableOrTheEnd() {
        let found = suppressions("replylint-disable slang\na\nreplylint-enable slang\nb\nreplylint-disable\nc\n")
        #expect(found.regions.map(\.lines) == [1...3, 5...7])
        #expect(found.regions.map(\.rules) == [["slang"], []])
    }

    @Test func prosementionIsNotADirective() {
        #expect(suppressions("Please do not write replylint-disable in replies.\n").isEmpty)
        #expect(suppressions("replylint-disabled slang\n").directives.isEmpty)
    }

    @Test func reasonsAfterDoubleDashAreIgnored() {
        let found = suppressions("# replylint-disable-file slang -- brand voice\n")
        #expect(found.directives.first?.rules == ["slang"])
    }
}
