// The tokenizer decides what a word is; rules depend on it for whole-word matching.
import Testing
@testable import ReplyLintCore

struct TokenizerTests {
    private func tokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    private func kinds(_ text: String) -> [TokenKind] {
        Tokenizer.tokenize(Array(text.utf8)).map(\.kind)
    }

    @Test func wordsKeepInnerApostrophesAndDots() {
        #expect(tokens("Don’t worry, it's the U.S. office.") == ["Don’t", "worry", ",", "it's", "the", "U.S", ".", "office", "."])
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(tokens("$1,000.50 on 11/24/2026 at 12:30") == ["$", "1,000.50", "on", "11/24/2026", "at", "12:30"])
        #expect(kinds("1,000.50") == [.number])
    }

    @Test func lettersAndDigitsTogetherAreOneWord() {
        #expect(tokens("a 5k run, 2nd try") == ["a", "5k", "run", ",", "2nd", "try"])
        #expect(kinds("5k") == [.word])
    }

    @Test func urlsAndEmailsAreOneTokenWithoutTrailingPunctuation() {
        let text = "See https://example.com/a?b=1, or write to jo.doe+x@mail.example.co.uk."
        #expect(tokens(text) == ["See", "https://example.com/a?b=1", ",", "or", "write", "to", "jo.doe+x@mail.example.co.uk", "."])
        #expect(kinds(text).filter { $0 == .url || $0 == .email } == [.url, .email])
    }

    /// Every prefix is found wherever its word starts, in either case, and words that merely
    /// start like one ("what", "ftw", "man") stay words.
    @Test func everyURLPrefixInAnyCase() {
        let text = "Go to www.example.com or HTTP://A.B/c, ftp://files.example.org and mailto:jo@example.com;"
            + " what ftw man wwwx http"
        #expect(tokens(text) == [
            "Go", "to", "www.example.com", "or", "HTTP://A.B/c", ",", "ftp://files.example.org", "and",
            "mailto:jo@example.com", ";", "what", "ftw", "man", "wwwx", "http",
        ])
    }

    /// Spaces and lower-case letters take a shorter way through the tokenizer: the flags
    /// and boundaries must be those of any other byte.
    @Test func lowerCaseRunsAndSpacesKeepTheirFlags() {
        let text = "ok  it's e.g done\tthen éclair abcXyz x"
        #expect(tokens(text) == ["ok", "it's", "e.g", "done", "then", "éclair", "abcXyz", "x"])
        let found = Tokenizer.tokenize(Array(text.utf8))
        #expect(found.allSatisfy { $0.flags.contains(.spaceBefore) })
        #expect(found[0].flags.contains(.hasLetter) && !found[0].flags.contains(.capitalized))
        #expect(found[6].flags.isDisjoint(with: [.allCaps, .capitalized]))
        #expect(found[5].flags.contains(.nonASCII))
    }

    @Test func mentionIsNotAnEmail() {
        #expect(tokens("ask @agent please") == ["ask", "@", "agent", "please"])
    }

    @Test func flagsSayWhatCameBefore() {
        let result = Tokenizer.tokenize(Array("Hi,\n\nTHANKS for\nit".utf8))
        #expect(result[1].flags.contains(.spaceBefore) == false)
        #expect(result[2].flags.contains(.blankLineBefore))
        #expect(result[2].flags.contains(.allCaps))
        #expect(result[4].flags.contains(.newlineBefore))
        #expect(!result[4].flags.contains(.blankLineBefore))
        #expect(result[0].flags.contains(.capitalized))
    }

    @Test func crlfCountsAsOneLineBreak() {
        let result = Tokenizer.tokenize(Array("a\r\nb\r\n\r\nc".utf8))
        #expect(!result[1].flags.contains(.blankLineBefore))
        #expect(result[2].flags.contains(.blankLineBefore))
    }

    @Test func emojiAndCurrencyAreSymbols() {
        #expect(kinds("ok 👍🏽 €5") == [.word, .symbol, .symbol, .number])
    }

    @Test func invalidBytesDoNotCrash() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xC3, 0x62, 0xE2, 0x80]
        let result = Tokenizer.tokenize(bytes)
        #expect(result.allSatisfy { $0.end <= Int32(bytes.count) && $0.start < $0.end })
    }
}
