// What the tone analyser reads in a message: support-domain cues, modifiers,
// sarcasm, emphasis, and where each cue stands.
import Testing
@testable import ReplyLintCore

struct ToneAnalyzerTests {
    let analyzer = ToneAnalyzer(Fixture.rules.lexicons.tone)

    func score(_ text: String) -> ToneScore {
        analyzer.score(Fixture.analysis(text))
    }

    func cues(_ score: ToneScore, _ name: String) -> [String] {
        score.cues.filter { $0.cue == name }.map(\.excerpt)
    }

    @Test func repeatContactCapsAndPunctuationAreUpset() {
        // General sentiment tools call this neutral.
        let tone = score("This is the THIRD time I'm writing!!! Where is my order??")
        #expect(tone.label == .upset)
        #expect(tone.valence < -0.5)
        #expect(cues(tone, "repeat-contact") == ["This is the THIRD time"])
        #expect(cues(tone, "caps") == ["THIRD"])
        #expect(cues(tone, "punctuation") == ["!!!", "??"])
        #expect(tone.reasons().first == "repeat contact")
    }

    @Test func cueRangesPointAtTheirExcerpts() {
        let text = "Hello??? I've been waiting since May. Thanks for nothing."
        let analysis = Fixture.analysis(text)
        let tone = analyzer.score(analysis)
        #expect(!tone.cues.isEmpty)
        for cue in tone.cues {
            #expect(analysis.text.string(cue.range) == cue.excerpt)
        }
        #expect(cues(tone, "waiting-time") == ["been waiting", "since May"])
        #expect(cues(tone, "sarcasm") == ["Thanks for nothing"])
    }

    @Test func acronymsAndOrderCodesAreNotShouting() {
        let tone = score("My UPS and USPS tracking numbers are in the PDF, SKU AB-1234, order XJ-9920.")
        #expect(cues(tone, "caps").isEmpty)
        #expect(tone.label == .neutral)
    }

    @Test func capitalsWithoutPraiseAreUpsetAndWithPraiseAreWarm() {
        #expect(score("WHERE IS MY ORDER").label == .upset)
        let thanks = score("THANK YOU SO MUCH!!! My daughter loves it.")
        #expect(thanks.label == .positive)
        #expect(thanks.cues.allSatisfy { $0.weight > 0 })
    }

    @Test func namesWrittenInCapitalsAreNotShouting() {
        // A product name comes back; a code is longer than any word.
        let tone = score("The NOVA lamp is lovely. Does the NOVA come in white? Code GATTACAGATTACAGATTACAGATTACA.")
        #expect(cues(tone, "caps").isEmpty)
        #expect(!cues(score("I asked for a REFUND, not store credit."), "caps").isEmpty)
    }

    @Test func pastedHeadingsAreNotShouting() {
        #expect(cues(score("ORDER DETAILS: two mugs, one teapot."), "caps").isEmpty)
    }

    @Test func negationTurnsPraiseAround() {
        #expect(score("I'm happy with how this was handled.").label == .positive)
        let tone = score("I'm not happy with how this has been handled.")
        #expect(tone.label == .upset)
        #expect(cues(tone, "negation") == ["not happy"])
        #expect(score("Not bad at all, better than I expected.").label == .positive)
        #expect(score("Not urgent: could you tell me the ETA for the restock?").label == .neutral)
    }

    @Test func aRepeatThatDidNotHappenIsGoodNews() {
        let tone = score("Awesome! I haven't had another problem with it.")
        #expect(cues(tone, "repeat-contact").isEmpty)
        #expect(tone.label == .positive)
    }

    @Test func failuresThatNeverHappenedAreNegation() {
        let tone = score("My parcel never arrived and the refund still hasn't shown up.")
        #expect(tone.label == .upset)
        #expect(cues(tone, "negation") == ["never arrived", "still hasn't"])
    }

    @Test func sarcasmTurnsPraiseAroundOnlyInAComplaint() {
        let sarcastic = score("Wow, amazing service. My package has been stuck in your warehouse for two weeks.")
        #expect(sarcastic.label == .upset)
        #expect(cues(sarcastic, "sarcasm") == ["Wow, amazing"])
        let sincere = score("Wow, amazing service. It arrived in two days.")
        #expect(sincere.label == .positive)
        #expect(cues(sincere, "sarcasm").isEmpty)
        #expect(score("Fantastic. A second wrong item in the same order. Really impressive work.").label == .upset)
        #expect(score("Oh great, another delay. The tracking hasn't moved since Monday.").label == .upset)
        #expect(score("Oh, wonderful! It arrived early and it's lovely.").label == .positive)
    }

    @Test func praiseBesideAContrastIsNotSarcasm() {
        let tone = score("I love the colour but the zip broke after a day.")
        #expect(cues(tone, "sarcasm").isEmpty)
        #expect(tone.label != .positive)
    }

    @Test func threatsArePlainlyUpset() {
        for text in [
            "If I don't have my money back by Friday I'm filing a chargeback.",
            "I am reporting this to the BBB.",
            "My lawyer will be in touch.",
            "I'll be leaving a bad review.",
            "Never again.",
        ] {
            let tone = score(text)
            #expect(tone.label == .upset, "\(text)")
            #expect(!cues(tone, "threat").isEmpty, "\(text)")
        }
    }

    @Test func politeButUpsetIsUpset() {
        #expect(score("I have been a loyal customer for eight years and I expected better than this.").label == .upset)
        #expect(score("With respect, this is not the level of service I was promised.").label == .upset)
    }

    @Test func setPhrasesHoldNoTone() {
        // "great" inside "would be great", "problem" inside "no problem", "happy to" offering.
        for text in [
            "It would be great if you could send the invoice.",
            "No rush, I'm happy to wait for the restock.",
            "Kind regards, and hope you're well.",
        ] {
            #expect(score(text).label == .neutral, "\(text)")
        }
    }

    @Test func praiseInAQuestionCountsLess() {
        #expect(score("Would you be happy to ship to Ireland?").label == .neutral)
    }

    @Test func strongerWordsAreMoreIntense() {
        let mild = score("I'm a bit annoyed.")
        let strong = score("I'm absolutely furious!!! This is the fourth time I've written.")
        #expect(mild.intensity < strong.intensity)
        #expect(strong.valence < mild.valence)
    }

    @Test func emptyTextIsNeutral() {
        let tone = score("   ")
        #expect(tone.label == .neutral)
        #expect(tone.valence == 0)
        #expect(tone.intensity == 0)
        #expect(tone.cues.isEmpty)
    }

    @Test func theSignatureIsNotScored() throws {
        let body = "Thanks so much, the lamp is lovely.\n-- \nACME SUPPORT ROCKS!!! Never again miss a deal."
        let signature = body.utf8.count - "-- \nACME SUPPORT ROCKS!!! Never again miss a deal.".utf8.count
        let document = Document(
            path: "m.txt", format: .txt, source: SourceText(bytes: Array(body.utf8)), body: VisibleText(body),
            signatureStart: signature
        )
        let tone = analyzer.score(AnalyzedDocument(document, phrases: Fixture.rules.phrases))
        #expect(tone.label == .positive)
        #expect(tone.cues.allSatisfy { $0.range.upperBound <= signature })
    }
}
