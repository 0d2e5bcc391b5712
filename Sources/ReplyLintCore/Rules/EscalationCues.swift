// When a customer's message needs a specialist: legal threats, fraud claims, chargebacks,
// abuse, and billing disputes over a threshold (rules/escalation/cues.yml). Read the
// first time a customer's message is checked, into a phrase index of its own, so a plain
// lint never loads it. Used by the `escalate` rule and by compose.

public struct Escalation: Sendable, Equatable {
    /// "legal", "fraud", "chargeback", "abuse", "billing-dispute".
    public let reason: String
    /// What the customer does, for messages ("threatens legal action").
    public let say: String
    /// The words that set it off, in the customer's message body.
    public let range: Range<Int>
    public let excerpt: String
}

public struct EscalationCues: Sendable {
    struct Reason: Sendable {
        let name: String
        let say: String
        let needsAmount: Bool
        let list: PhraseListID
    }

    let phrases: PhraseIndex
    let reasons: [Reason]
    /// Billing disputes above this amount escalate.
    public let threshold: Double

    static let path = "rules/escalation/cues.yml"

    public static let embedded: Result<EscalationCues, DataError> = {
        guard let file = RuleSet.embeddedFiles.first(where: { $0.path == path }) else {
            return .failure(DataError(file: path, line: 1, column: 1, problem: "missing data file of the escalation check"))
        }
        do throws(DataError) {
            return .success(try EscalationCues(file))
        } catch {
            return .failure(error)
        }
    }()

    init(_ file: DataFile) throws(DataError) {
        let node = try YAMLReader.read(file.contents, file: file.path)
        try node.rejectUnknownKeys(["threshold", "reasons"], what: "the escalation cues")
        threshold = try node.required("threshold").number()
        var index = PhraseIndex()
        var reasons: [Reason] = []
        for item in try node.required("reasons").list() {
            try item.rejectUnknownKeys(["reason", "say", "needs_amount", "phrases"], what: "an escalation reason")
            let name = try item.required("reason").string()
            let list = index.addList(named: "escalation " + name)
            for (number, phrase) in try item.required("phrases").list().enumerated() {
                let text = try phrase.string()
                do throws(PhraseSyntaxError) {
                    try index.add(text, to: list, item: number)
                } catch {
                    throw phrase.error(error.description)
                }
            }
            reasons.append(Reason(
                name: name, say: try item.required("say").string(),
                needsAmount: try item["needs_amount"]?.bool() ?? false, list: list
            ))
        }
        index.compile()
        phrases = index
        self.reasons = reasons
    }

    /// Why this message must go to a specialist, or nil. The first reason of the file that
    /// applies wins; a billing dispute needs an amount above `threshold` in the message.
    public func escalation(in analysis: TextAnalysis, threshold: Double? = nil) -> Escalation? {
        let hits = phrases.match(analysis.tokens, in: analysis.bytes)
        guard !hits.isEmpty else { return nil }
        let limit = threshold ?? self.threshold
        for reason in reasons {
            guard let hit = hits.filter({ $0.list == reason.list.raw }).min(by: { $0.start < $1.start }) else { continue }
            var say = reason.say
            if reason.needsAmount {
                guard let largest = MoneyAmount.find(in: analysis).max(by: { $0.value < $1.value }), largest.value > limit else {
                    continue
                }
                say = Message.render(say, ["amount": largest.text])
            }
            let range = analysis.byteRange(hit.tokenRange)
            return Escalation(reason: reason.name, say: say, range: range, excerpt: Message.excerpt(analysis.text.string(range)))
        }
        return nil
    }
}
