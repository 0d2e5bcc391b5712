// `replylint explain ID` (also the MCP `explain` tool): why a rule exists, with its
// bad and good examples.

public struct RuleExplanation {
    public let rule: RuleDefinition

    public init(_ rule: RuleDefinition) {
        self.rule = rule
    }

    public var text: String {
        var out = "\(rule.id) (\(rule.severity.rawValue), \(rule.kind)\(rule.enabledByDefault ? "" : ", off by default"))\n\n"
        let why = trimmed(rule.why)
        if !why.isEmpty { out += why + "\n\n" }
        out += "Bad:\n"
        for example in rule.bad { out += bullet(example) }
        out += "\nGood:\n"
        for example in rule.good { out += bullet(example) }
        return out
    }

    private func bullet(_ example: RuleExample) -> String {
        var text = "  - " + example.draft.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ") + "\n"
        if let incoming = example.incoming {
            text += "    (answering: " + oneLine(incoming, joiner: " ") + ")\n"
        }
        if let config = example.config {
            text += "    (with .replylint.yml: " + oneLine(trimmed(config), joiner: "; ") + ")\n"
        }
        if let other = example.other {
            text += "    (another file of the run says: " + oneLine(other, joiner: " ") + ")\n"
        }
        if example.template { text += "    (template mode)\n" }
        if let sentAt = example.sentAt { text += "    (sent at \(MailDate.iso8601(sentAt)))\n" }
        if let channel = example.channel { text += "    (channel: \(channel.rawValue))\n" }
        return text
    }

    private func oneLine(_ text: String, joiner: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: joiner)
    }

    private func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
