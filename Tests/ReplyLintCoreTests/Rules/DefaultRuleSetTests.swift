// The default rules are built once per process, on a background thread when the CLI asks
// early: every caller, on any thread, gets the same complete rule set.
import Foundation
import Testing
@testable import ReplyLintCore

struct DefaultRuleSetTests {
    @Test func callersOnManyThreadsGetTheDefaultRules() throws {
        let files = RuleSet.embeddedFiles.filter { RuleSet.isRuleFile($0.path, root: "rules/") }
        let expected = try RuleSet(files: files, cachePath: nil)
        RuleSet.startLoadingDefaults()
        let ids = Slots<[String]>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            ids[index] = (try? RuleSet.load())?.ids
        }
        for index in 0..<8 { #expect(ids[index] == expected.ids) }
        #expect(ids[0]?.contains("placeholder") == true)
        let rules = try RuleSet.load()
        #expect(try Fixture.lint("Dear [Customer Name], thx for waiting.", rules: rules).map(\.rule).contains("placeholder"))
    }
}
