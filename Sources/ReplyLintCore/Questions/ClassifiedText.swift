// A message's tokens as the question analyser reads them: word classes, what is
// somebody else's text (quoted lines, words in quotation marks), and content concepts.

struct ClassifiedText {
    let analysis: TextAnalysis
    let lexicon: QuestionLexicon
    /// Word classes of each token.
    let classes: [WordClass]
    /// Tokens that are not the writer's own words.
    private(set) var hidden: [Bool]
    /// Tokens from here on are the signature.
    let end: Int
    /// Words already looked up: text repeats its words, and stemming is the costly part.
    private let seen = SeenWords()

    private final class SeenWords {
        var words: [[UInt8]: (concepts: [Concept], generic: Bool)] = [:]
    }

    /// `inlineQuotes`: also hide words between quotation marks (in the customer's
    /// message they are usually what someone else said).
    init(_ document: AnalyzedDocument, lexicon: QuestionLexicon, inlineQuotes: Bool) {
        let analysis = document.analysis
        self.analysis = analysis
        self.lexicon = lexicon
        var classes = [WordClass](repeating: [], count: analysis.tokens.count)
        var folded: [UInt8] = []
        analysis.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in analysis.tokens.enumerated() where token.length <= 24 && token.kind != .url && token.kind != .email {
                folded.removeAll(keepingCapacity: true)
                Folding.fold(bytes, token.range, into: &folded)
                let bits = folded.withUnsafeBufferPointer { lexicon.words.value(for: $0) }
                if bits >= 0 { classes[index] = WordClass(rawValue: UInt32(bitPattern: bits)) }
            }
        }
        self.classes = classes
        end = analysis.firstToken(atOrAfter: document.document.replyRange.upperBound)
        hidden = [Bool](repeating: false, count: analysis.tokens.count)
        hideQuotedLines()
        if inlineQuotes { hideQuotations() }
    }

    var tokens: [Token] { analysis.tokens }

    func byte(_ index: Int) -> UInt8 { analysis.bytes[Int(tokens[index].start)] }

    func isPunctuation(_ index: Int, _ character: Character) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation || token.kind == .symbol else { return false }
        let bytes = analysis.bytes[token.range]
        return bytes.elementsEqual(String(character).utf8)
    }

    /// Whether a token is `word` (lower-case ASCII), in any case.
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        let token = tokens[index]
        guard token.length == word.utf8CodeUnitCount else { return false }
        let start = Int(token.start)
        return word.withUTF8Buffer { expected in
            (0..<expected.count).allSatisfy { analysis.bytes[start + $0] | 0x20 == expected[$0] }
        }
    }

    func has(_ index: Int, _ wordClass: WordClass) -> Bool {
        index < classes.count && !classes[index].isDisjoint(with: wordClass)
    }

    /// Lines starting with ">" and everything after an "On ... wrote:" line belong to an earlier message.
    private mutating func hideQuotedLines() {
        var index = 0
        var quotedLine = false
        while index < tokens.count {
            let token = tokens[index]
            if index == 0 || token.flags.contains(.newlineBefore) {
                quotedLine = isPunctuation(index, ">")
            }
            if quotedLine { hidden[index] = true }
            if token.isWord, isWord(index, "wrote"), index + 1 < tokens.count, isPunctuation(index + 1, ":"),
               index + 2 == tokens.count || tokens[index + 2].flags.contains(.newlineBefore) {
                for rest in index + 1..<tokens.count { hidden[rest] = true }
                return
            }
            index += 1
        }
    }

    /// Words between a pair of double quotation marks in one sentence.
    private mutating func hideQuotations() {
        for sentence in analysis.sentences {
            var open: Int?
            for index in sentence where isQuotationMark(index) {
                if let start = open {
                    for quoted in start...index { hidden[quoted] = true }
                    open = nil
                } else {
                    open = index
                }
            }
        }
    }

    private func isQuotationMark(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        let bytes = analysis.bytes[token.range]
        return bytes.elementsEqual([0x22]) || bytes.elementsEqual([0xE2, 0x80, 0x9C]) || bytes.elementsEqual([0xE2, 0x80, 0x9D])
    }

    // MARK: Concepts

    /// What a token stands for, and whether it is a word of nearly any message.
    func concepts(ofToken index: Int) -> (concepts: [Concept], generic: Bool) {
        let token = tokens[index]
        if isDate(index) {
            // "before the 20th", "on 11/24": any date in a reply can answer it.
            return (lexicon.synonyms.groups(standingFor: .time).map(Concept.group), false)
        }
        switch token.kind {
        case .number:
            return ([stemConcept(token)], true)
        case .email, .url:
            return ([stemConcept(token)], false)
        case .word:
            guard token.length > 1, !has(index, WordClass.function) else { return ([], false) }
            var folded: [UInt8] = []
            analysis.bytes.withUnsafeBufferPointer { Folding.fold($0, token.range, into: &folded) }
            if let known = seen.words[folded] { return known }
            let found = wordConcepts(folded, index)
            seen.words[folded] = found
            return found
        case .punctuation, .symbol:
            return ([], false)
        }
    }

    /// A word's synonym groups, or its stem.
    private func wordConcepts(_ word: [UInt8], _ index: Int) -> (concepts: [Concept], generic: Bool) {
        var stem = word
        // "parcel's" is "parcel".
        if stem.count > 3, stem[stem.count - 2] == UInt8(ascii: "'"), stem[stem.count - 1] == UInt8(ascii: "s") {
            stem.removeLast(2)
        }
        Stemmer.stem(&stem)
        let groups = stem.withUnsafeBufferPointer { lexicon.synonyms.groups(ofStem: $0) }
        if groups.isEmpty {
            let concept = stem.withUnsafeBufferPointer { Concept.stem($0) }
            return ([concept], has(index, .generic) || tokens[index].flags.contains(.hasDigit))
        }
        return (groups.map(Concept.group), has(index, .generic) || groups.allSatisfy(lexicon.synonyms.isGeneric))
    }

    /// "20th", "1st", "11/24".
    private func isDate(_ index: Int) -> Bool {
        let token = tokens[index]
        let bytes = analysis.bytes[token.range]
        switch token.kind {
        case .number:
            return bytes.contains(UInt8(ascii: "/"))
        case .word:
            guard token.flags.contains(.hasDigit), let first = bytes.first, first >= 0x30, first <= 0x39, bytes.count >= 3 else { return false }
            let suffix = String(decoding: bytes.suffix(2), as: UTF8.self).lowercased()
            return ["st", "nd", "rd", "th"].contains(suffix) && bytes.dropLast(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        default:
            return false
        }
    }

    private func stemConcept(_ token: Token) -> Concept {
        var folded: [UInt8] = []
        analysis.bytes.withUnsafeBufferPointer { Folding.fold($0, token.range, into: &folded) }
        return folded.withUnsafeBufferPointer { Concept.stem($0) }
    }

    /// Synonym phrases ("money back", "get here") inside a token range.
    func phraseConcepts(in range: Range<Int>) -> [(tokens: Range<Int>, group: Int32)] {
        let hits = analysis.hits(lexicon.synonyms.phrases)
        // Hits are ordered by start: find the first one in range, then walk.
        var low = hits.startIndex
        var high = hits.endIndex
        while low < high {
            let middle = (low + high) / 2
            if Int(hits[middle].start) < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [(tokens: Range<Int>, group: Int32)] = []
        while low < hits.endIndex, Int(hits[low].start) < range.upperBound {
            let hit = hits[low]
            if Int(hit.end) <= range.upperBound, !hidden[Int(hit.start)] { result.append((hit.tokenRange, hit.item)) }
            low += 1
        }
        return result
    }
}
