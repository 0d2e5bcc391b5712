// Spelling with Hunspell: what is reported, what is left alone, and the suggestion. Skipped
// when libhunspell or its dictionaries are missing (the rule is off there, see
// SpellingAvailabilityTests).
import Dispatch
import Testing
@testable import ReplyLintCore

@Suite(.enabled(if: Fixture.rules.unavailableReason("spelling") == nil, "needs libhunspell and the en_US/en_GB dictionaries"))
struct SpellingTests {
    private func misspelt(_ text: String) throws -> [Finding] {
        try Fixture.lint(text).filter { $0.rule == "spelling" }
    }

    @Test func pointsAtTheWordWithHunspellsSuggestion() throws {
        let marked = Marked("Thanks, I have 1️⃣recieved the parcel and\n2️⃣teh label.")
        let found = try misspelt(marked.text)
        #expect(found.map(\.start) == [marked[1], marked[2]])
        #expect(found.map(\.suggestion) == ["received", "the"])
        #expect(found[0].message == "'recieved' is not in the en_US or en_GB dictionary: did you mean 'received'?")
        #expect(found[0].end == SourceLocation(line: 1, column: marked[1].column + 8))
    }

    @Test func aMissingApostropheIsRestored() throws {
        #expect(try misspelt("I dont know, but youre right.").map(\.suggestion) == ["don't", "you're"])
    }

    @Test func britishAndAmericanSpellingsBothPass() throws {
        #expect(try misspelt("The colour and the color, the favourite and the favorite, I organised and organized it, the centre and the center, we cancelled and canceled.").isEmpty)
    }

    @Test(arguments: [
        "Hi Priya, Kwame and Siobhan asked about order #A-10492.",
        "Your eBay, PayPal and iPhone receipts are here.",
        "The SKU XJ-9, model A10492 and the FAQ are attached.",
        "Visit https://northwind-goods.com/returns or write to help@northwind-goods.com.",
        "Follow @northwindgoods and #refundfriday for news.",
        "Use {{first_name}} in the template, and first_name in the CSV.",
        "Zoë ordered the crème brûlée set.",
        "The pre-order opens Monday; the checkout and the unboxing video are ready.",
        "Your bluetooth speaker ships on monday.",
        "Priya, thanks for writing.",
        "Kwame asked about the lamp.",
        "I don’t know yet, but it’s on its way.",
        "e.g. the i.e. and etc. cases.",
    ])
    func leftAlone(_ text: String) throws {
        #expect(try misspelt(text).isEmpty, "\(text)")
    }

    @Test func aTypoAtTheStartOfASentenceIsCaught() throws {
        #expect(try misspelt("Unfortunatly the parcel is late. Recieved your note.").map(\.excerpt) == ["Unfortunatly", "Recieved"])
    }

    @Test func aNameAtTheStartOfASentenceIsNot() throws {
        // Used with a capital inside a sentence elsewhere: a name.
        #expect(try misspelt("Kwame wrote to us. Then Kwame called.").isEmpty)
    }

    @Test func aPartOfACompoundIsJudgedWithIt() throws {
        #expect(try misspelt("A hassle-free, non-refundable pre-order.").isEmpty)
        #expect(try misspelt("A hasle-free return.").map(\.excerpt) == ["hasle"])
    }

    @Test func aDraftInAnotherLanguageIsNotJudged() throws {
        let spanish = "Gracias por tu mensaje. Tu pedido llegara el jueves y el reembolso ya esta en camino. Si tienes preguntas, escribenos y te ayudamos con gusto."
        #expect(try misspelt(spanish).isEmpty)
        // A short draft is always judged: one typo in five words is still a typo.
        #expect(try misspelt("Your parcle ships today.").map(\.excerpt) == ["parcle"])
    }

    @Test func onlyTheFirstFindingsOfADraftGetASuggestion() throws {
        let typos = (0..<30).map { "teh\(String(repeating: "x", count: $0 % 3)) parcle" }.joined(separator: " ")
        let text = "Thanks for writing. " + typos + " " + Array(repeating: "The label and the box are on their way to you today.", count: 20).joined(separator: " ")
        let found = try misspelt(text)
        #expect(found.count == 60)
        #expect(found.prefix(25).allSatisfy { $0.suggestion != nil })
        #expect(found.dropFirst(25).allSatisfy { $0.suggestion == nil })
    }

    @Test func aVeryLongTokenIsNotAWord() throws {
        #expect(try misspelt("Here is the code " + String(repeating: "q", count: 5000) + " for you.").isEmpty)
    }

    @Test func theVerdictIsTheSameForEveryDraftOfARun() throws {
        let first = try misspelt("We shipt it.").map(\.excerpt)
        let again = try misspelt("We shipt it again.").map(\.excerpt)
        #expect(first == ["shipt"])
        #expect(again == ["shipt"])
    }

    @Test func wordsInParallelDraftsShareOneChecker() throws {
        // Many drafts at once: the shared verdicts are safe across threads.
        let linter = Linter(rules: Fixture.rules)
        let texts = (0..<64).map { "Draft \($0): the parcle and the lable are here, and the refund is done." }
        let results = Slots<[String]>(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            let findings = (try? linter.lint(Fixture.document(texts[index]))) ?? []
            results[index] = findings.filter { $0.rule == "spelling" }.map(\.excerpt)
        }
        #expect(results.values.allSatisfy { $0 == ["parcle", "lable"] })
    }
}
