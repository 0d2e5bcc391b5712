// The question analyser's entry points: the questions of a customer's message, and
// (through LintContext) those of the message a draft answers, computed once per draft.

public enum Questions {
    /// The questions and requests the customer wrote, in order (quoted text and the
    /// signature left out).
    public static func extract(from message: AnalyzedDocument, rules: RuleSet) -> [Question] {
        extract(from: message, lexicon: rules.lexicons.questions)
    }

    public static func extract(from message: AnalyzedDocument, lexicon: QuestionLexicon) -> [Question] {
        QuestionExtractor(text: ClassifiedText(message, lexicon: lexicon, inlineQuotes: true)).questions()
    }
}

extension LintContext {
    /// The questions of the incoming message (none without one), found once per message.
    public var questions: [Question] {
        guard let incoming else { return [] }
        return incoming.memo.value("questions") { Questions.extract(from: incoming, rules: rules) }
    }

    /// The draft taken apart for answer checking.
    public var answerCoverage: AnswerCoverage {
        cached("questions.coverage") { AnswerCoverage(draft: draft, rules: rules) }
    }
}
