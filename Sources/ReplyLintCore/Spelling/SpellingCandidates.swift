// The words of a draft the spelling rule looks at, picked in one pass over the tokens
// (on buffers: this runs for every word of every draft). Names, acronyms, codes and
// markup are left out here, so the checker only ever sees plain words.

enum SpellingCandidate {
    /// A lower-case word standing alone ("refund", "don't").
    case plain
    /// A lower-case part of a hyphenated compound ("pre" and "order" in "pre-order").
    case compound
    /// A capitalised word that starts a sentence ("Unfortunatly", or a name such as "Priya").
    case sentenceStart
}

enum SpellingCandidates {
    /// Calls `visit` with each candidate's token index, in order, and the text's bytes.
    static func scan(_ analysis: TextAnalysis, end: Int, _ visit: (Int, SpellingCandidate, UnsafeBufferPointer<UInt8>) -> Void) {
        let sentences = analysis.sentences
        analysis.tokens.withUnsafeBufferPointer { tokens in
            analysis.bytes.withUnsafeBufferPointer { bytes in
                let words = Words(tokens: tokens, bytes: bytes)
                var sentence = 0
                for index in 0..<min(end, tokens.count) {
                    let token = tokens[index]
                    guard token.kind == .word, token.length >= 2, token.length <= SpellingCheck.longestWord,
                          token.flags.isDisjoint(with: [.hasDigit, .dotted, .allCaps]),
                          let capitalized = words.shape(token), !words.isCodeOrMarkup(index) else { continue }
                    if !capitalized {
                        visit(index, words.isInCompound(index) ? .compound : .plain, bytes)
                        continue
                    }
                    // A capital inside a sentence marks a name: only sentence starts are kept.
                    while sentence < sentences.count, sentences[sentence].upperBound <= index { sentence += 1 }
                    guard sentence < sentences.count else { continue }
                    let start = sentences[sentence].lowerBound
                    if start == index || words.onlyMarks(start..<index) { visit(index, .sentenceStart, bytes) }
                }
            }
        }
    }
}

/// Token tests on the raw buffers.
private struct Words {
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>

    /// false for an all-lower-case word, true for a capital first and the rest lower case;
    /// nil for words left alone: capitals inside ("eBay", "McDonald"), fewer than two
    /// letters, and letters outside ASCII ("Zoë", "東京") other than a curly apostrophe.
    @inline(__always)
    func shape(_ token: Token) -> Bool? {
        var index = Int(token.start)
        let end = Int(token.end)
        var letters = 0
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 {
                // Only ’ (E2 80 99) and ‘ (E2 80 98) are allowed outside ASCII.
                guard byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98 else { return nil }
                index += 3
                continue
            }
            if byte < 0x61, byte >= 0x41, byte <= 0x5A, index > Int(token.start) { return nil }
            if byte != 0x27 { letters += 1 }
            index += 1
        }
        guard letters >= 2 else { return nil }
        return token.flags.contains(.capitalized)
    }

    /// Glued to markup, a path, a handle, a hashtag or a number ("#refunds", "@northwind",
    /// "first_name", "x-10", "model-3").
    func isCodeOrMarkup(_ index: Int) -> Bool {
        let gluedBefore = !tokens[index].flags.contains(.spaceBefore) && index > 0
        let gluedAfter = index + 1 < tokens.count && !tokens[index + 1].flags.contains(.spaceBefore)
        guard gluedBefore || gluedAfter else { return false }
        if gluedBefore, marksCode(tokens[index - 1]) { return true }
        if gluedAfter, marksCode(tokens[index + 1]) { return true }
        // Through a hyphen or dot to a number.
        if gluedAfter, index + 2 < tokens.count, !tokens[index + 2].flags.contains(.spaceBefore),
           tokens[index + 1].kind == .punctuation, isNumeric(tokens[index + 2]) { return true }
        if gluedBefore, index >= 2, !tokens[index - 1].flags.contains(.spaceBefore),
           tokens[index - 1].kind == .punctuation, isNumeric(tokens[index - 2]) { return true }
        return false
    }

    private func isNumeric(_ token: Token) -> Bool {
        token.kind == .number || token.flags.contains(.hasDigit)
    }

    private func marksCode(_ token: Token) -> Bool {
        if isNumeric(token) || token.kind == .url || token.kind == .email { return true }
        guard token.kind == .symbol || token.kind == .punctuation, token.length == 1 else { return false }
        switch bytes[Int(token.start)] {
        case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "\\"),
             UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"),
             UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// Joined to another word by a hyphen ("pre" in "pre-order").
    func isInCompound(_ index: Int) -> Bool {
        if index >= 2, !tokens[index].flags.contains(.spaceBefore), isHyphen(tokens[index - 1]),
           !tokens[index - 1].flags.contains(.spaceBefore), tokens[index - 2].kind == .word { return true }
        if index + 2 < tokens.count, !tokens[index + 1].flags.contains(.spaceBefore), isHyphen(tokens[index + 1]),
           !tokens[index + 2].flags.contains(.spaceBefore), tokens[index + 2].kind == .word { return true }
        return false
    }

    private func isHyphen(_ token: Token) -> Bool {
        token.kind == .punctuation && token.length == 1 && bytes[Int(token.start)] == UInt8(ascii: "-")
    }

    /// Only opening quotes, brackets and bullets before the word in its sentence.
    func onlyMarks(_ range: Range<Int>) -> Bool {
        for index in range where tokens[index].kind != .punctuation && tokens[index].kind != .symbol { return false }
        return true
    }
}
