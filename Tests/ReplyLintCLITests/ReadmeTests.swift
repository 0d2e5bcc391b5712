// The README is what a new user reads first: its rule table must match the rules.
import Foundation
import Testing

struct ReadmeTests {
    @Test func ruleTableMatchesReplylintRules() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let table = readme.components(separatedBy: "<!-- rules:")[1].components(separatedBy: "<!-- /rules -->")[0]
        let documented = table.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.split(separator: "`")[1].description
        }
        let result = try CLI.run(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }.sorted()
        #expect(documented == ids, "run scripts/update-readme-rules.sh")
    }

    @Test func readmeOpensWithTheTwoCommands() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let firstBlock = readme.components(separatedBy: "```sh\n")[1].components(separatedBy: "```")[0]
        #expect(firstBlock.contains("swift run -c release replylint fixtures/"))
        #expect(firstBlock.contains("swift test"))
        let path = firstBlock.split(separator: " ").first { $0.hasPrefix("fixtures/") }.map(String.init) ?? ""
        #expect(FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent(path).path))
    }
}
