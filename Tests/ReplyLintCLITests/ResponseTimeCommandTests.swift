// --sent-at and --channel as a user types them: late-response's two severities, and
// exit 2 with a one-line message for a value replylint cannot read.
import Foundation
import Testing

struct ResponseTimeCommandTests {
    static let draft = "fixtures/drafts/late-reply.txt"

    @Test func pastTheMaximumFailsTheRun() throws {
        let result = try CLI.run(["--sent-at", "2026-11-17T12:00:00Z", Self.draft])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("""
        \(Self.draft):1:1: warning: Reply sent 27 h after the customer wrote: past the 24 h maximum for messages [late-response]
        Hi Sam,
        ^~~~~~~
        """), "\(result.stdout)")
    }

    @Test func pastTheTargetIsANoteAndTheChannelChangesTheGoal() throws {
        let note = try CLI.run(["--sent-at", "2026-11-16T12:00:00+00:00", Self.draft])
        #expect(note.status == 0)
        #expect(note.stdout.contains("info: Reply sent 3 h after the customer wrote: past the 2 h target for messages (maximum 24 h) [late-response]"))
        let review = try CLI.run(["--sent-at", "2026-11-17T08:00:00Z", "--channel", "reviews", Self.draft])
        #expect(review.status == 0)
        #expect(!review.stdout.contains("late-response"), "\(review.stdout)")
    }

    @Test func aBadSentAtIsAUsageError() throws {
        let result = try CLI.run(["--sent-at", "next tuesday", Self.draft])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--sent-at: expected ISO 8601 like 2026-11-20T10:04:00Z"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aBadChannelIsAUsageError() throws {
        let result = try CLI.run(["--channel", "phone", Self.draft])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--channel"), "\(result.stderr)")
    }
}
