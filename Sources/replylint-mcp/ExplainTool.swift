// The `explain` tool: the same text as `replylint explain ID`.
import ReplyLintCore

struct ExplainTool {
    let rules: RuleSet

    func call(_ arguments: ToolArguments) throws(ToolError) -> String {
        let id = try arguments.requiredString("rule")
        guard let rule = rules.definition(id) else {
            throw ToolError("explain: unknown rule '\(id)' (rules: " + rules.ids.joined(separator: ", ") + ")")
        }
        return RuleExplanation(rule).text
    }
}
