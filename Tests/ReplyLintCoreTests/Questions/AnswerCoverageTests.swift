// Whether a draft addresses a question: the question's point, next to the kind of answer it needs.
import Testing
@testable import ReplyLintCore

struct AnswerCoverageTests {
    private func answered(_ message: String, by draft: String) throws -> [Bool] {
        let linter = Linter(rules: Fixture.rules)
        let incoming = linter.analyze(try Fixture.document(message, path: "incoming.txt"))
        let coverage = AnswerCoverage(draft: linter.analyze(try Fixture.document(draft)), rules: Fixture.rules)
        return Questions.extract(from: incoming, rules: Fixture.rules).map { coverage.check($0).answered }
    }

    @Test func whenWantsADayOrASpan() throws {
        let question = "My blender hasn't arrived. When will it get here?"
        #expect(try answered(question, by: "Your blender is with the courier and will be delivered on Friday.") == [true])
        #expect(try answered(question, by: "The courier expects to deliver it within 2 business days.") == [true])
        #expect(try answered(question, by: "Your blender is with the courier, who will deliver it as soon as possible.") == [false])
    }

    @Test func howMuchWantsAnAmount() throws {
        let question = "How much is shipping to Ireland?"
        #expect(try answered(question, by: "Shipping to Ireland is €9.95.") == [true])
        #expect(try answered(question, by: "Shipping to Ireland is free on orders over €50.") == [true])
        #expect(try answered(question, by: "Shipping to Ireland is fast and fully tracked.") == [false])
    }

    @Test func whereWantsAWhereabouts() throws {
        let question = "where is my parcel"
        #expect(try answered(question, by: "Your parcel is at the DPD depot in Leeds.") == [true])
        #expect(try answered(question, by: "Your parcel's tracking number is JD014600003823.") == [true])
        #expect(try answered(question, by: "Thanks for getting in touch about your parcel!") == [false])
    }

    @Test func aFirmNoAnswersAYesNoQuestion() throws {
        let question = "Is the blue vase dishwasher safe?"
        #expect(try answered(question, by: "It isn't dishwasher safe, I'm afraid; please wash it by hand.") == [true])
        // A plain statement about one of its points does not answer it.
        #expect(try answered(question, by: "Our vases are hand-glazed in our Devon studio.") == [false])
    }

    @Test func aRequestWantsSomethingDoneOrPromised() throws {
        let request = "Please send a replacement kettle."
        #expect(try answered(request, by: "I've sent a replacement kettle by express today.") == [true])
        #expect(try answered(request, by: "I'll send the replacement kettle tomorrow morning.") == [true])
        #expect(try answered(request, by: "We're sorry the kettle failed. Our kettles have a two-year warranty.") == [false])
        // Saying what could be done is not doing it; declining is an answer.
        #expect(try answered("Please cancel my order.", by: "Orders can be cancelled within 24 hours of purchase.") == [false])
        #expect(try answered("Please cancel my order.", by: "Unfortunately your order has already left, so we can't cancel it.") == [true])
        // A request for a thing is answered by the thing.
        #expect(try answered("pls send me the tracking number", by: "Here you go: 1Z999AA10123456784.") == [true])
        #expect(try answered("pls send me the tracking number", by: "Your tracking number is 9400111899223817.") == [true])
    }

    @Test func synonymsAndStemsCarryTheMeaning() throws {
        // "money back" is a refund; "refunded" is "refund".
        #expect(try answered("I want my money back.", by: "I've refunded the $40 to your card.") == [true])
        #expect(try answered("Can I swap it for a large?", by: "Yes, I've set up an exchange for the large.") == [true])
    }

    @Test func alternativesAnsweredByOne() throws {
        let linter = Linter(rules: Fixture.rules)
        let incoming = linter.analyze(try Fixture.document("The handle snapped. Can I get a refund or do I have to send it for repair?"))
        let draft = linter.analyze(try Fixture.document("I've refunded the full £120 to your card today."))
        let questions = Questions.extract(from: incoming, rules: Fixture.rules)
        #expect(questions.count == 2)
        #expect(AnswerCoverage(draft: draft, rules: Fixture.rules).unanswered(questions).isEmpty)
    }

    @Test func aComplaintIsAnsweredByAnAcknowledgement() throws {
        let complaint = "Why do I have to chase you every time?"
        #expect(try answered(complaint, by: "I'm sorry you had to write again. Your order left today.") == [true])
        #expect(try answered(complaint, by: "Your order left today.") == [false])
    }

    @Test func theAnsweringSentenceIsGiven() throws {
        let linter = Linter(rules: Fixture.rules)
        let incoming = linter.analyze(try Fixture.document("When will my order arrive?"))
        let text = "Hi Sam,\n\nThanks for writing. Your order will arrive on Friday.\n"
        let draft = linter.analyze(try Fixture.document(text))
        let question = try #require(Questions.extract(from: incoming, rules: Fixture.rules).first)
        let coverage = AnswerCoverage.check(question, draft: draft, rules: Fixture.rules)
        let range = try #require(coverage.evidence)
        #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "Your order will arrive on Friday.")
    }
}
