// Realistic good replies (fixtures/good/) must pass every rule: no finding above info.
// This is the false-alarm guard for all rules together.
import Foundation
import Testing
@testable import ReplyLintCore

struct GoodDraftsTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/good")

    static let drafts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreEnoughOfThem() {
        #expect(Self.drafts.count >= 40)
    }

    @Test(arguments: drafts)
    func passesEveryRule(_ name: String) throws {
        var options = LintOptions()
        options.enabled = Set(Fixture.rules.ids)
        let linter = Linter(rules: Fixture.rules, options: options)
        let document = try DocumentReader.read(path: Self.folder.appendingPathComponent(name).path)
        let findings = linter.lint(document).filter { $0.severity > .info }
        #expect(findings.isEmpty, "\(name): \(findings.map { "\($0.rule) \($0.start.line):\($0.start.column) '\($0.excerpt)'" })")
    }
}
