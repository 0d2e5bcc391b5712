// Readability: long sentences, the Flesch reading ease of longer drafts, and the simple
// syllable count behind it.
import Testing
@testable import ReplyLintCore

struct ReadabilityTests {
    private func readability(_ text: String) throws -> [Finding] {
        try Fixture.lint(text).filter { $0.rule == "readability" }
    }

    @Test(arguments: [
        ("the", 1), ("make", 1), ("store", 1), ("table", 2), ("people", 2), ("while", 1), ("refund", 2),
        ("refunded", 3), ("happy", 2), ("day", 1), ("yes", 1), ("free", 1), ("don't", 1), ("a", 1),
        ("delivery", 4), ("refundable", 4), ("parcel", 2), ("order", 2), ("Thursday", 2), ("e-mail", 2),
        ("QUEUE", 1), ("yellow", 2), ("café", 1), ("TABLE", 2),
    ])
    func syllables(_ word: String, _ expected: Int) {
        let bytes = Array(word.utf8)
        let counted = bytes.withUnsafeBufferPointer { Syllables.count($0, 0..<bytes.count) }
        #expect(counted == expected, "\(word)")
    }

    @Test func fleschOfPlainAndHardText() {
        // 10 words in 1 sentence with 12 syllables: 206.835 - 10.15 - 101.52.
        #expect(abs(Flesch.ease(words: 10, sentences: 1, syllables: 12) - 95.165) < 0.001)
        #expect(Flesch.ease(words: 100, sentences: 4, syllables: 190) < 50)
    }

    @Test func aLongSentenceIsReportedWithItsLength() throws {
        let words = (1...36).map { _ in "word" }.joined(separator: " ")
        let marked = Marked("Short one. 1️⃣\(words). Short again.")
        let found = try readability(marked.text)
        #expect(found.map(\.start) == [marked[1]])
        #expect(found.first?.message.hasPrefix("This sentence has 36 words") == true)
        #expect(found.first?.severity == .info)
    }

    @Test func thirtyFiveWordsIsFine() throws {
        let words = (1...35).map { _ in "word" }.joined(separator: " ")
        #expect(try readability(words + ".").isEmpty)
    }

    @Test func hardDraftPointsAtItsHardestSentence() throws {
        let hard = "Reorganisation necessitates comprehensive verification."
        let easy = "We sent it today. It should be there soon. Thank you for your note."
        let text = Array(repeating: easy, count: 6).joined(separator: " ") + " " + hard + " "
            + Array(repeating: "Consequently, international consignments occasionally require supplementary authorisation.", count: 6).joined(separator: " ")
        let found = try readability(text)
        #expect(found.count == 1)
        #expect(found.first?.excerpt == hard)
        #expect(found.first?.message.contains("Flesch reading ease") == true)
    }

    @Test func shortDraftsAreNotScored() throws {
        // Under 100 words the score says little, however long the words are.
        #expect(try readability("Consequently, international consignments occasionally require supplementary authorisation.").isEmpty)
    }
}
