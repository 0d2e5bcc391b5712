// `compose --format text`: an escalation first (it changes what to do), then the reply,
// then what the agent still has to do.
import ReplyLintCore

public enum ComposeText {
    public static func report(_ result: ComposeResult) -> String {
        var out = ""
        if let escalation = result.escalation {
            out += "ESCALATE (\(escalation.reason)): the customer \(escalation.say) ('\(escalation.excerpt)'); hand this to a specialist.\n\n"
        }
        out += result.reply
        var gaps: [String] = []
        let open = result.unfilledSlots
        if !open.isEmpty {
            gaps.append("Slots to fill (--set NAME=VALUE):")
            for slot in open {
                gaps.append("  " + slot.name + ": " + slot.describe)
            }
        }
        let unanswered = result.questions.filter { !$0.answered }
        if !unanswered.isEmpty {
            gaps.append("Questions needing an answer:")
            for question in unanswered { gaps.append("  " + question.text) }
        }
        if !result.findings.isEmpty {
            gaps.append("Findings:")
            for finding in result.findings {
                gaps.append("  \(finding.start.line):\(finding.start.column)  \(finding.severity.rawValue)  \(finding.message)  [\(finding.rule)]")
            }
        }
        let intents = result.intents.map { "\($0.intent.rawValue) \(JSONWriter.number((($0.confidence * 100).rounded() / 100)))" }
        gaps.append("Intent: \(intents.joined(separator: ", ")); tone: \(result.tone.rawValue)")
        gaps.append(result.isReady ? "Ready to send." : "Not ready to send.")
        return out + "\n---\n" + gaps.joined(separator: "\n") + "\n"
    }
}
