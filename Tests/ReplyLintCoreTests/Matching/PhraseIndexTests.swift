// The phrase automaton: one pass, whole words, alternatives, optional words and gaps.
import Testing
@testable import ReplyLintCore

struct PhraseIndexTests {
    /// Matches `patterns` (one list) against `text`; returns the matched texts.
    private func matches(_ patterns: [String], in text: String) throws -> [String] {
        var index = PhraseIndex()
        let list = index.addList(named: "test")
        for (number, pattern) in patterns.enumerated() { try index.add(pattern, to: list, item: number) }
        index.compile()
        let analysis = TextAnalysis(VisibleText(text), phrases: index)
        return analysis.hits(list).map { analysis.string(tokens: $0.tokenRange) }
    }

    @Test func alternativesAndOptionalWords() throws {
        let pattern = "(we|i) (sincerely)? apologize for (any|the) inconvenience"
        #expect(try matches([pattern], in: "We sincerely apologize for the inconvenience.") == ["We sincerely apologize for the inconvenience"])
        #expect(try matches([pattern], in: "I apologize for any inconvenience") == ["I apologize for any inconvenience"])
        #expect(try matches([pattern], in: "They apologize for any inconvenience").isEmpty)
    }

    @Test func whitespaceLineBreaksAndCurlyApostrophesAreNormalised() throws {
        #expect(try matches(["don't tell the customer"], in: "Don’t   tell\nthe customer") == ["Don’t   tell\nthe customer"])
    }

    @Test func wholeWordsOnly() throws {
        #expect(try matches(["u"], in: "you U-turn R&D u.s. 5u").isEmpty)
        #expect(try matches(["u"], in: "can u help") == ["u"])
        #expect(try matches(["k"], in: "5k runs, and k.") == ["k"])
    }

    @Test func gapAllowsAFewWordsInTheSameSentence() throws {
        let pattern = "contact ... yourself"
        #expect(try matches([pattern], in: "You can contact the courier yourself.") == ["contact the courier yourself"])
        #expect(try matches([pattern], in: "Please contact us. Do it yourself.").isEmpty)
        #expect(try matches([pattern], in: "contact one two three four five yourself").isEmpty)
    }

    @Test func punctuationInsidePhrasesIsMatchedAsTokens() throws {
        #expect(try matches(["100%"], in: "We are 100 % sure and 100% certain") == ["100 %", "100%"])
        #expect(try matches(["internal:"], in: "Internal: check stock") == ["Internal:"])
    }

    @Test func overlappingPhrasesAllReport() throws {
        let found = try matches(["sorry for", "for the trouble", "sorry for the trouble"], in: "sorry for the trouble")
        #expect(Set(found) == ["sorry for", "for the trouble", "sorry for the trouble"])
    }

    @Test func escapedCharactersAreLiteral() throws {
        #expect(try matches(["where is my order \\?"], in: "Where is my order?") == ["Where is my order?"])
    }

    @Test func syntaxErrorsAreReported() {
        for bad in ["(a|b", "a)", "? a", "... a", "(a ... b)"] {
            #expect(throws: PhraseSyntaxError.self) { _ = try matches([bad], in: "a b") }
        }
    }

    @Test func explodingPatternsAreRefused() {
        let group = "(a|b|c|d|e|f|g|h|i|j)"
        #expect(throws: PhraseSyntaxError.self) {
            _ = try matches([Array(repeating: group, count: 5).joined(separator: " ")], in: "a")
        }
    }
}
