// `replylint explain ID`: why a rule exists, with its bad and good examples.
import ArgumentParser
import Foundation
import ReplyLintCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "One rule: why, bad and good examples.")

    @Argument(help: "A rule id (see replylint rules).")
    var id: String

    @Option(help: "Load extra rule files from a directory (repeatable).")
    var rules: [String] = []

    func run() throws {
        let ruleSet = try loadRules(rules)
        guard let rule = ruleSet.definition(id) else {
            throw Failure("unknown rule '\(id)' (replylint rules lists them)")
        }
        var out = "\(rule.id) (\(rule.severity.rawValue), \(rule.kind)\(rule.enabledByDefault ? "" : ", off by default"))\n\n"
        if !rule.why.isEmpty { out += rule.why.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" }
        out += "Bad:\n"
        for example in rule.bad { out += bullet(example) }
        out += "\nGood:\n"
        for example in rule.good { out += bullet(example) }
        Output.write(out)
    }

    private func bullet(_ example: RuleExample) -> String {
        var text = "  - " + example.draft.replacingOccurrences(of: "\n", with: "\n    ") + "\n"
        if let incoming = example.incoming {
            text += "    (answering: " + incoming.replacingOccurrences(of: "\n", with: " ") + ")\n"
        }
        if let config = example.config {
            text += "    (with .replylint.yml: " + config.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "; ") + ")\n"
        }
        if let other = example.other {
            text += "    (another file of the run says: " + other.replacingOccurrences(of: "\n", with: " ") + ")\n"
        }
        if example.template { text += "    (template mode)\n" }
        if let sentAt = example.sentAt { text += "    (sent at \(MailDate.iso8601(sentAt)))\n" }
        if let channel = example.channel { text += "    (channel: \(channel.rawValue))\n" }
        return text
    }
}
