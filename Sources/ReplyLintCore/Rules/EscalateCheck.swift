// The `escalate` kind: the customer's message needs a specialist (legal threat, fraud
// claim, chargeback, abuse, a billing dispute over the threshold). An info finding on
// the draft's first line, pointing at the words in the customer's message.
//
//   threshold: 100     billing disputes above this amount escalate (default: rules/escalation/cues.yml)

struct EscalateCheck: Check {
    let definition: RuleDefinition
    let threshold: Double?

    static let kind = RuleKind(name: "escalate", keys: ["threshold"]) { definition, node, _ throws(DataError) in
        EscalateCheck(definition: definition, threshold: try node["threshold"]?.number())
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let incoming = context.incoming, case .success(let cues) = EscalationCues.embedded,
              let escalation = cues.escalation(in: incoming.analysis, threshold: threshold),
              let anchor = FirstReplyLine.first(context.analysis, before: context.document.replyRange.upperBound) else { return [] }
        return [context.finding(
            definition, range: anchor, values: ["reason": escalation.reason, "say": escalation.say, "cue": escalation.excerpt],
            related: context.relatedLocation(inIncoming: escalation.range, message: "here")
        )]
    }
}
