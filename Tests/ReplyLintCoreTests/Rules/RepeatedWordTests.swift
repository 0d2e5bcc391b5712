// Repeated words: "the the" and its kind, across line breaks, without false alarms on
// grammatical doubles, numbers and names.
import Testing
@testable import ReplyLintCore

struct RepeatedWordTests {
    private func repeated(_ text: String) throws -> [Finding] {
        try Fixture.lint(text).filter { $0.rule == "repeated-word" }
    }

    @Test func pointsAtBothWordsAndSuggestsOne() throws {
        let marked = Marked("I have sent 1️⃣the the label.")
        let found = try repeated(marked.text)
        #expect(found.map(\.start) == [marked[1]])
        #expect(found.first?.excerpt == "the the")
        #expect(found.first?.suggestion == "the")
        #expect(found.first?.message == "'the the': the word 'the' is written twice")
    }

    @Test func acrossALineBreak() throws {
        let marked = Marked("Your refund reaches 1️⃣the\nthe bank on Friday.")
        let found = try repeated(marked.text)
        #expect(found.map(\.start) == [marked[1]])
        #expect(found.first?.end == SourceLocation(line: 2, column: 4))
    }

    @Test func caseDoesNotHideIt() throws {
        #expect(try repeated("The the parcel is late.").map(\.excerpt) == ["The the"])
        #expect(try repeated("Don’t don't worry.").map(\.excerpt) == ["Don’t don't"])
    }

    @Test(arguments: [
        "She had had the lamp for a week.",
        "He said that that was the last one.",
        "What it is is a loose cable.",
        "Sizes 10 10 and 12 are in stock.",
        "We ship to Bora Bora.",
        "Your vinyl by The The ships today.",
        "The x-ray ray gun toy is back.",
        "It was the.\nThe parcel came.",
        "Thanks\n\nthanks again for the photos.",
        "Bye bye, slow deliveries.",
        "Margins of 1.0in 1.0in and 72pt 72pt.",
        "Call BucketResponse bucketResponse.",
    ])
    func notRepeatedWords(_ text: String) throws {
        #expect(try repeated(text).isEmpty, "\(text)")
    }

    @Test func threeInARowIsOneFinding() throws {
        #expect(try repeated("It is very very very late.").isEmpty)
        #expect(try repeated("We we we are sorry.").count == 1)
    }
}
