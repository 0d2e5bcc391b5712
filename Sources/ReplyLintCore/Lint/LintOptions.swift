// How one run lints: which rules, what counts as a template, when the draft is sent.

public struct LintOptions: Sendable {
    /// Rules switched on for this run even if off by default.
    public var enabled: Set<String> = []
    /// Rules switched off for this run.
    public var disabled: Set<String> = []
    /// Template mode: well-formed template variables are allowed.
    public var template = false
    public var severityOverrides: [String: Severity] = [:]
    /// When the draft is (to be) sent, seconds since 1970.
    public var sentAt: Double?
    /// The draft's .replylint.yml (policy facts, response times, escalation, channel,
    /// template variables...), or nil when none applies. See Configuration/.
    public var configuration: Configuration?
    /// Options a configuration gives a rule (`rules: {id: {option: value}}`), by rule id.
    public var ruleOptions: [String: DataNode] = [:]
    /// The channel the customer wrote through (late-response); nil: inferred from the message.
    public var channel: SupportChannel?
    /// Response-time goals that replace those of the late-response rule file, per channel.
    public var responseTimes: [SupportChannel: ResponseTime] = [:]
    /// Findings of one rule per draft (see FindingLimit).
    public var findingLimit = FindingLimit.perRule

    public init() {}

    public func isEnabled(_ definition: RuleDefinition) -> Bool {
        isEnabled(id: definition.id, byDefault: definition.enabledByDefault)
    }

    func isEnabled(id: String, byDefault: Bool) -> Bool {
        if disabled.contains(id) { return false }
        return byDefault || enabled.contains(id)
    }
}
