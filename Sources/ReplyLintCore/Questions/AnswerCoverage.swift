// Whether a reply draft addresses a question: it must speak about the question's
// point (its heaviest words, through stems and synonyms) and, close by (the same
// sentence or the next one either side), hold the kind of answer the question wants.

public struct Coverage: Sendable {
    public var answered: Bool
    /// Byte range in the draft's body of the sentence that answers, when one does.
    public var evidence: Range<Int>?
}

public struct AnswerCoverage: Sendable {
    let answers: DraftAnswers

    public init(draft: AnalyzedDocument, rules: RuleSet) {
        self.init(draft: draft, lexicon: rules.lexicons.questions)
    }

    public init(draft: AnalyzedDocument, lexicon: QuestionLexicon) {
        answers = DraftAnswers(draft, lexicon: lexicon)
    }

    /// Whether `question` is addressed by `draft`.
    public static func check(_ question: Question, draft: AnalyzedDocument, rules: RuleSet) -> Coverage {
        AnswerCoverage(draft: draft, rules: rules).check(question)
    }

    /// The questions the draft leaves open; of questions offered as alternatives
    /// ("refund me or send a new one?"), answering one answers all.
    public func unanswered(_ questions: [Question]) -> [Question] {
        let answered = questions.map { check($0).answered }
        let settled = Set(questions.indices.filter { answered[$0] }.compactMap { questions[$0].alternatives })
        return questions.indices.filter { index in
            !answered[index] && !(questions[index].alternatives.map(settled.contains) ?? false)
        }.map { questions[$0] }
    }

    public func check(_ question: Question) -> Coverage {
        let sentences = answers.sentences
        var accepted = question.expected.accepted
        if question.expected == .action { accepted.formUnion(question.linkedEvidence) }
        if question.expected == .acknowledgement {
            return found(sentences.firstIndex { $0.evidence.contains(.acknowledgement) })
        }
        guard let heaviest = question.terms.map(\.weight).max() else {
            // Nothing to compare ("Why?" at the start of a message): any answer of the
            // right kind will do, and an explanation cannot be judged, so it passes.
            if accepted.isEmpty { return Coverage(answered: true, evidence: nil) }
            return found(sentences.firstIndex { !$0.evidence.isDisjoint(with: accepted) })
        }
        // The question's points: its heaviest words ("change", "address", "office" in
        // "can I change the delivery address to my office?" when the message is about a delivery).
        let points = question.terms.filter { $0.weight >= heaviest - 0.01 }
        // An explanation of a question with many points speaks about two of them.
        let needed = points.count >= 3 ? 2 : 1
        for index in answers.sentences(mentioning: question.terms.lazy.flatMap(\.concepts)) {
            let window = max(0, index - 1)...min(sentences.count - 1, index + 1)
            let hits = points.filter { term in window.contains { mentions(term, in: sentences[$0]) } }.count
            var evidence: AnswerEvidence = []
            for neighbour in window { evidence.formUnion(sentences[neighbour].evidence) }
            let hasAccepted = !evidence.isDisjoint(with: accepted)
            let answered: Bool
            switch question.expected {
            case .time, .amount, .number, .measure, .location, .status:
                answered = hasAccepted
            case .yesNo:
                // A firm answer next to one point ("It isn't, I'm afraid: the glaze..."), or a
                // plain statement about two ("The sofa is available in four fabrics" does not
                // answer "does the sofa come with assembly?").
                answered = (hits >= 1 && isFirm(index)) || hits >= min(2, points.count)
            case .action:
                answered = hits >= 1 && hasAccepted
            case .explanation, .reason:
                answered = hits >= needed
            case .acknowledgement:
                answered = false
            }
            if answered { return Coverage(answered: true, evidence: sentences[index].range) }
        }
        if question.expected == .reason {
            // An explanation in other words ("a loose connector on the heating element")
            // shares nothing with the question; a cause given anywhere will do.
            return found(sentences.firstIndex { $0.evidence.contains(.reason) })
        }
        return Coverage(answered: false, evidence: nil)
    }

    /// A firm yes/no or an act in the sentence itself, or a bare "Yes." just before it.
    private func isFirm(_ index: Int) -> Bool {
        let sentences = answers.sentences
        let firm: AnswerEvidence = [.response, .action]
        if !sentences[index].evidence.isDisjoint(with: firm) { return true }
        return index > 0 && sentences[index - 1].isShort && !sentences[index - 1].evidence.isDisjoint(with: firm)
    }

    private func mentions(_ term: Question.Term, in sentence: DraftAnswers.Sentence) -> Bool {
        term.concepts.contains { sentence.concepts.contains($0) }
    }

    private func found(_ index: Int?) -> Coverage {
        guard let index else { return Coverage(answered: false, evidence: nil) }
        return Coverage(answered: true, evidence: answers.sentences[index].range)
    }
}
