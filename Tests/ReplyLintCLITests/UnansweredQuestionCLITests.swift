// `replylint DRAFT --incoming MESSAGE` as a user runs it: unanswered questions in text
// and JSON, the note pointing into the customer's message, and the exit statuses.
import Foundation
import Testing

struct UnansweredQuestionCLITests {
    static let incoming = "fixtures/incoming/sofa-questions.txt"

    @Test func textReportNamesTheQuestionAndPointsIntoTheIncomingFile() throws {
        let result = try CLI.run(["fixtures/drafts/sofa-partial.txt", "--incoming", Self.incoming])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains(
            "fixtures/drafts/sofa-partial.txt:1:1: error: The customer asked \"Can the driver carry it upstairs?\" and the draft does not answer it [unanswered-question]"
        ))
        #expect(lines.contains("fixtures/incoming/sofa-questions.txt:4:50: note: the customer asks this here"))
        #expect(lines.contains(
            "fixtures/drafts/sofa-partial.txt:1:1: error: The customer asked for \"please take away my old sofa.\" and the draft does not address it [unanswered-question]"
        ))
        #expect(lines.contains("fixtures/incoming/sofa-questions.txt:7:7: note: the customer asks for this here"))
        // The question that was answered ("When exactly will it be delivered?") is not reported.
        #expect(!result.stdout.contains("When exactly"))
        #expect(result.stdout.contains("1 file linted: 2 errors"))
    }

    @Test func jsonReportCarriesTheRelatedLocation() throws {
        let result = try CLI.run(["--format", "json", "fixtures/drafts/sofa-partial.txt", "--incoming", Self.incoming])
        #expect(result.status == 1)
        let files = try #require(try CLI.json(result.stdout)["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]]).filter { $0["rule"] as? String == "unanswered-question" }
        #expect(findings.count == 2)
        let first = try #require(findings.first)
        #expect(first["severity"] as? String == "error")
        #expect(first["line"] as? Int == 1)
        #expect(first["column"] as? Int == 1)
        let related = try #require(first["related"] as? [String: Any])
        #expect(related["path"] as? String == Self.incoming)
        #expect(related["line"] as? Int == 4)
        #expect(related["column"] as? Int == 50)
    }

    @Test func noFindingWhenEverythingIsAnswered() throws {
        let result = try CLI.run(["fixtures/drafts/sofa-answered.txt", "--incoming", Self.incoming])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("unanswered-question"))
        let json = try CLI.run(["--format", "json", "fixtures/drafts/sofa-answered.txt", "--incoming", Self.incoming])
        let files = try #require(try CLI.json(json.stdout)["files"] as? [[String: Any]])
        #expect((files.first?["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func withoutTheIncomingMessageThereIsNothingToCompare() throws {
        let result = try CLI.run(["fixtures/drafts/sofa-partial.txt"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("unanswered-question"))
    }

    @Test func theDraftMayComeFromStandardInput() throws {
        let draft = try String(contentsOfFile: CLI.root.appendingPathComponent("fixtures/drafts/sofa-partial.txt").path, encoding: .utf8)
        let result = try CLI.run(["-", "--incoming", Self.incoming], stdin: draft)
        #expect(result.status == 1)
        #expect(result.stdout.contains("<stdin>:1:1: error: The customer asked \"Can the driver carry it upstairs?\""))
    }

    @Test func exitStatuses() throws {
        let never = try CLI.run(["fixtures/drafts/sofa-partial.txt", "--incoming", Self.incoming, "--fail-on", "never"])
        #expect(never.status == 0)
        let disabled = try CLI.run(["fixtures/drafts/sofa-partial.txt", "--incoming", Self.incoming, "--disable", "unanswered-question"])
        #expect(disabled.status == 0)
        let missing = try CLI.run(["fixtures/drafts/sofa-partial.txt", "--incoming", "fixtures/incoming/nowhere.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("fixtures/incoming/nowhere.txt"))
        #expect(missing.stdout.isEmpty)
    }
}
