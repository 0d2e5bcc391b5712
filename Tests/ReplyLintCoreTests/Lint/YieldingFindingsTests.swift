// Spelling yields to the other rules: a word another rule reports ("thx") gets that rule's
// finding only; other misspellings are still reported.
import Testing
@testable import ReplyLintCore

@Suite(.enabled(if: Fixture.rules.unavailableReason("spelling") == nil, "needs libhunspell and the en_US dictionary"))
struct YieldingFindingsTests {
    @Test func slangIsNotAlsoAMisspelling() throws {
        let found = try Fixture.lint("Hi Sam,\n\nWe're gonna look into it, thx for waiting. The parcle left today.\n")
        #expect(found.filter { $0.excerpt == "thx" }.map(\.rule) == ["slang"])
        #expect(found.filter { $0.rule == "spelling" }.map(\.excerpt) == ["parcle"])
    }
}

struct YieldingRangesTests {
    private func finding(_ rule: String, _ range: Range<Int>) -> Finding {
        var finding = Finding(
            rule: rule, severity: .warning, message: "", start: SourceLocation(line: 1, column: 1),
            end: SourceLocation(line: 1, column: 1), excerpt: ""
        )
        finding.bodyRange = range
        return finding
    }

    @Test func onlyFindingsOnTheSameTextAreDropped() {
        let findings = [
            finding("slang", 10..<13), finding("spelling", 10..<13),   // same text: dropped
            finding("readability", 20..<40), finding("spelling", 25..<30),   // inside a sentence: kept
            finding("spelling", 50..<55),   // alone: kept
        ]
        let kept = YieldingFindings.apply(findings, yielding: ["spelling"])
        #expect(kept.map(\.bodyRange) == [10..<13, 20..<40, 25..<30, 50..<55])
        #expect(YieldingFindings.apply(findings, yielding: []).count == findings.count)
    }
}
