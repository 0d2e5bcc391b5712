// Decides what one clause of the customer's message is: a wh-question, a yes/no
// question, a request, a request for news, a complaint, or none of these.

struct ClauseReading {
    var kind: QuestionKind
    var expected: AnswerType
    /// Position in the clause where the question's text starts (after "Hi," "Also," ...).
    var first: Int
    /// Position where its content words start (after "could you tell me", "I'd like").
    var content: Int
    /// Tokens of cue phrases, which are no content ("let me know", "any update").
    var cueTokens: Range<Int>?
}

struct ClauseClassifier {
    let grammar: ClauseGrammar
    var text: ClassifiedText { grammar.text }
    var cues: QuestionLexicon.Cues { text.lexicon.cues }

    func read(_ clause: Clause) -> ClauseReading? {
        let tokens = clause.tokens
        let first = skipOpeners(tokens)
        guard first < tokens.count else { return nil }
        let token = tokens[first]
        if grammar.cue(cues.notQuestions, at: token) != nil { return nil }
        if let end = grammar.cue(cues.rhetorical, at: token) {
            return reading(.complaint, .acknowledgement, first, tokens, after: end, cue: token..<end)
        }
        if let end = grammar.cue(cues.indirect, at: token) {
            return embedded(tokens, first: first, cueEnd: end)
        }
        if let end = grammar.cue(cues.status, at: token) {
            return reading(.status, .status, first, tokens, after: end, cue: token..<end)
        }
        if let end = grammar.cue(cues.waiting, at: token) {
            return reading(.request, .status, first, tokens, after: end, cue: token..<end)
        }
        if let phrase = grammar.whStart(tokens, at: first, questionMark: clause.questionMark) {
            return ClauseReading(kind: .wh(phrase), expected: .explanation, first: first, content: first + 1, cueTokens: nil)
        }
        if grammar.auxiliaryStart(tokens, at: first, questionMark: clause.sentenceQuestionMark) {
            let kind = inverted(tokens, first)
            return ClauseReading(kind: kind, expected: kind == .request ? .action : .yesNo, first: first, content: first + 1, cueTokens: nil)
        }
        if let content = grammar.requestStart(tokens, at: first) {
            return ClauseReading(kind: .request, expected: .action, first: first, content: content, cueTokens: nil)
        }
        if clause.questionMark, tokens[first...].contains(where: { text.tokens[$0].kind != .punctuation && text.tokens[$0].kind != .symbol }) {
            // A statement asked as a question: "So it's stuck there?", "A £30 charge for a late return?"
            return ClauseReading(kind: .yesNo, expected: .yesNo, first: first, content: first, cueTokens: nil)
        }
        return nil
    }

    /// "Hi," "Also," "And" "1." "-" before the clause's own words.
    private func skipOpeners(_ tokens: [Int]) -> Int {
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            let kind = text.tokens[token].kind
            if kind == .punctuation || kind == .symbol {
                if text.isPunctuation(token, "?") { break }
                position += 1
                continue
            }
            if kind == .number, position + 1 < tokens.count, text.isPunctuation(tokens[position + 1], ".") || text.isPunctuation(tokens[position + 1], ")") {
                position += 2
                continue
            }
            guard text.has(token, [.opener, .join]), !startsSomething(tokens, position) else { break }
            position += 1
        }
        return position
    }

    /// An opener that is also the start of a cue ("hello??", "right, ...") stays.
    private func startsSomething(_ tokens: [Int], _ position: Int) -> Bool {
        let token = tokens[position]
        return grammar.cue(cues.rhetorical, at: token) != nil || grammar.cue(cues.status, at: token) != nil
            || grammar.cue(cues.indirect, at: token) != nil
    }

    /// "can you replace it?" asks for an act; "can I return it?" asks yes or no.
    private func inverted(_ tokens: [Int], _ first: Int) -> QuestionKind {
        let verb = tokens[first]
        guard text.isWord(verb, "can") || text.isWord(verb, "could") || text.isWord(verb, "would") || text.isWord(verb, "will"),
              text.isWord(tokens[first + 1], "you") || text.isWord(tokens[first + 1], "u") else { return .yesNo }
        var position = first + 2
        while position < tokens.count, grammar.isPlease(tokens[position]) || text.isWord(tokens[position], "also") || text.isWord(tokens[position], "just") {
            position += 1
        }
        return position < tokens.count && text.has(tokens[position], .requestVerb) ? .request : .yesNo
    }

    /// After "could you tell me", "I was wondering", "please let me know": the question
    /// word or "if"/"whether" that follows says what is asked. "Please confirm the
    /// address" is a request; "Please let me know." alone asks nothing.
    private func embedded(_ tokens: [Int], first: Int, cueEnd: Int) -> ClauseReading? {
        let cueTokens = tokens[first]..<cueEnd
        var position = tokens.firstIndex { $0 >= cueEnd } ?? tokens.count
        while position < tokens.count, isFiller(tokens[position]) { position += 1 }
        if position < tokens.count {
            let token = tokens[position]
            if text.has(token, .wh) {
                let phrase = whPhrase(tokens, at: position)
                return ClauseReading(kind: .wh(phrase), expected: .explanation, first: first, content: position + 1, cueTokens: cueTokens)
            }
            if text.isWord(token, "if") || text.isWord(token, "whether") {
                return ClauseReading(kind: .yesNo, expected: .yesNo, first: first, content: position + 1, cueTokens: cueTokens)
            }
        }
        let asksForAnAct = cueTokens.contains { text.has($0, .requestVerb) && !text.isWord($0, "tell") && !text.isWord($0, "let") }
        guard asksForAnAct, position < tokens.count else { return nil }
        return ClauseReading(kind: .request, expected: .action, first: first, content: position, cueTokens: cueTokens)
    }

    private func isFiller(_ token: Int) -> Bool {
        text.tokens[token].kind == .punctuation || text.isWord(token, "me") || text.isWord(token, "know")
            || text.isWord(token, "please") || text.isWord(token, "also") || text.isWord(token, "about")
    }

    /// "how long", "what time", "when" for a question word inside a clause.
    private func whPhrase(_ tokens: [Int], at position: Int) -> String {
        let word = grammar.baseWhWord(tokens[position])
        guard position + 1 < tokens.count else { return word }
        let next = tokens[position + 1]
        if word == "how", text.has(next, .degree) { return "how " + text.analysis.folded(text.tokens[next]) }
        if word == "what" || word == "which", text.tokens[next].isWord, !text.has(next, [.pronoun, .determiner, .auxiliary]) {
            return word + " " + text.analysis.folded(text.tokens[next])
        }
        return word
    }

    private func reading(_ kind: QuestionKind, _ expected: AnswerType, _ first: Int, _ tokens: [Int], after end: Int, cue: Range<Int>) -> ClauseReading {
        let content = tokens.firstIndex { $0 >= end } ?? tokens.count
        return ClauseReading(kind: kind, expected: expected, first: first, content: content, cueTokens: cue)
    }
}
