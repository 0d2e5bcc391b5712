// The `response-time` kind: a reply sent later than the goal of the channel the
// customer wrote through. Past the maximum is the rule's severity; past the target
// only, info. Needs both dates: the customer's message's (its Date header, or the date
// its quote attribution gives) and the draft's (--sent-at, else its own Date header,
// else now). The channel is LintOptions.channel, else inferred: a return → returns, a
// review → reviews, a problem (CustomerProblem) → issues, anything else → messages.
//
//   response_times: {messages: {target: 2h, maximum: 24h}, ...}   every channel
//   target_message: "..."      message when only the target is missed
//   returns: [...]             phrases that make the customer's message a return
//   reviews: [...]             phrases that make it a review
//   (and the CustomerProblem keys)
import Foundation

struct ResponseTimeCheck: Check {
    let definition: RuleDefinition
    let times: [SupportChannel: ResponseTime]
    let targetMessage: String
    let returns: PhraseListID
    let reviews: PhraseListID
    let problem: CustomerProblem

    static let kind = RuleKind(
        name: "response-time", keys: CustomerProblem.keys.union(["response_times", "target_message", "returns", "reviews"])
    ) { definition, node, index throws(DataError) in
        let table = try node.required("response_times")
        try table.rejectUnknownKeys(Set(SupportChannel.allCases.map(\.rawValue)), what: "response_times")
        var times: [SupportChannel: ResponseTime] = [:]
        for channel in SupportChannel.allCases {
            let entry = try table.required(channel.rawValue)
            try entry.rejectUnknownKeys(["target", "maximum"], what: "a response time")
            func duration(_ key: String) throws(DataError) -> Double {
                let value = try entry.required(key)
                guard let seconds = ResponseTime.seconds(try value.string()) else {
                    throw value.error("expected a duration like 2h, 30m or 2d")
                }
                return seconds
            }
            times[channel] = ResponseTime(target: try duration("target"), maximum: try duration("maximum"))
        }
        return ResponseTimeCheck(
            definition: definition, times: times, targetMessage: try node.required("target_message").string(),
            returns: try index.addList("returns", of: definition, from: node),
            reviews: try index.addList("reviews", of: definition, from: node), problem: try CustomerProblem(node)
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let incoming = context.incoming, let received = incoming.document.headers.sentAt else { return [] }
        let sent = context.options.sentAt ?? context.document.headers.sentAt ?? Date().timeIntervalSince1970
        let delay = sent - received
        let channel = context.options.channel ?? inferredChannel(context, incoming)
        guard let goal = context.options.responseTimes[channel] ?? times[channel], delay > goal.target else { return [] }
        let values = [
            "delay": ResponseTime.describe(delay), "channel": channel.rawValue,
            "target": ResponseTime.describe(goal.target), "maximum": ResponseTime.describe(goal.maximum),
        ]
        let range = ReplyLines.of(context).firstLine()
        if delay > goal.maximum { return [context.finding(definition, range: range, values: values)] }
        var finding = context.finding(definition, range: range, message: targetMessage, values: values)
        finding.severity = min(finding.severity, .info)
        return [finding]
    }

    private func inferredChannel(_ context: LintContext, _ incoming: AnalyzedDocument) -> SupportChannel {
        if !incoming.analysis.hits(returns).isEmpty { return .returns }
        if !incoming.analysis.hits(reviews).isEmpty { return .reviews }
        if let tone = context.incomingTone, problem.reasons(tone) != nil { return .issues }
        return .messages
    }
}
