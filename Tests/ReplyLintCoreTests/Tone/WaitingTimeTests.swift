// Waits the customer complains about, and durations that are plans or praise.
import Testing
@testable import ReplyLintCore

struct WaitingTimeTests {
    let analyzer = ToneAnalyzer(Fixture.rules.lexicons.tone)

    func waits(_ text: String) -> [String] {
        analyzer.score(Fixture.analysis(text)).cues.filter { $0.cue == "waiting-time" }.map(\.excerpt)
    }

    @Test func waitsAreFound() {
        #expect(waits("I ordered it 3 weeks ago.") == ["3 weeks ago"])
        #expect(waits("It's been over a month.") == ["over a month"])
        #expect(waits("I've been waiting since May for my refund.").contains("since May"))
        #expect(waits("The tracking hasn't moved since last Tuesday.") == ["since last Tuesday"])
        #expect(waits("I've been chasing this for days.") == ["been chasing", "for days"])
        #expect(waits("It's been 10 business days.") == ["been 10 business days"])
        #expect(waits("Almost two months now and nothing.") == ["Almost two months now"])
        #expect(waits("I unsubscribed weeks ago.") == ["weeks ago"])
        #expect(waits("A couple of weeks ago you promised a call.") == ["A couple of weeks ago"])
    }

    @Test func plansAndOwnershipAreNotWaits() {
        #expect(waits("Will it arrive in 3 days?").isEmpty)
        #expect(waits("Delivery takes 3-5 days, right?").isEmpty)
        #expect(waits("I'll be away for two weeks from the 10th.").isEmpty)
        #expect(waits("Please reply within 48 hours.").isEmpty)
        #expect(waits("I've had it for two weeks and it works fine.").isEmpty)
        #expect(waits("I've been a customer for 6 years.").isEmpty)
        #expect(waits("No movement since yesterday.").isEmpty)
        #expect(waits("It only took 2 days to arrive.").isEmpty)
    }

    @Test func aWaitBesidePraiseIsNoGrievance() {
        let tone = analyzer.score(Fixture.analysis("It's been two weeks and I still love it."))
        #expect(tone.label == .positive)
        #expect(waits("It's been two weeks and I still love it.").isEmpty)
    }

    @Test func longerWaitsWeighMore() {
        func weight(_ text: String) -> Double {
            analyzer.score(Fixture.analysis(text)).cues.first { $0.cue == "waiting-time" }?.weight ?? 0
        }
        #expect(weight("I ordered it 2 months ago.") < weight("I ordered it 3 days ago."))
        // A wait alone is not enough to call a customer upset.
        #expect(analyzer.score(Fixture.analysis("I ordered two weeks ago. Is it still on track?")).label == .neutral)
    }
}
