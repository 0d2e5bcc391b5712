// Shouting and insistent punctuation: runs of capitalised words (not acronyms
// such as UPS or SKU, not order codes) and runs like "!!!", "???", "?!".

struct EmphasisScanner {
    let caps: ToneLexicon.Caps
    let analysis: TextAnalysis
    let scope: Range<Int>

    enum Kind {
        case caps
        /// "!!", "??", "?!" and longer runs.
        case punctuation
        /// One "!" ending a sentence.
        case exclamation
    }

    struct Emphasis {
        var kind: Kind
        var tokens: Range<Int>
        /// What it weighs when nothing pleasant stands in its sentence.
        var weight: Double
    }

    func scan(punctuation weights: ToneLexicon.Punctuation) -> [Emphasis] {
        var found: [Emphasis] = []
        let tokens = analysis.tokens
        let bytes = analysis.bytes
        var index = scope.lowerBound
        var runStart: Int?
        var shouted = 0
        func closeRun(at end: Int) {
            defer { runStart = nil; shouted = 0 }
            guard let start = runStart, shouted > 0 else { return }
            // A capitalised word alone that comes back in capitals ("MIME", "NOVA") is a name.
            if end - start == 1, repeated.contains(analysis.string(tokens[start])) { return }
            // "ORDER DETAILS:" is a heading the customer pasted, not shouting.
            if end < scope.upperBound, tokens[end].kind == .punctuation, bytes[Int(tokens[end].start)] == UInt8(ascii: ":") {
                return
            }
            found.append(Emphasis(kind: .caps, tokens: start..<end, weight: shouted >= 2 ? caps.run : caps.word))
        }
        let repeated = repeatedCapitals()
        while index < scope.upperBound {
            let token = tokens[index]
            if isCapitalised(token) {
                if runStart == nil { runStart = index }
                if isShouted(token) { shouted += 1 }
                index += 1
                continue
            }
            closeRun(at: index)
            if token.kind == .punctuation, let run = punctuationRun(from: index, weights) {
                found.append(run)
                index = run.tokens.upperBound
                continue
            }
            index += 1
        }
        closeRun(at: scope.upperBound)
        return found
    }

    private func isCapitalised(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.allCaps) && !token.flags.contains(.hasDigit) && !token.flags.contains(.dotted)
    }

    /// Capitalised words written more than once in the message.
    private func repeatedCapitals() -> Set<String> {
        var seen = Set<String>()
        var repeated = Set<String>()
        for index in scope where isCapitalised(analysis.tokens[index]) && analysis.tokens[index].length >= 4 {
            let word = analysis.string(analysis.tokens[index])
            if !seen.insert(word).inserted { repeated.insert(word) }
        }
        return repeated
    }

    /// A capitalised word that is shouting rather than a name: not an acronym, not
    /// longer than a word gets (a code, a DNA sequence), and at least 4 letters or a
    /// common short word ("NOT", "NOW").
    private func isShouted(_ token: Token) -> Bool {
        guard token.length >= 2, token.length <= 20, !token.flags.contains(.nonASCII) else { return false }
        let word = analysis.string(token)
        if caps.acronyms.contains(word) { return false }
        return token.length >= 4 || caps.shortWords.contains(word)
    }

    private func punctuationRun(from start: Int, _ weights: ToneLexicon.Punctuation) -> Emphasis? {
        let tokens = analysis.tokens
        var end = start
        var exclamations = 0
        var questions = 0
        while end < scope.upperBound, tokens[end].kind == .punctuation, end == start || !tokens[end].flags.contains(.spaceBefore) {
            let byte = analysis.bytes[Int(tokens[end].start)]
            if byte == UInt8(ascii: "!") {
                exclamations += 1
            } else if byte == UInt8(ascii: "?") {
                questions += 1
            } else {
                break
            }
            end += 1
        }
        switch (exclamations, questions) {
        case (0, 0): return nil
        case (1, 0): return Emphasis(kind: .exclamation, tokens: start..<end, weight: 0)
        case (0, 1): return nil
        case (_, 0): return Emphasis(kind: .punctuation, tokens: start..<end, weight: weights.exclamations)
        case (0, _): return Emphasis(kind: .punctuation, tokens: start..<end, weight: weights.questions)
        default: return Emphasis(kind: .punctuation, tokens: start..<end, weight: weights.mixed)
        }
    }
}
