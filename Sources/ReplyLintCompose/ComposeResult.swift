// What `compose` produced: the reading of the customer's message, the reply, and what the
// agent still has to do before sending it.
import ReplyLintCore

public struct ComposeResult: Sendable {
    /// Something only the agent knows, written into the reply as `[label]` until filled.
    public struct Slot: Sendable, Equatable {
        public let name: String
        public let filled: Bool
        /// For an answer slot: the question it answers.
        public let question: String?
        /// What to put in it.
        public let describe: String
    }

    public struct QuestionStatus: Sendable, Equatable {
        public let text: String
        /// Whether the composed reply answers it without the agent's help.
        public let answered: Bool
    }

    public let intents: [IntentScore]
    public let escalation: Escalation?
    public let facts: Facts
    public let tone: ToneLabel
    /// The template of the reply's main part ("late-delivery", or "escalation").
    public let template: String
    public let reply: String
    public let slots: [Slot]
    public let questions: [QuestionStatus]
    /// What replylint's own rules say about the reply, linted against the customer's message.
    public let findings: [Finding]

    public var intent: Intent { intents[0].intent }

    public var unfilledSlots: [Slot] { slots.filter { !$0.filled } }

    /// Ready to send: every slot filled and no finding above info.
    public var isReady: Bool {
        unfilledSlots.isEmpty && !findings.contains { $0.severity > .info }
    }
}
