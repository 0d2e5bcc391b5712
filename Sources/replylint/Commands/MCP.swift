// `replylint mcp`: starts the Model Context Protocol server, a separate binary
// (replylint-mcp) so the MCP SDK and swift-nio never load on the lint path.
import ArgumentParser

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

/// Binaries installed next to the running replylint.
enum SiblingExecutable {
    /// The folder of the running executable (/proc/self/exe, else argv[0]).
    static func directory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        var path: String
        if count > 0 {
            buffer[count] = 0
            path = String(cString: buffer)
        } else {
            path = CommandLine.arguments.first ?? ""
        }
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func path(named name: String) -> String? {
        guard let directory = directory() else { return nil }
        let candidate = directory + "/" + name
        return access(candidate, X_OK) == 0 ? candidate : nil
    }
}
