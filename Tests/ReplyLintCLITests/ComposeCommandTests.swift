// `replylint compose`, run as a user runs it: text, json and html output, --set, exit statuses.
import Foundation
import Testing

struct ComposeCommandTests {
    static let late = "fixtures/compose/messages/late-01.txt"
    static let filled = [
        "--set", "agent_name=Jo", "--set", "tracking_number=1Z999AA10123456784", "--set", "delivery_date=Thursday 12 March",
    ]

    @Test func textShowsTheReplyThenTheGapsAndExitsOneWhileSlotsAreOpen() throws {
        let result = try CLI.run(["compose", "--incoming", Self.late])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Hi Priya,\n\n"))
        #expect(result.stdout.contains("order A-10492"))
        #expect(result.stdout.contains("[tracking number]"))
        let gaps = try #require(result.stdout.components(separatedBy: "\n---\n").last)
        #expect(gaps.contains("Slots to fill (--set NAME=VALUE):"))
        #expect(gaps.contains("  tracking_number: the parcel's tracking number"))
        #expect(gaps.contains("  agent_name: your name, for the sign-off"))
        #expect(gaps.contains("Not ready to send."))
    }

    @Test func filledReplyIsReadyAndExitsZero() throws {
        let result = try CLI.run(["compose", "--incoming", Self.late] + Self.filled)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("the tracking number is 1Z999AA10123456784"))
        #expect(result.stdout.contains("Best regards,\nJo\n"))
        #expect(!result.stdout.contains("["))
        #expect(result.stdout.contains("Ready to send."))
    }

    @Test func jsonFollowsTheContract() throws {
        let result = try CLI.run(["compose", "--incoming", Self.late, "--format", "json", "--set", "agent_name=Jo"])
        #expect(result.status == 1)
        let json = try CLI.json(result.stdout)
        #expect(json["intent"] as? String == "late-delivery")
        let intents = try #require(json["intents"] as? [[String: Any]])
        #expect(intents.first?["intent"] as? String == "late-delivery")
        #expect((intents.first?["confidence"] as? Double).map { $0 > 0.5 && $0 <= 1 } == true)
        #expect(json["escalate"] as? Bool == false)
        #expect(json["escalation"] is NSNull)
        let facts = try #require(json["facts"] as? [String: Any])
        #expect(facts["name"] as? String == "Priya")
        #expect(facts["order"] as? String == "A-10492")
        #expect((json["tone"] as? [String: Any])?["label"] as? String == "upset")
        #expect(json["template"] as? String == "late-delivery")
        #expect((json["reply"] as? String)?.hasPrefix("Hi Priya,") == true)
        let slots = try #require(json["slots"] as? [[String: Any]])
        #expect(slots.map { $0["name"] as? String } == ["tracking_number", "delivery_date", "agent_name"])
        #expect(slots.map { $0["filled"] as? Bool } == [false, false, true])
        let questions = try #require(json["questions"] as? [[String: Any]])
        #expect(questions.first?["text"] as? String == "Where is it?")
        #expect(questions.first?["answered"] as? Bool == true)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "placeholder" && $0["excerpt"] as? String == "[tracking number]" })
    }

    @Test func escalationInJsonAndText() throws {
        let path = "fixtures/compose/messages/esc-legal-03.txt"
        let json = try CLI.json(try CLI.run(["compose", "--incoming", path, "--format", "json"]).stdout)
        #expect(json["escalate"] as? Bool == true)
        #expect((json["escalation"] as? [String: Any])?["reason"] as? String == "legal")
        #expect(json["template"] as? String == "escalation")
        let text = try CLI.run(["compose", "--incoming", path])
        #expect(text.stdout.hasPrefix("ESCALATE (legal): the customer threatens legal action"))
    }

    @Test func htmlIsAnEscapedEmailBody() throws {
        let result = try CLI.run(["compose", "--incoming", Self.late, "--format", "html"] + Self.filled + ["--set", "agent_name=Jo <b>&</b>"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("<p>Hi Priya,</p>"))
        #expect(result.stdout.contains("Best regards,<br>\nJo &lt;b&gt;&amp;&lt;/b&gt;</p>"))
        #expect(result.stderr.isEmpty)
        let open = try CLI.run(["compose", "--incoming", Self.late, "--format", "html"])
        #expect(open.status == 1)
        #expect(open.stderr.contains("slots to fill: tracking_number, delivery_date, agent_name"))
    }

    @Test func standardInputIsRead() throws {
        let result = try CLI.run(["compose", "--incoming", "-", "--format", "json"], stdin: "Please cancel order 60012.\n\nThanks,\nEmma\n")
        let json = try CLI.json(result.stdout)
        #expect(json["intent"] as? String == "cancellation")
        #expect((json["facts"] as? [String: Any])?["name"] as? String == "Emma")
    }

    @Test func badInputExitsTwoWithOneLine() throws {
        let missing = try CLI.run(["compose", "--incoming", "fixtures/compose/no-such-file.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("replylint: fixtures/compose/no-such-file.txt:"))
        let unknown = try CLI.run(["compose", "--incoming", Self.late, "--set", "tracking_numbr=1Z"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--set tracking_numbr: this reply has no slot 'tracking_numbr'"))
        let malformed = try CLI.run(["compose", "--incoming", Self.late, "--set", "agent_name"])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("expected NAME=VALUE"))
        let noIncoming = try CLI.run(["compose"])
        #expect(noIncoming.status == 2)
    }

    @Test func lintReportsTheWrongNameAndEscalation() throws {
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("compose-wrong-name-\(getpid()).txt")
        try "Hi Sarah,\n\nI'm sorry about the wait. Your refund went out today.\n\nJo\n".write(to: draft, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: draft) }
        let result = try CLI.run(["lint", draft.path, "--incoming", "fixtures/compose/messages/esc-charge-01.txt", "--format", "json"])
        #expect(result.status == 1)
        let findings = try #require((try CLI.json(result.stdout)["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "customer-name" && $0["severity"] as? String == "warning" })
        #expect(findings.contains { $0["rule"] as? String == "escalate" && $0["severity"] as? String == "info" })
    }
}
