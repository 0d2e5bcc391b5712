// `replylint mcp`: starts the Model Context Protocol server, a separate binary
// (replylint-mcp) so the MCP SDK and swift-nio never load on the lint path.
import ArgumentParser
import ReplyLintCore

#if canImport(Glibc)
import Glibc
#endif

struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Model Context Protocol server on standard input/output (tools: lint, tone, compose, explain)."
    )

    static let serverName = "replylint-mcp"

    func run() throws {
        guard let server = SiblingExecutable.path(named: Self.serverName) else {
            let place = SiblingExecutable.directory() ?? "the directory of replylint"
            throw Failure("\(place)/\(Self.serverName): not found; `replylint mcp` runs it. "
                + "Build it next to replylint with `swift build -c release --product \(Self.serverName)` "
                + "(or `swift build` for a debug build)")
        }
        Output.flush()
        var arguments: [UnsafeMutablePointer<CChar>?] = [strdup(server), nil]
        execv(server, &arguments)
        throw Failure("\(server): cannot start: \(String(cString: strerror(errno)))")
    }
}
