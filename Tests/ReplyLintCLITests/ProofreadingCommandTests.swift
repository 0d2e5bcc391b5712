// The proofreading rules as a user meets them: the good drafts stay clean, spelling
// findings carry Hunspell's suggestion, and a machine without Hunspell gets one note.
import Foundation
import Testing

struct ProofreadingCommandTests {
    @Test func goodDraftsAreCleanWithEveryRule() throws {
        let result = try CLI.run(["--fail-on", "warning", "fixtures/good/"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("files linted: 0 errors, 0 warnings, 0 info\n"), "\(result.stdout)")
    }

    @Test func withoutDictionariesSpellingIsOffAndSaysSoOnce() throws {
        let result = try CLI.run(["--rules", "fixtures/spelling-off", "fixtures/good/", "fixtures/drafts/late-order-good.txt"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let notes = result.stderr.split(separator: "\n").filter { $0.contains("note: rule 'spelling' is off") }
        #expect(notes.count == 1, "\(result.stderr)")
        #expect(notes.first.map { $0.contains("no Hunspell dictionary") || $0.contains("libhunspell was not found") } == true)
        let quiet = try CLI.run(["--quiet", "--rules", "fixtures/spelling-off", "fixtures/good/"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func withoutDictionariesATypoIsNotAFailure() throws {
        let result = try CLI.run(["--rules", "fixtures/spelling-off", "-"], stdin: "Thanks, I have recieved your return.\n")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("[spelling]"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_US.dic"), "needs Hunspell's en_US dictionary"))
    func aTypoIsReportedWithASuggestion() throws {
        let result = try CLI.run(["--format", "json", "-"], stdin: "Thanks, I have recieved your return.\n")
        guard !result.stderr.contains("is off") else { return } // libhunspell itself is missing
        #expect(result.status == 1)
        let files = try #require(try CLI.json(result.stdout)["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let spelling = try #require(findings.first { $0["rule"] as? String == "spelling" })
        #expect(spelling["excerpt"] as? String == "recieved")
        #expect(spelling["suggestion"] as? String == "received")
        #expect(spelling["line"] as? Int == 1)
        #expect(spelling["column"] as? Int == 16)
    }
}
