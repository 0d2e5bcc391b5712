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

    @Test func theBritishListHoldsWhatOnlyEnGBAccepts() {
        let british = CommonWords.british
        #expect(british.count > 2_000)
        for word in ["authorisation", "colour", "Colour", "organise", "centre"] {
            #expect(british.contains(word), "\(word)")
            #expect(!words.contains(word), "\(word)")
        }
        for word in ["authorization", "color", "the", "colur"] { #expect(!british.contains(word), "\(word)") }
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
        let list = try #require(RuleSet.embeddedFiles.first { $0.path == "rules/spelling/common-words.txt" }?.contents)
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

/// The British list checked against en_GB, and both lists standing in for the dictionaries
/// they were made from: a draft of frequent words, British or American, loads neither.
@Suite(.enabled(
    if: Fixture.rules.unavailableReason("spelling") == nil && Speller.shared(SpellerConfiguration(
        libraries: ["libhunspell-1.7.so.0", "libhunspell.so"], languages: ["en_GB"], directories: ["/usr/share/hunspell"]
    )).languages == ["en_GB"],
    "needs libhunspell and the en_US and en_GB dictionaries"
))
struct BritishWordsAgreeWithHunspellTests {
    private func speller(_ languages: [String]) -> Speller {
        Speller(SpellerConfiguration(
            libraries: ["libhunspell-1.7.so.0", "libhunspell.so"], languages: languages, directories: ["/usr/share/hunspell"]
        ))
    }

    @Test func enGBAcceptsASampleOfTheList() throws {
        let list = try #require(RuleSet.embeddedFiles.first { $0.path == "rules/spelling/common-words-en-gb.txt" }?.contents)
        let british = speller(["en_GB"])
        let sample = list.split(separator: "\n").enumerated().filter { $0.offset % 7 == 0 }.map { String($0.element) }
        #expect(sample.count > 300)
        let refused = sample.filter { !british.acceptsWithoutCommonWords($0) }
        #expect(refused.isEmpty, "not in en_GB: \(refused.prefix(10))")
    }

    @Test func frequentWordsNeedNoDictionary() {
        let both = speller(["en_US", "en_GB"])
        for word in ["authorisation", "Colour", "Bluetooth", "replacement"] { #expect(both.isCommon(word), "\(word)") }
        #expect(!both.isCommon("bluetooth"))
        #expect(both.loadedLanguages.isEmpty)
        // Without en_GB among the dictionaries, a British spelling is not taken as correct.
        let american = speller(["en_US"])
        #expect(!american.isCommon("authorisation"))
        #expect(!american.isCorrect("authorisation"))
        #expect(american.loadedLanguages == ["en_US"])
    }
}
