// One long draft's checks run in parallel, costliest first, with the reply's lines taken
// apart beforehand: the findings must be exactly those of running the checks one by one.
import Testing
@testable import ReplyLintCore

struct ParallelChecksTests {
    @Test func parallelChecksFindWhatChecksOneByOneFind() throws {
        let paragraph = """
        Dear [Customer Name], we apologize for any inconvenience. U should have read the FAQ, obviously!!!
        Returns are accepted within 14 days, and refunds take 5 business days. The the parcel is gonna arrive tommorow.
        """
        let text = "Hi Sam,\n\n" + Array(repeating: paragraph, count: 1400).joined(separator: "\n\n") + "\n\nBest regards,\n[Agent Name]\n"
        #expect(text.utf8.count >= Linter.parallelChecksThreshold)
        let linter = Linter(rules: Fixture.rules)
        let context = linter.context(for: try Fixture.document(text))
        let key = { (finding: Finding) in "\(finding.rule) \(finding.start) \(finding.end) \(finding.severity) \(finding.message)" }
        let parallel = linter.lint(context, parallel: true).map(key)
        let oneByOne = linter.lint(context, parallel: false).map(key)
        #expect(parallel == oneByOne)
        let rules = Set(parallel.map { String($0.prefix { $0 != " " }) })
        #expect(rules.isSuperset(of: ["placeholder", "spelling", "slang", "generic-apology", "blame", "repeated-word"]), "\(rules)")
    }
}
