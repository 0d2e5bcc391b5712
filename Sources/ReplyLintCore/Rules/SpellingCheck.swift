// The `spelling` kind: words no Hunspell dictionary accepts (American and British
// spellings both pass). Names, codes, acronyms, links and the rule's own word list are
// skipped. Without libhunspell or its dictionaries the rule is off and says why once.
//
//   languages: [en_US, en_GB]                 Hunspell dictionaries; any one accepting a word is enough
//   dictionary_paths: [/usr/share/hunspell]   where LANG.aff and LANG.dic are looked for (after $DICPATH)
//   libraries: [libhunspell-1.7.so.0, ...]    shared library names, tried in order
//   words: [checkout, Shopify, ...]           accepted without asking Hunspell (any case)
//   suggested_message: "..."                  message when there is a suggestion

struct SpellingCheck: Check {
    let definition: RuleDefinition
    let speller: Speller
    /// Folded words accepted as they are.
    let words: Set<String>
    let suggestedMessage: String?
    /// Shortest word at a sentence start that is checked (shorter ones are too often names).
    static let shortestSentenceStart = 5

    static let kind = RuleKind(
        name: "spelling", keys: ["languages", "dictionary_paths", "libraries", "words", "suggested_message"]
    ) { definition, node, _ throws(DataError) in
        let configuration = SpellerConfiguration(
            libraries: try node.required("libraries").strings(),
            languages: try node.required("languages").strings(),
            directories: try node.required("dictionary_paths").strings()
        )
        return SpellingCheck(
            definition: definition, speller: Speller.shared(configuration),
            words: Set(try node["words"]?.strings().map(Folding.fold) ?? []),
            suggestedMessage: try node["suggested_message"]?.string()
        )
    }

    var unavailableReason: String? { speller.unavailableReason }

    func run(_ context: LintContext) -> [Finding] {
        if speller.unavailableReason != nil { return [] }
        let analysis = context.analysis
        let end = analysis.firstToken(atOrAfter: context.document.replyRange.upperBound)
        var reported: [Int] = []
        // Verdicts for this draft by the word's bytes, so a repeated word costs one look-up.
        var seen = ByteKeyTable()
        var sentence = 0
        var index = 0
        while index < end {
            let token = analysis.tokens[index]
            defer { index += 1 }
            guard token.kind == .word, let shape = WordShape(token, analysis), !isCodeOrMarkup(index, analysis) else { continue }
            switch shape {
            case .lowercase:
                // A part of "pre-order" is judged with its compound, so it is not remembered alone.
                if isInCompound(index, analysis) {
                    if !isCorrect(hyphenated(index, analysis) ?? analysis.string(token)) { reported.append(index) }
                    continue
                }
                let known = analysis.bytes.withUnsafeBufferPointer { seen.value(for: UnsafeBufferPointer(rebasing: $0[token.range])) }
                if known >= 0 {
                    if known == 1 { reported.append(index) }
                    continue
                }
                let correct = isCorrect(analysis.string(token))
                seen.insert(Array(analysis.bytes[token.range]), value: correct ? 0 : 1)
                if !correct { reported.append(index) }
            case .capitalized:
                // A capital inside a sentence is a name. At a sentence start, report only a
                // word that is clearly a typo of a common word ("Unfortunatly").
                while sentence < analysis.sentences.count, analysis.sentences[sentence].upperBound <= index { sentence += 1 }
                guard sentence < analysis.sentences.count, startsSentence(index, analysis.sentences[sentence], analysis) else { continue }
                if isLikelyTypo(index, analysis) { reported.append(index) }
            }
        }
        return reported.map { finding(at: $0, context) }
    }

    private func finding(at index: Int, _ context: LintContext) -> Finding {
        let analysis = context.analysis
        let token = analysis.tokens[index]
        let word = analysis.string(token)
        let suggestion = speller.suggestion(for: Self.plainApostrophes(word))
        return context.finding(
            definition, range: token.range, message: suggestion != nil ? suggestedMessage : nil,
            values: ["word": word, "languages": speller.languages.joined(separator: " or ")], suggestion: suggestion
        )
    }

    private func isCorrect(_ word: String) -> Bool {
        if words.contains(Folding.fold(word)) { return true }
        return speller.isCorrect(Self.plainApostrophes(word))
    }

    /// "don’t" → "don't": the dictionaries are written with straight apostrophes.
    static func plainApostrophes(_ word: String) -> String {
        guard word.utf8.contains(0xE2) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }

    /// The first word of a sentence, after any opening quote, bracket or bullet.
    private func startsSentence(_ index: Int, _ sentence: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        guard sentence.contains(index) else { return false }
        return analysis.tokens[sentence.lowerBound..<index].allSatisfy { $0.kind == .punctuation || $0.kind == .symbol }
    }

    /// Joined to another word by a hyphen ("pre" in "pre-order").
    private func isInCompound(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        func hyphen(_ at: Int) -> Bool {
            tokens[at].kind == .punctuation && tokens[at].length == 1 && analysis.bytes[Int(tokens[at].start)] == UInt8(ascii: "-")
        }
        if index >= 2, !tokens[index].flags.contains(.spaceBefore), hyphen(index - 1), !tokens[index - 1].flags.contains(.spaceBefore),
           tokens[index - 2].kind == .word { return true }
        if index + 2 < tokens.count, !tokens[index + 1].flags.contains(.spaceBefore), hyphen(index + 1),
           !tokens[index + 2].flags.contains(.spaceBefore), tokens[index + 2].kind == .word { return true }
        return false
    }

    /// The hyphenated compound a word belongs to ("pre" in "pre-order"), when that
    /// compound is correct as a whole; nil otherwise, so each part is judged alone.
    private func hyphenated(_ index: Int, _ analysis: TextAnalysis) -> String? {
        let tokens = analysis.tokens
        func isHyphen(_ at: Int) -> Bool {
            at > 0 && at < tokens.count && tokens[at].kind == .punctuation && tokens[at].length == 1
                && analysis.bytes[Int(tokens[at].start)] == UInt8(ascii: "-") && !tokens[at].flags.contains(.spaceBefore)
        }
        var first = index
        while first >= 2, isHyphen(first - 1), tokens[first - 2].kind == .word, !tokens[first - 1].flags.contains(.spaceBefore) {
            first -= 2
        }
        var last = index
        while last + 2 < tokens.count, isHyphen(last + 1), tokens[last + 2].kind == .word, !tokens[last + 2].flags.contains(.spaceBefore) {
            last += 2
        }
        guard first < last else { return nil }
        let compound = analysis.string(tokens: first..<last + 1)
        return isCorrect(compound) ? compound : nil
    }

    /// A capitalised word at a sentence start that no dictionary knows, that is not used
    /// as a name elsewhere, and that is one typing slip away from a lower-case word.
    private func isLikelyTypo(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let token = tokens[index]
        guard token.length >= Self.shortestSentenceStart else { return false }
        // "Priya, ..." and "Royal Mail ...": a name being addressed or a longer name.
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.kind == .punctuation, !next.flags.contains(.spaceBefore) {
                let byte = analysis.bytes[Int(next.start)]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") { return false }
            }
            if next.kind == .word, next.flags.contains(.capitalized), !next.flags.contains(.newlineBefore) { return false }
            if next.flags.contains(.newlineBefore) { return false }
        }
        let word = analysis.string(token)
        if isCorrect(word) { return false }
        if isUsedAsName(word, analysis) { return false }
        return speller.isTypingSlip(word)
    }

    /// The same word with a capital somewhere other than a sentence start.
    private func isUsedAsName(_ word: String, _ analysis: TextAnalysis) -> Bool {
        let bytes = Array(word.utf8)
        for (index, token) in analysis.tokens.enumerated() where token.kind == .word && token.length == bytes.count && index > 0 {
            guard analysis.bytes[token.range].elementsEqual(bytes) else { continue }
            if let sentence = analysis.sentenceIndex(ofToken: index), analysis.sentences[sentence].lowerBound != index { return true }
        }
        return false
    }

    /// Glued to markup, a path, a handle, a hashtag or a number ("#refunds", "@northwind",
    /// "first_name", "v2", "x-10").
    private func isCodeOrMarkup(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        func marks(_ at: Int) -> Bool {
            let token = tokens[at]
            if token.kind == .number || token.kind == .url || token.kind == .email || token.flags.contains(.hasDigit) { return true }
            guard token.kind == .symbol || token.kind == .punctuation else { return false }
            return "@#_/\\=+*<>{}[]|~^$%&`".utf8.contains(analysis.bytes[Int(token.start)])
        }
        if index > 0, !tokens[index].flags.contains(.spaceBefore), marks(index - 1) { return true }
        if index + 1 < tokens.count, !tokens[index + 1].flags.contains(.spaceBefore), marks(index + 1) { return true }
        // Through a hyphen or dot to a number: "x-10", "model-3".
        if index + 2 < tokens.count, !tokens[index + 1].flags.contains(.spaceBefore), !tokens[index + 2].flags.contains(.spaceBefore),
           tokens[index + 1].kind == .punctuation, tokens[index + 2].kind == .number || tokens[index + 2].flags.contains(.hasDigit) {
            return true
        }
        if index >= 2, !tokens[index].flags.contains(.spaceBefore), !tokens[index - 1].flags.contains(.spaceBefore),
           tokens[index - 1].kind == .punctuation, tokens[index - 2].kind == .number || tokens[index - 2].flags.contains(.hasDigit) {
            return true
        }
        return false
    }
}

/// Which words the spelling rule looks at, by their letters.
enum WordShape {
    /// All lower case ("refund", "don't"): checked.
    case lowercase
    /// A capital first, the rest lower case ("Refund", "Priya"): a name, or a sentence start.
    case capitalized

    /// Nil for words left alone: one letter, digits, dots ("e.g"), all capitals (acronyms),
    /// capitals inside ("eBay", "McDonald"), and letters outside ASCII ("Zoë", "東京") other
    /// than a curly apostrophe.
    init?(_ token: Token, _ analysis: TextAnalysis) {
        let flags = token.flags
        guard token.length >= 2, !flags.contains(.hasDigit), !flags.contains(.dotted), !flags.contains(.allCaps) else { return nil }
        let bytes = analysis.bytes
        var index = Int(token.start)
        let end = Int(token.end)
        var letters = 0
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 {
                // Only ’ (E2 80 99) and ‘ (E2 80 98) are allowed outside ASCII.
                guard byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98 else {
                    return nil
                }
                index += 3
                continue
            }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z"), index > Int(token.start) { return nil }
            if byte != UInt8(ascii: "'") { letters += 1 }
            index += 1
        }
        guard letters >= 2 else { return nil }
        self = flags.contains(.capitalized) ? .capitalized : .lowercase
    }
}
