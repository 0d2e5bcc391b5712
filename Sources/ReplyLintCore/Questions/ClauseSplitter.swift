// Cuts a sentence of the customer's message into clauses where a new question or
// request starts: "When will it ship | and can I change the address?", "A few
// questions: | is the desk easy to assemble, | what are the dimensions, | and ...".

struct Clause {
    /// The writer's own tokens of the clause, in order.
    var tokens: [Int]
    /// Index of the sentence in the text's sentences.
    var sentence: Int
    /// The clause was joined to the one before it by "or" (the customer offers alternatives).
    var afterOr: Bool
    /// The clause ends with "?".
    var questionMark: Bool
    /// The sentence the clause belongs to ends with "?".
    var sentenceQuestionMark: Bool
}

struct ClauseSplitter {
    let grammar: ClauseGrammar
    var text: ClassifiedText { grammar.text }

    /// The clauses of every sentence of the writer's own text, in order.
    func clauses() -> [Clause] {
        var clauses: [Clause] = []
        for (number, sentence) in text.analysis.sentences.enumerated() where sentence.lowerBound < text.end {
            let visible = sentence.filter { $0 < text.end && !text.hidden[$0] }
            guard !visible.isEmpty else { continue }
            split(visible, sentence: number, into: &clauses)
        }
        return clauses
    }

    private func split(_ tokens: [Int], sentence: Int, into clauses: inout [Clause]) {
        let sentenceMark = endsWithQuestionMark(tokens[...])
        var start = 0
        var afterOr = false
        var position = 1
        while position < tokens.count {
            let token = tokens[position]
            var cut: Int?
            if isClausePunctuation(token) {
                cut = position + 1
            } else if text.has(token, .join) || text.tokens[token].flags.contains(.newlineBefore) {
                // "and if so, how?" is one clause.
                let ifSo = text.isWord(token, "so") && text.isWord(tokens[position - 1], "if")
                cut = ifSo ? nil : position
            }
            guard let resume = cut else {
                position += 1
                continue
            }
            var next = resume
            var sawOr = false
            while next < tokens.count, isSkippable(tokens[next]) {
                if text.isWord(tokens[next], "or") { sawOr = true }
                next += 1
            }
            if text.isWord(token, "or") { sawOr = true }
            // A new question starts a clause, and so does a pleasantry ("Hi Sam, how are you?"),
            // which is then dropped.
            // "… or what??" and "… or not?" close the question before them; they ask nothing new.
            let tagOnly = sawOr && tokens[next...].filter { text.tokens[$0].kind == .word }.count <= 1
            if next < tokens.count, next > start, !tagOnly,
               grammar.startsQuestion(tokens, at: next, questionMark: sentenceMark) || grammar.isNotAQuestion(tokens[next]) {
                // The clause ends before the comma or joining word.
                append(Array(tokens[start..<position]), sentence, afterOr, sentenceMark, into: &clauses)
                start = next
                afterOr = sawOr
                position = next + 1
                continue
            }
            position += 1
        }
        append(Array(tokens[start...]), sentence, afterOr, sentenceMark, into: &clauses)
    }

    private func append(_ tokens: [Int], _ sentence: Int, _ afterOr: Bool, _ sentenceMark: Bool, into clauses: inout [Clause]) {
        guard !tokens.isEmpty else { return }
        clauses.append(Clause(
            tokens: tokens, sentence: sentence, afterOr: afterOr,
            questionMark: endsWithQuestionMark(tokens[...]), sentenceQuestionMark: sentenceMark
        ))
    }

    /// A "?" among the closing punctuation ("?", "??", "?!", "?\"").
    private func endsWithQuestionMark(_ tokens: ArraySlice<Int>) -> Bool {
        for token in tokens.reversed() {
            let kind = text.tokens[token].kind
            guard kind == .punctuation || kind == .symbol else { return false }
            if text.isPunctuation(token, "?") { return true }
        }
        return false
    }

    private func isClausePunctuation(_ token: Int) -> Bool {
        guard text.tokens[token].kind == .punctuation else { return false }
        switch text.byte(token) {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
            return true
        case UInt8(ascii: "-"):
            return text.tokens[token].flags.contains(.spaceBefore)
        default:
            // A dash written as – or —.
            let bytes = text.analysis.bytes[text.tokens[token].range]
            return bytes.elementsEqual([0xE2, 0x80, 0x93]) || bytes.elementsEqual([0xE2, 0x80, 0x94])
        }
    }

    /// Joining words and punctuation between two clauses.
    private func isSkippable(_ token: Int) -> Bool {
        text.has(token, .join) || isClausePunctuation(token)
    }
}
