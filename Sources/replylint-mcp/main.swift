// replylint-mcp: replylint's Model Context Protocol server on standard input/output
// (`replylint mcp` starts it). Tools: lint, tone, compose, explain.
import MCP
import ReplyLintCore

#if canImport(Glibc)
import Glibc
#endif

let rules: RuleSet
do {
    rules = try RuleSet.load()
} catch {
    let line = Array("replylint-mcp: \(error.description)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

let toolbox = Toolbox(rules: rules)
let server = Server(
    name: ReplyLint.name,
    version: ReplyLint.version,
    instructions: "Lint customer-support reply drafts before they are sent (lint), read a message's tone (tone), "
        + "draft a reply to a customer's message (compose), and explain a rule (explain).",
    capabilities: .init(tools: .init(listChanged: false))
)
await server.withMethodHandler(ListTools.self) { _ in
    .init(tools: ToolCatalog.tools)
}
await server.withMethodHandler(CallTool.self) { params in
    toolbox.call(params.name, params.arguments)
}
do {
    try await server.start(transport: StdioTransport())
} catch {
    let line = Array("replylint-mcp: cannot start on standard input/output: \(error)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}
await server.waitUntilCompleted()
