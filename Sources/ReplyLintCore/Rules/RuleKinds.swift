// Every kind of rule a rule file may name. Adding a kind is one line here plus its file.

public enum RuleKinds {
    public static let all: [String: RuleKind] = Dictionary(uniqueKeysWithValues: [
        PhraseCheck.kind,
        PlaceholderCheck.kind,
        ShoutingCheck.kind,
        SpellingCheck.kind,
        RepeatedWordCheck.kind,
        ReadabilityCheck.kind,
        ToneMismatchCheck.kind,
        UnansweredQuestionCheck.kind,
        TemplateSyntaxCheck.kind,
        UnknownVariableCheck.kind,
        NameFallbackCheck.kind,
        CustomPhraseCheck.kind,
        UnusedDisableCheck.kind,
        PolicyMismatchCheck.kind,
        InconsistentPolicyCheck.kind,
        SalutationCheck.kind,
        FeedbackThanksCheck.kind,
        NextStepCheck.kind,
        ResponseTimeCheck.kind,
        EscalateCheck.kind,
        CustomerNameCheck.kind,
    ].map { ($0.name, $0) })
}
