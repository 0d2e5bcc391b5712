// `replylint explain ID`: why a rule exists, with its bad and good examples.
import ArgumentParser
import ReplyLintCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "One rule: why, bad and good examples.")

    @Argument(help: "A rule id (see replylint rules).")
    var id: String

    @Option(help: "Load extra rule files from a directory (repeatable).")
    var rules: [String] = []

    func run() throws {
        let ruleSet = try loadRules(rules)
        guard let rule = ruleSet.definition(id) else {
            throw Failure("unknown rule '\(id)' (replylint rules lists them)")
        }
        Output.write(RuleExplanation(rule).text)
    }
}
