// The `lint` tool: the same JSON report as `replylint --format json`, for one draft.
import MCP
import ReplyLintCore

struct LintTool {
    let rules: RuleSet

    func call(_ arguments: ToolArguments) throws(ToolError) -> String {
        let (source, value) = try arguments.either("text", "path")
        let format = try MessageInput.format(arguments)
        let linter = Linter(rules: rules, options: try options(arguments))

        var customer: AnalyzedDocument?
        if case let (incomingSource, incoming)? = try arguments.oneOf("incoming", "incoming_path", required: false) {
            let message = try MessageInput.document(
                text: incomingSource == "incoming" ? incoming : nil,
                path: incomingSource == "incoming_path" ? incoming : nil,
                format: nil, label: "<incoming>")
            customer = linter.analyze(message.customerMessage)
        }

        let draft = try MessageInput.document(
            text: source == "text" ? value : nil, path: source == "path" ? value : nil,
            format: format, label: "<text>")
        let context = linter.context(for: draft, incoming: customer)
        let result = FileResult(
            path: draft.path, format: draft.format, findings: linter.lint(context), notes: draft.notes + context.limitNotes,
            tone: context.toneLabels, source: draft.source
        )
        return JSONReporter().report(RunResult(files: [result], errors: []))
    }

    private func options(_ arguments: ToolArguments) throws(ToolError) -> LintOptions {
        var options = LintOptions()
        options.template = try arguments.bool("template") ?? false
        let enable = try arguments.strings("enable")
        let disable = try arguments.strings("disable")
        for id in enable + disable where rules.definition(id) == nil {
            throw ToolError("lint: unknown rule '\(id)' (rules: " + rules.ids.joined(separator: ", ") + ")")
        }
        options.enabled = Set(enable)
        options.disabled = Set(disable)
        if let sentAt = try arguments.string("sent_at") {
            guard let seconds = MailDate.parse(sentAt) else {
                throw ToolError("lint: 'sent_at' is not a date: '\(sentAt)' (use ISO 8601, e.g. 2026-11-20T10:04:00Z)")
            }
            options.sentAt = seconds
        }
        return options
    }
}
