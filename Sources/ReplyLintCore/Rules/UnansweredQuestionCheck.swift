// The `questions` kind: a question or request in the customer's message that the
// draft does not address. Needs the incoming message (--incoming, or the message the
// draft quotes); complaints voiced as questions are left to tone (see QuestionKind.complaint).
//
//   request_message: "..."   message for a request (default: `message`)
//   note: "..."              the note at the question's place in the incoming file
//   request_note: "..."      the same for a request
//
// The finding sits on the first line of the draft's reply: a missing answer has no
// place of its own, and the first line is where a reader starts; the related
// location points at the question in the incoming file.

struct UnansweredQuestionCheck: Check {
    let definition: RuleDefinition
    let requestMessage: String?
    let note: String
    let requestNote: String

    static let kind = RuleKind(name: "questions", keys: ["request_message", "note", "request_note"]) { definition, node, _ throws(DataError) in
        let note = try node["note"]?.string() ?? "asked here"
        return UnansweredQuestionCheck(
            definition: definition, requestMessage: try node["request_message"]?.string(),
            note: note, requestNote: try node["request_note"]?.string() ?? note
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        guard context.incoming != nil else { return [] }
        let questions = context.questions.filter { $0.kind != .complaint }
        guard !questions.isEmpty else { return [] }
        let open = context.answerCoverage.unanswered(questions)
        guard !open.isEmpty, let anchor = FirstReplyLine.first(context.analysis, before: context.document.replyRange.upperBound) else { return [] }
        return context.capped(definition, open) { question in
            let isRequest = question.kind == .request
            return context.finding(
                definition, range: anchor, message: isRequest ? requestMessage : nil,
                values: ["question": question.shortText],
                related: context.relatedLocation(inIncoming: question.range, message: isRequest ? requestNote : note)
            )
        }
    }
}
