// The common-word list that spares a short draft from loading Hunspell: it accepts what
// Hunspell's en_US accepts for those words (case rules included) and nothing else.
import Testing
@testable import ReplyLintCore

struct CommonWordsTests {
    private let words = CommonWords.embedded

    @Test func theEmbeddedListIsLoaded() {
        #expect(words.count > 30_000)
    }

    @Test func caseFollowsHunspell() {
        #expect(words.contains("replacement"))
        #expect(words.contains("Replacement"))
        #expect(words.contains("REPLACEMENT"))
        #expect(!words.contains("rePlacement"))
        #expect(words.contains("Friday"))
        #expect(words.contains("FRIDAY"))
        #expect(!words.contains("friday"))
        #expect(words.contains("don't"))
        #expect(words.contains("Don't"))
    }

    @Test func misspellingsAreNotInIt() {
        for word in ["recieved", "teh", "untill", "unfortunatly", "dont", "Recieved"] {
            #expect(!words.contains(word), "\(word)")
        }
    }
}

/// Every listed word checked against the real dictionary, where it is installed.
@Suite(.enabled(if: Fixture.rules.unavailableReason("spelling") == nil, "needs libhunspell and the en_US dictionary"))
struct CommonWordsAgreeWithHunspellTests {
    @Test func hunspellAcceptsASampleOfTheList() throws {
        let list = try #require(RuleSet.embeddedFiles(under: "spelling/common-words").first?.contents)
        let speller = Speller(SpellerConfiguration(
            libraries: ["libhunspell-1.7.so.0", "libhunspell.so"], languages: ["en_US"],
            directories: ["/usr/share/hunspell"]
        ))
        let sample = list.split(separator: "\n").enumerated().filter { $0.offset % 97 == 0 }.map { String($0.element) }
        #expect(sample.count > 300)
        let refused = sample.filter { !speller.acceptsWithoutCommonWords($0) }
        #expect(refused.isEmpty, "not in en_US: \(refused.prefix(10))")
    }
}
