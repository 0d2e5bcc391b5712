// A realistic corpus of good replies: no finding above info with every rule on.
import Foundation
import Testing

struct GoodDraftsTests {
    @Test func goodDraftsAreClean() throws {
        let result = try CLI.run(["--format", "json", "--fail-on", "warning", "fixtures/good"])
        let files = try #require(try CLI.json(result.stdout)["files"] as? [[String: Any]])
        #expect(files.count >= 40)
        for file in files {
            let findings = (file["findings"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String != "info" }
            #expect(findings.isEmpty, "\(file["path"] ?? ""): \(findings.map { "\($0["rule"] ?? ""): \($0["excerpt"] ?? "")" })")
        }
        #expect(result.status == 0, "\(result.stderr)")
    }
}
