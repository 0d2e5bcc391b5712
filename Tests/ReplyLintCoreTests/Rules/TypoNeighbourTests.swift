// The fast suggestion for a typo: the single common word one slip away, with the typo's
// capital kept; nothing when the slip could lead to more than one word.
import Testing
@testable import ReplyLintCore

struct TypoNeighbourTests {
    private func suggestion(_ word: String) -> String? {
        TypoNeighbour.suggestion(for: word, in: CommonWords.embedded)
    }

    @Test func eachKindOfSlipFindsTheWord() {
        #expect(suggestion("beleive") == "believe")   // swapped
        #expect(suggestion("replacment") == "replacement")   // dropped
        #expect(suggestion("occured") == "occurred")   // dropped
        #expect(suggestion("untill") == "until")   // doubled
        #expect(suggestion("definately") == "definitely")   // changed
    }

    @Test func aCapitalIsKept() {
        #expect(suggestion("Beleive") == "Believe")
        #expect(suggestion("Unfortunatly") == "Unfortunately")
    }

    @Test func twoNeighboursMeanNoAnswer() {
        // "teh" is one slip from "the", "tea", "ten", "eh", ...; "recieved" from "received"
        // and "relieved": Hunspell decides.
        #expect(suggestion("teh") == nil)
        #expect(suggestion("recieved") == nil)
        #expect(suggestion("ths") == nil)
    }

    @Test func onlyPlainWordsAreTried() {
        #expect(suggestion("rEcieved") == nil)
        #expect(suggestion("x1y") == nil)
        #expect(suggestion("ab") == nil)
        #expect(suggestion("qqqqqqqq") == nil)
    }

    @Test func everySlipIsGenerated() {
        let slips = Set(TypoNeighbour.slips(of: Array("ab".utf8)).map { String(decoding: $0, as: UTF8.self) })
        #expect(slips.isSuperset(of: ["ba", "a", "b", "xb", "ax", "xab", "axb", "abx"]))
        #expect(!slips.contains("ab"), "a slip changes the word")
    }
}
