// The phrase rules for the commandments that need only the draft: overpromise, profanity,
// internal-note and passing-the-buck. Positions, and the false alarms each one avoids.
import Testing
@testable import ReplyLintCore

struct CommandmentPhraseTests {
    private func findings(_ rule: String, _ text: String) throws -> [Finding] {
        try Fixture.lint(text).filter { $0.rule == rule }
    }

    // MARK: overpromise

    @Test func overpromisePointsAtThePromise() throws {
        let marked = Marked("I've sent it today, and 1️⃣it's guaranteed to arrive by Friday.")
        let found = try findings("overpromise", marked.text)
        #expect(found.map(\.start) == [marked[1]])
        #expect(found.first?.excerpt == "it's guaranteed to")
        #expect(found.first?.severity == .warning)
    }

    @Test(arguments: [
        "Our 30-day money-back guarantee covers the rug.",
        "I can't guarantee a date, but the courier expects Thursday.",
        "There is no guarantee the courier will call first.",
        "The towels are 100% cotton.",
        "I've issued a 100% refund.",
        "I immediately refunded the shipping fee.",
        "I called the bank immediately after your message.",
        "We're always happy to help.",
        "The lamp has a lifetime warranty.",
        "I can't promise it will be back in stock, but I've added you to the list.",
    ])
    func overpromiseFalseAlarms(_ text: String) throws {
        #expect(try findings("overpromise", text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "It will arrive tomorrow for sure.", "I'm 100 percent sure it ships today.", "That won't ever happen again.",
        "Your bank will release the funds immediately.", "The parcel will definitely be there on Monday.",
        "It will never break.", "We promise it fits.", "The new one will always arrive on time.",
    ])
    func overpromiseCatches(_ text: String) throws {
        #expect(try findings("overpromise", text).count == 1, "\(text)")
    }

    // MARK: profanity

    @Test func profanityIsAnErrorAtTheWord() throws {
        let marked = Marked("The tracking page is 1️⃣bullshit.")
        let found = try findings("profanity", marked.text)
        #expect(found.map(\.start) == [marked[1]])
        #expect(found.first?.severity == .error)
    }

    @Test(arguments: [
        "Thanks for the assessment.", "We deliver to Scunthorpe and Essex.", "The cocktail glasses shipped.",
        "Our first-class service.", "The passage on page 4.", "A Dickens box set.", "Hello there!", "Grape juice.",
        "The door knob and the tennis balls.", "Hi Dick, your order shipped.", "We shut up shop at 5pm.",
        "Cockpit, Sussex, Middlesex, shitake? No: shiitake.", "Massachusetts and Assam tea.",
    ])
    func profanityScunthorpeProblemsDoNotFire(_ text: String) throws {
        #expect(try findings("profanity", text).isEmpty, "\(text)")
    }

    @Test(arguments: ["What the f*ck.", "You absolute pillock.", "He is a total dick.", "Are you stupid?", "Kiss my arse."])
    func profanityCensoredAndInsults(_ text: String) throws {
        #expect(try findings("profanity", text).count == 1, "\(text)")
    }

    // MARK: internal-note

    @Test func internalNoteCapitalsOnlyForTodo() throws {
        let marked = Marked("Your label is attached.\n1️⃣TODO check the address.")
        #expect(try findings("internal-note", marked.text).map(\.start) == [marked[1]])
        #expect(try findings("internal-note", "Add it to your todo list.").isEmpty)
        #expect(try findings("internal-note", "Todo: nothing more.").isEmpty)
    }

    @Test(arguments: [
        "Note to self: refund on Monday.", "Internal note - customer is upset.", "@team please check stock.",
        "cc @legal", "Don't mention the recall to the customer.", "FIXME: link.", "Per Slack, approve it.",
        "[[macro:refund-policy]]", "(internal) approved by Sam.", "TBC by finance.",
    ])
    func internalNoteCatches(_ text: String) throws {
        #expect(try findings("internal-note", text).count == 1, "\(text)")
    }

    @Test(arguments: [
        "As per our chat this morning, here is your label.", "The internal battery is covered.",
        "Email us at team@example.com.", "Please never share your password with anyone, even our customer service team.",
        "Your delivery date is TBC, and I'll confirm it by Friday.", "I've added a note to your order.",
    ])
    func internalNoteFalseAlarms(_ text: String) throws {
        #expect(try findings("internal-note", text).isEmpty, "\(text)")
    }

    // MARK: passing-the-buck

    @Test func passingTheBuckPointsAtThePhrase() throws {
        let marked = Marked("Sorry, but 1️⃣you'll have to contact the courier yourself.")
        let found = try findings("passing-the-buck", marked.text)
        #expect(found.map(\.start) == [marked[1]])
    }

    @Test(arguments: [
        "I'll contact the courier for you today.", "I'll take it up with the manufacturer.",
        "We've taken this up with the seller.", "Contact us if you find yourself waiting.",
        "Your bank may take 5 days to show it.", "There's nothing you need to do.",
        "Is there anything else I can do for you?",
    ])
    func passingTheBuckFalseAlarms(_ text: String) throws {
        #expect(try findings("passing-the-buck", text).isEmpty, "\(text)")
    }
}
