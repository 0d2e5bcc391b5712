// late-response: which dates it compares, the two severities, the channel (given,
// inferred, or with goals from LintOptions), and the durations and instants it reads.
import Testing
@testable import ReplyLintCore

struct ResponseTimeTests {
    static let quoted = "Hi Sam,\n\nThe jacket comes in navy in every size.\n\nBest,\nJo\n\nOn Mon, 16 Nov 2026 at 09:00, Sam <sam@example.com> wrote:\n> Does the jacket come in navy?"

    func late(_ draft: String, sentAt: String?, channel: SupportChannel? = nil, times: [SupportChannel: ResponseTime] = [:]) throws -> [Finding] {
        var options = LintOptions()
        options.sentAt = sentAt.flatMap(ISO8601Date.parse)
        options.channel = channel
        options.responseTimes = times
        return Linter(rules: Fixture.rules, options: options).lint(try Fixture.document(draft)).filter { $0.rule == "late-response" }
    }

    @Test func pastTheMaximumIsAWarningAtTheFirstLine() throws {
        let found = try late(Self.quoted, sentAt: "2026-11-17T11:00:00Z")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.start == SourceLocation(line: 1, column: 1))
        #expect(found.first?.message == "Reply sent 26 h after the customer wrote: past the 24 h maximum for messages")
    }

    @Test func pastTheTargetOnlyIsANote() throws {
        let found = try late(Self.quoted, sentAt: "2026-11-16T12:30:00Z")
        #expect(found.first?.severity == .info)
        #expect(found.first?.message == "Reply sent 3 h 30 min after the customer wrote: past the 2 h target for messages (maximum 24 h)")
        #expect(try late(Self.quoted, sentAt: "2026-11-16T10:59:00Z").isEmpty)
    }

    @Test func theDraftsDateHeaderIsUsedUnlessSentAtIsGiven() throws {
        let dated = "From: Jo <jo@shop.example>\nDate: Mon, 16 Nov 2026 10:00:00 +0000\nSubject: Re: navy\n\n" + Self.quoted
        #expect(try late(dated, sentAt: nil).isEmpty)
        #expect(try late(dated, sentAt: "2026-11-18T09:00:00Z").first?.severity == .warning)
    }

    @Test func withoutADateOnTheCustomersMessageNothingIsSaid() throws {
        #expect(try late("Hi Sam,\n\nYes, in navy.\n\n> Does the jacket come in navy?", sentAt: "2027-01-01T00:00:00Z").isEmpty)
    }

    @Test func theChannelIsGivenOrInferred() throws {
        // 30 hours: late for messages and issues, within the maximum for reviews and returns.
        let sentAt = "2026-11-17T15:00:00Z"
        #expect(try late(Self.quoted, sentAt: sentAt, channel: .reviews).first?.severity == .info)
        let returning = Self.quoted.replacingOccurrences(of: "Does the jacket come in navy?", with: "I'd like to return the jacket.")
        #expect(try late(returning, sentAt: sentAt).first?.message.contains("for returns") == true)
        let broken = Self.quoted.replacingOccurrences(of: "Does the jacket come in navy?", with: "The zip doesn't work and the lining is torn.")
        #expect(try late(broken, sentAt: sentAt).first?.message.contains("for issues") == true)
    }

    @Test func goalsFromTheOptionsReplaceTheRuleFiles() throws {
        let relaxed = [SupportChannel.messages: ResponseTime(target: 48 * 3600, maximum: 72 * 3600)]
        #expect(try late(Self.quoted, sentAt: "2026-11-17T11:00:00Z", times: relaxed).isEmpty)
    }

    @Test func durationsAndTheirDescriptions() {
        #expect(ResponseTime.seconds("2h") == 7200)
        #expect(ResponseTime.seconds("30 m") == 1800)
        #expect(ResponseTime.seconds("2d") == 172_800)
        #expect(ResponseTime.seconds("90 minutes") == 5400)
        #expect(ResponseTime.seconds("soon") == nil)
        #expect(ResponseTime.seconds("2 weeks") == nil)
        #expect(ResponseTime.describe(45 * 60) == "45 min")
        #expect(ResponseTime.describe(26 * 3600) == "26 h")
        #expect(ResponseTime.describe(76 * 3600) == "3 days 4 h")
    }

    @Test func iso8601Instants() {
        let base = ISO8601Date.parse("2026-11-20T10:04:00Z")
        #expect(base == MailDate.parse("Fri, 20 Nov 2026 10:04:00 +0000"))
        #expect(ISO8601Date.parse("2026-11-20T11:04:00+01:00") == base)
        #expect(ISO8601Date.parse("2026-11-20T05:04-0500") == base)
        #expect(ISO8601Date.parse("2026-11-20T10:04:00.250Z") == base)
        #expect(ISO8601Date.parse("2026-11-20T10:04") == base)
        #expect(ISO8601Date.parse("2026-11-20") == base.map { $0 - 10 * 3600 - 4 * 60 })
        for bad in ["", "tomorrow", "20/11/2026", "2026-11-31T10:00:00Z", "2026-11-20T25:00Z", "2026-11-20T10:04:00Zjunk", "2026-11-20T10:04+1"] {
            #expect(ISO8601Date.parse(bad) == nil, "\(bad)")
        }
    }
}
