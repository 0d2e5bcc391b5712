// The tone of the draft and of the customer's message, scored once per draft and
// shared by the rules that need it (tone-mismatch, no-next-step) and by compose.

extension LintContext {
    public var toneAnalyzer: ToneAnalyzer { ToneAnalyzer(rules.lexicons.tone) }

    /// The tone of the reply the agent wrote (without signature or quoted message).
    public var draftTone: ToneScore {
        cached("tone.draft") { toneAnalyzer.score(draft) }
    }

    /// The tone of the customer's message, when there is one.
    public var incomingTone: ToneScore? {
        guard let incoming else { return nil }
        return cached("tone.incoming") { toneAnalyzer.score(incoming) }
    }

    /// The labels reports show ("draft", "incoming"), when there is a customer's message to compare with.
    public var toneLabels: [String: String] {
        guard let incomingTone else { return [:] }
        return ["draft": draftTone.label.rawValue, "incoming": incomingTone.label.rawValue]
    }
}
