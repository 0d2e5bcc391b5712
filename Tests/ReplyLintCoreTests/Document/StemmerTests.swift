// Porter's own examples, and the support words the question analyser leans on.
import Testing
@testable import ReplyLintCore

struct StemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"),
        ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
        ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"), ("falling", "fall"), ("hissing", "hiss"),
        ("failing", "fail"), ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"),
        ("conditional", "condit"), ("rational", "ration"), ("generalization", "gener"), ("adoption", "adopt"),
    ])
    func porterExamples(_ word: String, _ stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    @Test func formsOfOneWordMeet() {
        #expect(Set(["arrived", "arrives", "arrival", "arriving", "arrive"].map(Stemmer.stem)).count == 1)
        #expect(Set(["refund", "refunds", "refunded", "refunding"].map(Stemmer.stem)).count == 1)
        #expect(Set(["cancel", "cancelled", "cancels", "cancellation"].map(Stemmer.stem)).count == 1)
        #expect(Set(["replace", "replaced", "replacing", "replacement"].map(Stemmer.stem)).count == 1)
    }

    @Test func shortAndNonASCIIWordsStayAsTheyAre() {
        #expect(Stemmer.stem("is") == "is")
        #expect(Stemmer.stem("café") == "café")
        #expect(Stemmer.stem("") == "")
    }
}
