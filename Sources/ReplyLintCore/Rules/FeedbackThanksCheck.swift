// The `feedback-thanks` kind: the customer gave feedback (praise, a review, a
// suggestion, a complaint about the product) and the reply does not thank them for it.
// Needs the customer's message. Praise in a message the tone analyser calls positive
// is tone-mismatch's to report (as a warning) when that rule is on, so this one then
// stays quiet instead of saying it twice.
//
//   feedback: [...]     phrases in the customer's message that make it feedback
//   thanks: [...]       phrases in the reply that thank for it
//   (and the ReplySize keys)

struct FeedbackThanksCheck: Check {
    let definition: RuleDefinition
    let feedback: PhraseListID
    let thanks: PhraseListID
    let size: ReplySize

    static let kind = RuleKind(
        name: "feedback-thanks", keys: ReplySize.keys.union(["feedback", "thanks"])
    ) { definition, node, index throws(DataError) in
        FeedbackThanksCheck(
            definition: definition,
            feedback: try index.addList("feedback", of: definition, from: node),
            thanks: try index.addList("thanks", of: definition, from: node),
            size: try ReplySize(node)
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let incoming = context.incoming else { return [] }
        let reply = ReplyLines.of(context)
        guard size.isLargeEnough(reply), reply.hits(thanks, in: reply.scope.lowerBound..<reply.signature.upperBound).isEmpty,
              let tone = context.incomingTone else { return [] }
        let cue = incoming.analysis.hits(feedback).first
        let praised = tone.label == .positive
        guard cue != nil || praised else { return [] }
        if praised, toneMismatchIsOn(context) { return [] }
        let said = cue.map { incoming.analysis.string(tokens: $0.tokenRange) } ?? tone.reasons().joined(separator: ", ")
        let related = cue.flatMap { context.relatedLocation(inIncoming: incoming.analysis.byteRange($0.tokenRange)) }
        return [context.finding(definition, range: reply.firstContentLine(), values: ["feedback": said], related: related)]
    }

    private func toneMismatchIsOn(_ context: LintContext) -> Bool {
        context.rules.definitions.contains { $0.kind == "tone-mismatch" && context.options.isEnabled($0) }
    }
}
