// The `salutation` kind: a reply that does not open with a greeting ("Hi Sam,") or
// does not end with a sign-off ("Kind regards,"). Both are courtesy, so the rules are
// info, leave short replies alone (ReplySize) and, by default, templates too: a
// template is often a snippet pasted between a greeting and a sign-off.
//
//   position: start | end     greeting at the start, or sign-off at the end
//   phrases: [...]            what counts as a greeting / sign-off
//   in_templates: false       whether the rule runs in template mode
//   (and the ReplySize keys)
//
// A greeting must start the reply's first line; a line of a few words ending in a
// comma ("Sam,", "Ms Okafor,") counts too. A sign-off must start a line or sentence in
// the last two sentences of the reply or in the first three lines of the signature block.

struct SalutationCheck: Check {
    enum Position: String { case start, end }

    let definition: RuleDefinition
    let position: Position
    let phrases: PhraseListID
    let inTemplates: Bool
    let size: ReplySize

    static let kind = RuleKind(
        name: "salutation", keys: ReplySize.keys.union(["position", "phrases", "in_templates"])
    ) { definition, node, index throws(DataError) in
        let positionNode = try node.required("position")
        guard let position = Position(rawValue: try positionNode.string()) else {
            throw positionNode.error("position must be start or end")
        }
        return SalutationCheck(
            definition: definition, position: position,
            phrases: try index.addList("phrases", of: definition, from: node),
            inTemplates: try node["in_templates"]?.bool() ?? false,
            size: try ReplySize(node)
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        if context.options.template && !inTemplates { return [] }
        let reply = ReplyLines.of(context)
        guard size.isLargeEnough(reply) else { return [] }
        switch position {
        case .start:
            guard let first = reply.lines.first, !hasGreeting(first, reply) else { return [] }
            return [context.finding(definition, range: reply.firstContentLine())]
        case .end:
            guard !hasSignOff(reply) else { return [] }
            return [context.finding(definition, range: reply.lastLine())]
        }
    }

    private func hasGreeting(_ line: Range<Int>, _ reply: ReplyLines) -> Bool {
        if reply.isAddressLine(line) { return true }
        return reply.hits(phrases, in: line).contains { Int($0.start) == line.lowerBound }
    }

    private func hasSignOff(_ reply: ReplyLines) -> Bool {
        let places = [reply.closingSentences(2), reply.signatureLines(3)]
        return places.contains { place in
            reply.hits(phrases, in: place).contains { reply.startsLineOrSentence(Int($0.start)) }
        }
    }
}
