// How a clause of a customer's message starts: with a question word and its verb
// ("when will"), an inverted verb ("can you"), a request ("please send", "I want a"),
// or one of the cue phrases of rules/questions/cues.yml.

struct ClauseGrammar {
    let text: ClassifiedText
    /// The longest hit of each cue list by the token it starts at.
    private let cueStarts: [PhraseListID: [Int: Int]]

    init(_ text: ClassifiedText) {
        self.text = text
        let cues = text.lexicon.cues
        var starts: [PhraseListID: [Int: Int]] = [:]
        for list in [cues.indirect, cues.notQuestions, cues.requestOpeners, cues.waiting, cues.status, cues.rhetorical] {
            var byStart: [Int: Int] = [:]
            for hit in text.analysis.hits(list) {
                let start = Int(hit.start)
                byStart[start] = max(byStart[start] ?? 0, Int(hit.end))
            }
            starts[list] = byStart
        }
        cueStarts = starts
    }

    /// The end (exclusive token index) of a cue of `list` starting at `token`.
    func cue(_ list: PhraseListID, at token: Int) -> Int? {
        cueStarts[list]?[token]
    }

    /// "Let me know if you need anything", "how are you": looks like a question, asks nothing.
    func isNotAQuestion(_ token: Int) -> Bool {
        cue(text.lexicon.cues.notQuestions, at: token) != nil
    }

    /// Whether a question or request starts at `tokens[position]`.
    /// `questionMark`: the sentence ends with "?".
    func startsQuestion(_ tokens: [Int], at position: Int, questionMark: Bool) -> Bool {
        guard position < tokens.count else { return false }
        let token = tokens[position]
        let cues = text.lexicon.cues
        if isNotAQuestion(token) { return false }
        return whStart(tokens, at: position, questionMark: questionMark) != nil
            || auxiliaryStart(tokens, at: position, questionMark: questionMark)
            || cue(cues.indirect, at: token) != nil || cue(cues.status, at: token) != nil
            || cue(cues.waiting, at: token) != nil || cue(cues.rhetorical, at: token) != nil
            || requestStart(tokens, at: position) != nil
    }

    // MARK: Question words

    /// The question word as a phrase ("when", "how long", "what time") when a wh-question
    /// starts here: the word is followed by its verb ("where is"), is contracted with it
    /// ("where's"), is "how" + a degree ("how much"), "what"/"which" + a noun + a verb
    /// ("which size should"), or stands alone before "?" ("Why?", "What now?").
    func whStart(_ tokens: [Int], at position: Int, questionMark: Bool) -> String? {
        let token = tokens[position]
        guard text.has(token, .wh) else { return nil }
        let word = baseWhWord(token)
        let next = position + 1 < tokens.count ? tokens[position + 1] : nil
        if isContraction(token) { return word }
        guard let next else { return questionMark ? word : nil }
        if text.has(next, .auxiliary) { return word }
        // "what caused the fault?", "who sent it?": the question word is the subject.
        if questionMark, (word == "what" || word == "who" || word == "which"), text.tokens[next].isWord, !text.has(next, [.pronoun, .determiner]) {
            return word + " " + text.analysis.folded(text.tokens[next])
        }
        if word == "how", text.has(next, .degree) { return "how " + text.analysis.folded(text.tokens[next]) }
        if word == "how", text.isWord(next, "come") { return "how come" }
        if word == "what" || word == "which" || word == "whose", !text.has(next, [.pronoun, .determiner]), text.tokens[next].isWord {
            for ahead in position + 2..<min(position + 4, tokens.count) {
                if text.has(tokens[ahead], .auxiliary) {
                    return word + " " + text.analysis.folded(text.tokens[next])
                }
                if text.has(tokens[ahead], .pronoun) { break }
            }
        }
        // "Why?", "What now?", "How so?"
        if text.isPunctuation(next, "?") { return word }
        if position + 2 < tokens.count, text.isPunctuation(tokens[position + 2], "?"),
           text.isWord(next, "now") || text.isWord(next, "not") || text.isWord(next, "so") || text.isWord(next, "exactly")
            || text.isWord(next, "then") || text.isWord(next, "else") {
            return word
        }
        return nil
    }

    /// "what's" → "what", "wheres" → "where".
    func baseWhWord(_ token: Int) -> String {
        var word = text.analysis.folded(text.tokens[token])
        if let apostrophe = word.firstIndex(of: "'") { word = String(word[..<apostrophe]) }
        if ["whats", "wheres", "hows", "whens"].contains(word) { word.removeLast() }
        return word
    }

    private func isContraction(_ token: Int) -> Bool {
        let folded = text.analysis.folded(text.tokens[token])
        return folded.contains("'") || ["whats", "wheres", "hows", "whens"].contains(folded)
    }

    // MARK: Inverted verbs

    /// "can you", "is it", "do I": a verb before its subject. A pronoun subject makes a
    /// question without a question mark ("can i pay with paypal"); a determiner needs
    /// the mark ("Is the desk easy to assemble?", but not "Have a nice day").
    func auxiliaryStart(_ tokens: [Int], at position: Int, questionMark: Bool) -> Bool {
        guard position + 1 < tokens.count, text.has(tokens[position], .auxiliary) else { return false }
        let next = tokens[position + 1]
        if text.has(next, .pronoun) { return true }
        return questionMark && text.has(next, .determiner)
    }

    // MARK: Requests

    /// Where the request's own words start when a request starts here: "please send",
    /// "kindly refund", "please don't deliver", "cancel my order", "I want a refund",
    /// "I'd like to swap", "want my money back".
    func requestStart(_ tokens: [Int], at position: Int) -> Int? {
        let token = tokens[position]
        let next = position + 1 < tokens.count ? tokens[position + 1] : nil
        if isPlease(token), let next {
            if text.has(next, .requestVerb) || text.has(next, .negation) || text.isWord(next, "do") { return position + 1 }
            return nil
        }
        if text.has(token, .requestVerb), let next, text.has(next, .object) || isPlease(next) {
            return position
        }
        if let end = cue(text.lexicon.cues.requestOpeners, at: token) {
            // The opener may end in its object ("want my"); otherwise a thing or "to" + verb follows.
            guard let after = tokens.firstIndex(where: { $0 >= end }) else { return nil }
            let first = tokens[after]
            if text.has(end - 1, .requestObject), end - 1 > token { return after }
            if text.isWord(first, "to") {
                guard after + 1 < tokens.count, text.has(tokens[after + 1], .requestVerb) else { return nil }
                return after + 1
            }
            if text.isWord(first, "you"), after + 2 < tokens.count, text.isWord(tokens[after + 1], "to") {
                return text.has(tokens[after + 2], .requestVerb) ? after + 2 : nil
            }
            return text.has(first, .requestObject) ? after : nil
        }
        return nil
    }

    func isPlease(_ token: Int) -> Bool {
        text.isWord(token, "please") || text.isWord(token, "pls") || text.isWord(token, "plz") || text.isWord(token, "kindly")
    }
}
