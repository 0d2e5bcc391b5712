// What every rule file says, whatever its kind.

public struct RuleExample: Sendable {
    public var draft: String
    /// The customer's message the draft answers, for rules that compare the two.
    public var incoming: String?
    /// Lint the example in template mode.
    public var template: Bool
    /// A .replylint.yml (as text) to lint the example with.
    public var config: String?
    /// Another draft linted in the same run, before this one (for rules across files).
    public var other: String?
    /// When the draft is sent (ISO 8601 in the file), for rules that time the reply.
    public var sentAt: Double?
    /// The channel the customer wrote through, for rules that time the reply.
    public var channel: SupportChannel?

    public init(
        draft: String, incoming: String? = nil, template: Bool = false, config: String? = nil, other: String? = nil,
        sentAt: Double? = nil, channel: SupportChannel? = nil
    ) {
        self.draft = draft
        self.incoming = incoming
        self.template = template
        self.config = config
        self.other = other
        self.sentAt = sentAt
        self.channel = channel
    }
}

public struct RuleDefinition: Sendable {
    public var id: String
    public var kind: String
    public var severity: Severity
    /// Message template; `{excerpt}` and kind-specific slots are filled in.
    public var message: String
    /// Why the rule exists, for `replylint explain`.
    public var why: String
    public var bad: [RuleExample]
    public var good: [RuleExample]
    /// Whether the rule also looks at the signature block.
    public var includesSignature: Bool
    public var enabledByDefault: Bool
    /// Whether `--fix` may apply the rule's suggestions: they are exact replacements, not guesses.
    public var fixable: Bool
    /// Whether a finding of this rule is dropped when another rule reports exactly the same
    /// text (spelling yields to slang: "thx" is slang for "thanks", not a typo of "the").
    public var yieldsToOtherRules: Bool
    /// Where the rule came from ("rules/slang.yml" or a --rules file).
    public var file: String

    static let commonKeys: Set<String> = [
        "id", "kind", "severity", "message", "why", "examples", "signature", "enabled", "fix", "yields_to_other_rules",
    ]

    init(_ node: DataNode, file: String) throws(DataError) {
        _ = try node.map()
        let idNode = try node.required("id")
        id = try idNode.string()
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw idNode.error("rule id '\(id)' may hold only letters, digits and '-'")
        }
        kind = try node.required("kind").string()
        let severityNode = try node.required("severity")
        guard let severity = Severity(rawValue: try severityNode.string()) else {
            throw severityNode.error("severity must be error, warning or info, not '\(severityNode.scalar ?? "")'")
        }
        self.severity = severity
        message = try node.required("message").string()
        why = try node["why"]?.string() ?? ""
        includesSignature = try node["signature"]?.bool() ?? false
        enabledByDefault = try node["enabled"]?.bool() ?? true
        fixable = try node["fix"]?.bool() ?? false
        yieldsToOtherRules = try node["yields_to_other_rules"]?.bool() ?? false
        self.file = file
        bad = []
        good = []
        if let examples = node["examples"] {
            try examples.rejectUnknownKeys(["bad", "good"], what: "examples")
            bad = try Self.examples(examples["bad"])
            good = try Self.examples(examples["good"])
        }
    }

    private static func examples(_ node: DataNode?) throws(DataError) -> [RuleExample] {
        guard let node, !node.isNull else { return [] }
        var result: [RuleExample] = []
        for item in try node.list() {
            if let text = item.scalar {
                result.append(RuleExample(draft: text))
                continue
            }
            try item.rejectUnknownKeys(["draft", "incoming", "template", "config", "other", "sent_at", "channel"], what: "an example")
            var example = RuleExample(
                draft: try item.required("draft").string(),
                incoming: try item["incoming"]?.string(),
                template: try item["template"]?.bool() ?? false,
                config: try item["config"]?.string(),
                other: try item["other"]?.string()
            )
            if let node = item["sent_at"] {
                guard let sentAt = ISO8601Date.parse(try node.string()) else {
                    throw node.error("sent_at: expected ISO 8601 like 2026-11-20T10:04:00Z")
                }
                example.sentAt = sentAt
            }
            if let node = item["channel"] {
                guard let channel = SupportChannel(rawValue: try node.string()) else {
                    throw node.error("channel must be one of \(SupportChannel.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                example.channel = channel
            }
            result.append(example)
        }
        return result
    }
}
