// What the analyser takes for a question or a request in a customer's message.
import Testing
@testable import ReplyLintCore

struct QuestionExtractionTests {
    private func questions(_ message: String) throws -> [Question] {
        let linter = Linter(rules: Fixture.rules)
        let incoming = linter.analyze(try Fixture.document(message, path: "incoming.txt"))
        return Questions.extract(from: incoming, rules: Fixture.rules)
    }

    @Test func directQuestionsWithTheirWordAndExpectedAnswer() throws {
        let found = try questions("Hi, my lamp hasn't come. When will it arrive? How much was the shipping? Where is it now?")
        #expect(found.map(\.kind) == [.wh("when"), .wh("how much"), .wh("where")])
        #expect(found.map(\.expected) == [.time, .amount, .location])
        #expect(found.map(\.text) == ["When will it arrive?", "How much was the shipping?", "Where is it now?"])
    }

    @Test func severalQuestionsInOneSentence() throws {
        let found = try questions("When will it ship and can I change the delivery address to my office?")
        #expect(found.map(\.text) == ["When will it ship", "can I change the delivery address to my office?"])
        #expect(found.map(\.kind) == [.wh("when"), .yesNo])
        let list = try questions("A few questions: is the desk easy to assemble, what are the dimensions, and does it come in white?")
        #expect(list.map(\.text) == ["is the desk easy to assemble", "what are the dimensions", "does it come in white?"])
    }

    @Test func rangesPointAtTheTextInTheMessage() throws {
        let message = "Thanks for the quick reply. Could you tell me when the refund will arrive?"
        let question = try #require(try questions(message).first)
        let bytes = Array(message.utf8)
        #expect(String(decoding: bytes[question.range], as: UTF8.self) == question.text)
    }

    @Test func chatStyleWithoutQuestionMarks() throws {
        #expect(try questions("where is my order").map(\.kind) == [.wh("where")])
        #expect(try questions("how do i change my card details").map(\.kind) == [.wh("how")])
        #expect(try questions("can i pay with paypal").map(\.kind) == [.yesNo])
        #expect(try questions("any update??").map(\.kind) == [.status])
        #expect(try questions("hi\nordered a lamp last week\nstill not here\nany news").map(\.text) == ["any news"])
    }

    @Test func indirectQuestions() throws {
        let found = try questions("""
            I'd like to know when it will be delivered. Can you tell me how much the upgrade costs? \
            I was wondering if the vase is dishwasher safe. Please let me know whether I have to pay for postage.
            """)
        #expect(found.map(\.kind) == [.wh("when"), .wh("how much"), .yesNo, .yesNo])
        #expect(found.map(\.expected) == [.time, .amount, .yesNo, .yesNo])
    }

    @Test func requests() throws {
        for message in [
            "Please send a new label.", "I want a refund.", "Cancel my order.", "I need an invoice for order 5521.",
            "Can you replace it?", "I'd like a replacement pair please.", "want my money back", "please don't deliver on Friday",
            "I'm still waiting for my refund.",
        ] {
            let found = try questions(message)
            #expect(found.map(\.kind) == [.request], "\(message)")
        }
        #expect(try questions("Can I return it?").map(\.kind) == [.yesNo])
        #expect(try questions("I want to say thank you.").isEmpty)
    }

    @Test func complaintsAreToldFromRealQuestions() throws {
        for message in ["Why do I have to chase you every time?", "Are you kidding me?", "Is this how you treat customers?", "hello??"] {
            #expect(try questions(message).map(\.kind) == [.complaint], "\(message)")
        }
        let real = try questions("Why do I have to pay customs fees on a UK order?")
        #expect(real.map(\.kind) == [.wh("why")])
        #expect(real.first?.expected == .reason)
    }

    @Test func statementsThatLookLikeQuestions() throws {
        for message in [
            "When I opened the box, the glass was broken.", "How disappointing.", "What a lovely surprise!",
            "Let me know if you need anything else.", "Have a nice day", "Can't wait to try it!",
            "Please find attached my receipt.", "Thanks in advance!", "The parcel arrived this morning.",
            "Hi Sam, how are you?", "How's it going?", "Hope you're well.",
        ] {
            #expect(try questions(message).isEmpty, "\(message)")
        }
    }

    @Test func quotedTextIsNotTheCustomers() throws {
        let found = try questions("""
            Your email said "Have you tried charging it overnight?" Yes, and it still won't turn on. What now?

            > Could you confirm your new address?
            > Thanks, Sam
            """)
        #expect(found.map(\.text) == ["What now?"])
        let afterHeader = try questions("Thanks, that works.\n\nOn Mon, 3 Mar 2026, Sam wrote:\nCan you confirm your address?\n")
        #expect(afterHeader.isEmpty)
    }

    @Test func alternativesJoinedByOr() throws {
        let found = try questions("The handle snapped, can I get a refund or do I have to send it for repair?")
        #expect(found.count == 2)
        #expect(found[0].alternatives != nil && found[0].alternatives == found[1].alternatives)
    }

    @Test func noMessageNoQuestions() throws {
        #expect(try questions("Refund received, thank you!").isEmpty)
    }
}
