// The customer's name comes only from where a name stands: sign-off, "my name is", From header.
import Testing
@testable import ReplyLintCore

struct CustomerNameTests {
    func name(_ text: String, from: String? = nil) throws -> CustomerName? {
        var document = try Fixture.document(text, path: "incoming.txt")
        document.headers.from = from
        return CustomerName.find(in: document, lexicon: try NameLexicon.embedded.get())
    }

    @Test(arguments: [
        ("Where is it?\n\nThanks,\nPriya", "Priya"),
        ("Where is it?\n\nKind regards,\nPriya Nair\nAcme Ltd\n+44 20 7946 0000", "Priya"),
        ("Does it come in navy? Cheers, Tom", "Tom"),
        ("Can you fix it? Lena", "Lena"),
        ("I love it! Highly recommend.\n\nNina x", "Nina"),
        ("hey where is my package?\n\n- Dev", "Dev"),
        ("My name is Sofia Reyes and my order is late.", "Sofia"),
        ("Thanks for your help.\nMarco", "Marco"),
    ])
    func findsTheName(_ text: String, _ expected: String) throws {
        #expect(try name(text)?.first == expected)
    }

    @Test func fromHeaderDisplayName() throws {
        #expect(try name("Where is my order?", from: "Grace Obi <grace@example.com>")?.first == "Grace")
        #expect(try name("Where is my order?", from: "\"Lind, Bea\" <bea@example.com>")?.first == "Bea")
        #expect(try name("Where is my order?", from: "grace@example.com") == nil)
        #expect(try name("Where is my order?", from: "Customer Service <cs@example.com>") == nil)
    }

    @Test(arguments: [
        "The Paris lamp arrived broken. London is so far.",
        "Is the Milan sofa in stock?",
        "My order arrived broken. Amazing.",
        "Where is my order?\n\nThanks!",
        "Thanks,\n{{#x}}",
        "It is for my husband Jack. Can you gift wrap it?",
    ])
    func neverGuessesFromOtherWords(_ text: String) throws {
        #expect(try name(text) == nil)
    }

    @Test func shortFormsAreTheSamePerson() throws {
        let lexicon = try NameLexicon.embedded.get()
        #expect(lexicon.sameName("Bob", "Robert"))
        #expect(lexicon.sameName("kate", "Katherine"))
        #expect(!lexicon.sameName("Kate", "Robert"))
    }
}
