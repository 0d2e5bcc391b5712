// `replylint tone` and tone in `replylint lint --incoming`, run as a user runs them.
import Foundation
import Testing

struct ToneCommandTests {
    @Test func textShowsTheLabelAndTheCuesWithTheirPlaces() throws {
        let result = try CLI.run(["tone", "fixtures/incoming/third-time.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("fixtures/incoming/third-time.txt: upset (valence -") == true)
        #expect(lines.contains { $0.contains("3:1") && $0.contains("repeat-contact") && $0.contains("This is the THIRD time") })
        #expect(lines.contains { $0.contains("3:13") && $0.contains("caps") && $0.hasSuffix("THIRD") })
    }

    @Test func jsonFollowsTheContract() throws {
        let result = try CLI.run(["tone", "fixtures/incoming/third-time.txt", "--format", "json"])
        #expect(result.status == 0)
        let json = try CLI.json(result.stdout)
        #expect(json["label"] as? String == "upset")
        let valence = try #require(json["valence"] as? Double)
        let intensity = try #require(json["intensity"] as? Double)
        #expect(valence >= -1 && valence < -0.4)
        #expect(intensity > 0 && intensity <= 1)
        let cues = try #require(json["cues"] as? [[String: Any]])
        #expect(cues.contains { $0["cue"] as? String == "repeat-contact" && $0["excerpt"] as? String == "This is the THIRD time" })
        #expect(cues.allSatisfy { $0["line"] is Int && $0["column"] is Int })
    }

    @Test func positiveAndNeutralMessages() throws {
        let praise = try CLI.json(try CLI.run(["tone", "fixtures/incoming/praise.txt", "--format", "json"]).stdout)
        #expect(praise["label"] as? String == "positive")
        let question = try CLI.json(try CLI.run(["tone", "fixtures/incoming/question.txt", "--format", "json"]).stdout)
        #expect(question["label"] as? String == "neutral")
        let sarcastic = try CLI.run(["tone", "fixtures/incoming/sarcastic.txt"])
        #expect(sarcastic.stdout.contains(": upset ("))
        #expect(sarcastic.stdout.contains("sarcasm"))
    }

    @Test func standardInputIsRead() throws {
        let result = try CLI.run(["tone", "-", "--format", "json"], stdin: "I'm filing a chargeback with my bank.")
        #expect(result.status == 0)
        #expect(try CLI.json(result.stdout)["label"] as? String == "upset")
    }

    @Test func badInputExitsWith2AndNamesTheFile() throws {
        let missing = try CLI.run(["tone", "fixtures/incoming/nope.txt"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "replylint: fixtures/incoming/nope.txt: no such file\n")

        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt")
        try Data("  \n".utf8).write(to: empty)
        let blank = try CLI.run(["tone", empty.path])
        #expect(blank.status == 2)
        #expect(blank.stderr.contains("\(empty.path): empty"))

        let binary = directory.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x00, 0x01]).write(to: binary)
        #expect(try CLI.run(["tone", binary.path]).status == 2)

        let format = try CLI.run(["tone", "fixtures/incoming/praise.txt", "--format", "xml"])
        #expect(format.status == 2)
        #expect(try CLI.run(["tone"]).status == 2)
    }

    @Test func lintReportsAToneMismatchInText() throws {
        let result = try CLI.run(["fixtures/drafts/tone-breezy.txt", "--incoming", "fixtures/incoming/third-time.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "fixtures/drafts/tone-breezy.txt:3:1: warning: Customer is upset (repeat contact, punctuation, caps); 'No worries' sounds breezy [tone-mismatch]"
        ))
        #expect(result.stdout.contains("no acknowledgement"))
    }

    @Test func lintJSONCarriesTheFindingAndBothTones() throws {
        let result = try CLI.run(["fixtures/drafts/tone-curt.txt", "--incoming", "fixtures/incoming/praise.txt", "--format", "json"])
        #expect(result.status == 1)
        let files = try #require(try CLI.json(result.stdout)["files"] as? [[String: Any]])
        let file = try #require(files.first)
        let findings = try #require(file["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "tone-mismatch" })
        #expect(finding["line"] as? Int == 3)
        #expect(finding["column"] as? Int == 1)
        #expect(finding["excerpt"] as? String == "Thanks, noted.")
        #expect((finding["message"] as? String)?.contains("positive") == true)
        let tone = try #require(file["tone"] as? [String: [String: String]])
        #expect(tone["incoming"]?["label"] == "positive")
        #expect(tone["draft"]?["label"] != nil)
    }

    @Test func aWarmReplyPassesAndToneIsOnlyReportedWithACustomerMessage() throws {
        let warm = try CLI.run(["fixtures/drafts/tone-warm.txt", "--incoming", "fixtures/incoming/praise.txt", "--format", "json"])
        #expect(warm.status == 0)
        let files = try #require(try CLI.json(warm.stdout)["files"] as? [[String: Any]])
        #expect((files.first?["tone"] as? [String: [String: String]])?["draft"]?["label"] == "positive")

        let alone = try CLI.run(["fixtures/drafts/tone-breezy.txt", "--format", "json"])
        let aloneFiles = try #require(try CLI.json(alone.stdout)["files"] as? [[String: Any]])
        #expect(aloneFiles.first?["tone"] == nil)
        #expect(!alone.stdout.contains("tone-mismatch"))
    }

    @Test func aMissingIncomingMessageExitsWith2() throws {
        let result = try CLI.run(["fixtures/drafts/tone-breezy.txt", "--incoming", "fixtures/incoming/gone.txt"])
        #expect(result.status == 2)
        #expect(result.stderr == "replylint: fixtures/incoming/gone.txt: no such file\n")
    }
}
