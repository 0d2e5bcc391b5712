// `replylint rules`: every rule with its severity and what it catches.
import ArgumentParser
import ReplyLintCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules with examples.")

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Option(help: "Load extra rule files from a directory (repeatable).")
    var rules: [String] = []

    func run() throws {
        let ruleSet = try loadRules(rules)
        switch format {
        case .text:
            let width = ruleSet.ids.map(\.count).max() ?? 0
            for rule in ruleSet.definitions {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                let state = rule.enabledByDefault ? "" : " (off by default)"
                Output.write("\(id)  \(severity)  \(rule.summary)\(state)\n")
            }
        case .json:
            var json = JSONWriter()
            json.beginArray()
            for rule in ruleSet.definitions { RuleJSON.write(rule, into: &json) }
            json.endArray()
            Output.write(json.string)
        }
    }
}

enum RuleJSON {
    static func write(_ rule: RuleDefinition, into json: inout JSONWriter) {
        json.beginObject()
        json.field("id", rule.id)
        json.field("kind", rule.kind)
        json.field("severity", rule.severity.rawValue)
        json.field("enabled", rule.enabledByDefault)
        json.field("message", rule.message)
        json.field("why", rule.why)
        json.beginObject("examples")
        for (key, examples) in [("bad", rule.bad), ("good", rule.good)] {
            json.beginArray(key)
            for example in examples { json.field(nil, example.draft) }
            json.endArray()
        }
        json.endObject()
        json.endObject()
    }
}

extension RuleDefinition {
    /// The first sentence of `why`, or the message.
    var summary: String {
        let text = (why.isEmpty ? message : why).split(whereSeparator: \.isNewline).joined(separator: " ")
        if let stop = text.range(of: ". ") { return String(text[..<stop.lowerBound]) + "." }
        return text
    }
}
