// Dispatches a tools/call to its tool; every failure becomes an MCP tool error (isError),
// never a crash or a protocol error, so an agent can read what went wrong.
import MCP
import ReplyLintCore

struct Toolbox: Sendable {
    let rules: RuleSet

    func call(_ name: String, _ values: [String: Value]?) -> CallTool.Result {
        do {
            return .init(content: [.text(text: try run(name, values), annotations: nil, _meta: nil)], isError: false)
        } catch {
            return .init(content: [.text(text: error.message, annotations: nil, _meta: nil)], isError: true)
        }
    }

    private func run(_ name: String, _ values: [String: Value]?) throws(ToolError) -> String {
        guard let tool = ToolCatalog.tools.first(where: { $0.name == name }) else {
            throw ToolError("unknown tool '\(name)' (tools: " + ToolCatalog.tools.map(\.name).joined(separator: ", ") + ")")
        }
        let arguments = try ToolArguments(tool: name, values: values, allowed: ToolCatalog.names(of: tool))
        switch name {
        case "lint": return try LintTool(rules: rules).call(arguments)
        case "tone": return try ToneTool(rules: rules).call(arguments)
        case "explain": return try ExplainTool(rules: rules).call(arguments)
        default: return try ComposeTool().call(arguments)
        }
    }
}
