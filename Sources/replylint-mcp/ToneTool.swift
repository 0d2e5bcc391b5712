// The `tone` tool: the same JSON as `replylint tone --format json`.
import ReplyLintCore

struct ToneTool {
    let rules: RuleSet

    func call(_ arguments: ToolArguments) throws(ToolError) -> String {
        let (source, value) = try arguments.either("text", "path")
        let document = try MessageInput.document(
            text: source == "text" ? value : nil, path: source == "path" ? value : nil,
            format: try MessageInput.format(arguments), label: "<text>")
        let score = ToneAnalyzer(rules.lexicons.tone).score(AnalyzedDocument(document, phrases: rules.phrases))
        return ToneReport(score: score, document: document).json
    }
}
