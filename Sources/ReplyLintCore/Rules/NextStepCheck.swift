// The `next-step` kind: a customer who reports a problem (CustomerProblem) answered
// without one concrete action: something done ("I've refunded"), being done ("we're
// sending"), promised ("I'll send", "it will arrive by Friday"), handed over ("here is
// the tracking link") or exactly what is needed asked for ("please reply with your
// order number so I can ..."). Needs the customer's message; says nothing without it.
// It looks for any such phrase anywhere in the reply: a missed finding is better than
// a false alarm.
//
//   actions: {...}             what is a concrete next step (see ActionLexicon)
//   (and the CustomerProblem keys)

struct NextStepCheck: Check {
    let definition: RuleDefinition
    let actions: ActionLexicon
    let problem: CustomerProblem

    static let kind = RuleKind(
        name: "next-step", keys: CustomerProblem.keys.union(["actions"])
    ) { definition, node, index throws(DataError) in
        NextStepCheck(
            definition: definition,
            actions: try ActionLexicon.read(try node.required("actions"), rule: definition, into: &index),
            problem: try CustomerProblem(node)
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        // Cheap test first: most replies name an action, and then the tone is not needed.
        let reply = ReplyLines.of(context)
        guard reply.wordCount > 0, !actions.isFound(in: reply.analysis, scope: reply.scope),
              let tone = context.incomingTone, let reasons = problem.reasons(tone) else { return [] }
        return [context.finding(
            definition, range: reply.firstContentLine(),
            values: ["cues": reasons.isEmpty ? tone.label.rawValue : reasons]
        )]
    }
}
