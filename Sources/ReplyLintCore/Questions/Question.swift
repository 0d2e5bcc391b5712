// A question or request the customer wrote, where it stands, and what would answer it.

public struct Question: Sendable {
    /// The question as written (one clause of a sentence when a sentence asks several things).
    public let text: String
    /// `text` on one line, shortened when long, for messages.
    public let shortText: String
    /// Byte range of `text` in the incoming message's body.
    public let range: Range<Int>
    public let kind: QuestionKind
    /// What kind of answer addresses it.
    public let expected: AnswerType
    /// Questions joined by "or" ("can I get a refund or do I have to send it for repair?")
    /// share a number: answering one of them answers the customer.
    public internal(set) var alternatives: Int?
    /// The content words the answer should speak about, with their weights.
    var terms: [Term]
    /// Answers that stand for one of the question's words ("tracking number": a tracking number).
    var linkedEvidence: AnswerEvidence = []

    init(text: String, range: Range<Int>, kind: QuestionKind, expected: AnswerType, alternatives: Int?, terms: [Term]) {
        self.text = text
        self.shortText = Message.excerpt(text, limit: 72)
        self.range = range
        self.kind = kind
        self.expected = expected
        self.alternatives = alternatives
        self.terms = terms
    }

    /// A content word (or phrase) of the question.
    struct Term: Sendable {
        /// The word's synonym groups, or its stem.
        var concepts: [Concept]
        /// 1 for a word of this question alone; halved for a generic word ("order") and for
        /// a word the message also uses outside the question (its topic, not its point).
        var weight: Double
    }
}

public enum QuestionKind: Sendable, Hashable {
    /// "When will it ship?", "how long does the refund take": the question word as
    /// written in lower case ("when", "how long", "what time").
    case wh(String)
    /// "Can I return it?", "I was wondering if the vase is dishwasher safe".
    case yesNo
    /// "Please send a new label", "I want a refund", "Cancel my order", "I'm still waiting for my refund".
    case request
    /// "Any update?", "what's the status": news of something under way.
    case status
    /// A rhetorical question that voices a complaint: "Why do I have to chase you every
    /// time?", "Is this how you treat customers?", "Are you kidding me?".
    ///
    /// Decision: such a question wants an acknowledgement, not information. It is
    /// extracted (so a composer can acknowledge it) and `AnswerCoverage` counts it as
    /// answered when the draft apologises or acknowledges anywhere, but the
    /// `unanswered-question` rule never reports it: an upset customer answered without
    /// acknowledgement is `tone-mismatch`'s finding, and the look-alikes ("Why do I have
    /// to pay customs fees?") are real questions that must not be waved through as rhetoric.
    case complaint
}

/// What addresses a question, from its question word and its words.
public enum AnswerType: String, Sendable {
    /// when, how long, what time: a day, date, time or span.
    case time
    /// how much, what price: a sum of money ("free" counts).
    case amount
    /// how many, how often: a number.
    case number
    /// which size, what dimensions: a size or measurement.
    case measure
    /// where: whereabouts (a tracking number, a link, "at the depot"), or when it will come.
    case location
    /// a yes/no question: a firm yes or no, or the thing done.
    case yesNo
    /// a request: an action taken or promised ("I've refunded", "I'll send"), a refusal, or
    /// the thing asked for ("send me the tracking number": the number).
    case action
    /// "any update?": a date, a whereabouts or an action.
    case status
    /// why, what caused, how come: a statement about the same things, or a cause given.
    case reason
    /// how, what, which, who: a statement about the same things.
    case explanation
    /// a complaint: an apology or acknowledgement anywhere in the draft.
    case acknowledgement

    /// The evidence that answers this type when it stands next to the question's words.
    var accepted: AnswerEvidence {
        switch self {
        case .time: return .time
        case .amount: return .amount
        case .number: return .number
        case .measure: return .measure
        case .location: return [.location, .time, .action]
        case .yesNo: return [.response, .action]
        case .action: return [.action, .refusal]
        case .status: return [.time, .location, .action]
        case .reason: return .reason
        case .explanation: return []
        case .acknowledgement: return .acknowledgement
        }
    }
}
