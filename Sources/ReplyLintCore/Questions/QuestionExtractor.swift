// Finds the questions and requests of a customer's message: splits its sentences
// into clauses, reads each clause, and gives each question its words.

struct QuestionExtractor {
    let text: ClassifiedText
    /// A customer's message asks a handful of things; a file with more is no message
    /// (a pasted log, a whole thread), and checking every line of it against a draft
    /// would take long for nothing.
    static let limit = 50

    func questions() -> [Question] {
        let grammar = ClauseGrammar(text)
        let clauses = ClauseSplitter(grammar: grammar).clauses()
        let classifier = ClauseClassifier(grammar: grammar)
        let termReader = QuestionTerms(text, clauses: clauses)
        var questions: [Question] = []
        var nextAlternatives = 0
        var previousWasQuestion = false
        for (index, clause) in clauses.enumerated() where questions.count < Self.limit {
            guard let reading = classifier.read(clause) else {
                previousWasQuestion = false
                continue
            }
            var content = reading.content
            if case .wh(let phrase) = reading.kind, phrase.hasPrefix("how ") { content += 1 }
            var terms = termReader.terms(clause.tokens, from: content, skipping: reading.cueTokens)
            if !terms.contains(where: { $0.weight >= 1 }) {
                // Only generic or topic words ("Where is it?", "Can you please help?"): the
                // question is about what the message said just before.
                terms += referredTo(clauses, before: index, termReader)
            }
            let first = clause.tokens[reading.first]
            let range = Int(text.tokens[first].start)..<Int(text.tokens[clause.tokens.last!].end)
            var alternatives: Int?
            if clause.afterOr, previousWasQuestion, let last = questions.last {
                alternatives = last.alternatives ?? nextAlternatives
                if last.alternatives == nil {
                    questions[questions.count - 1].alternatives = alternatives
                    nextAlternatives += 1
                }
            }
            var question = Question(
                text: text.analysis.text.string(range), range: range, kind: reading.kind,
                expected: expected(reading, terms), alternatives: alternatives, terms: terms
            )
            for group in terms.flatMap(\.concepts).compactMap(\.group) {
                question.linkedEvidence.formUnion(text.lexicon.synonyms.groups[Int(group)].evidence)
            }
            questions.append(question)
            previousWasQuestion = true
        }
        return questions
    }

    /// The words of the clauses before `index`, back to the previous sentence, until one says something.
    private func referredTo(_ clauses: [Clause], before index: Int, _ termReader: QuestionTerms) -> [Question.Term] {
        var terms: [Question.Term] = []
        var position = index - 1
        let sentence = clauses[index].sentence
        while position >= 0, clauses[position].sentence >= sentence - 1 {
            terms += termReader.context(clauses[position].tokens)
            if terms.contains(where: { $0.weight >= 0.5 }) { break }
            position -= 1
        }
        return terms
    }

    /// The answer a reading expects, refined by the question word and its words:
    /// "what's the tracking number" wants a whereabouts, "what are the dimensions" numbers.
    private func expected(_ reading: ClauseReading, _ terms: [Question.Term]) -> AnswerType {
        guard case .wh(let phrase) = reading.kind else { return reading.expected }
        switch phrase {
        case "when", "how long", "how soon", "how late", "how quickly", "how fast", "what time", "what date", "what day",
             "which day", "which date", "what days", "what dates", "what times":
            return .time
        case "where": return .location
        case "why", "how come", "what caused", "what happened", "what went":
            return .reason
        case "how much": return .amount
        case "how many", "how often", "how old":
            return .number
        case "how far", "how big", "how tall", "how wide", "what size", "which size", "what sizes":
            return .measure
        default: break
        }
        guard phrase.hasPrefix("what") || phrase.hasPrefix("which") else { return .explanation }
        for term in terms {
            for group in term.concepts.compactMap(\.group) {
                let evidence = text.lexicon.synonyms.groups[Int(group)].evidence
                if evidence.contains(.location) { return .location }
                if evidence.contains(.amount) { return .amount }
                if evidence.contains(.time) { return .time }
                if evidence.contains(.number) { return .number }
                if evidence.contains(.measure) { return .measure }
            }
        }
        return .explanation
    }
}
