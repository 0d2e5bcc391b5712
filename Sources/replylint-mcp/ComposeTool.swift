// The `compose` tool: runs `replylint compose --format json` (the replylint binary next to
// this one) and returns its JSON, so this server needs no compose code of its own.
import Foundation
import ReplyLintCore

struct ComposeTool {
    func call(_ arguments: ToolArguments) throws(ToolError) -> String {
        let (source, value) = try arguments.either("incoming", "incoming_path")
        let format = try MessageInput.format(arguments)
        let slots = try arguments.stringMap("slots")
        let escalateOver = try arguments.number("escalate_over")
        if let escalateOver, escalateOver < 0 { throw ToolError("compose: 'escalate_over' must not be negative") }
        for name in slots.keys where name.isEmpty || name.contains("=") || name.hasPrefix("-") {
            throw ToolError("compose: '\(name)' is not a slot name")
        }
        guard let replylint = SiblingExecutable.path(named: "replylint") else {
            throw ToolError("compose: runs the replylint binary, which is not next to replylint-mcp in "
                + "\(SiblingExecutable.directory() ?? "its folder"); build both with `swift build -c release`")
        }
        guard try offersCompose(replylint) else {
            throw ToolError("compose: \(replylint) has no `compose` command; build a replylint that includes it")
        }

        var incomingPath = value
        var temporary: URL?
        if source == "incoming" {
            let url = try write(value, format: format ?? .txt)
            temporary = url
            incomingPath = url.path
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }

        var command = ["compose", "--incoming", incomingPath, "--format", "json"]
        if source == "incoming_path", let format { command += ["--input-format", format.rawValue] }
        for (name, text) in slots.sorted(by: { $0.key < $1.key }) { command += ["--set", "\(name)=\(text)"] }
        if let escalateOver { command += ["--escalate-over", JSONWriter.number(escalateOver)] }
        let run = try ChildProcess.run(replylint, command)
        // 0: ready to send, 1: slots to fill or findings; both carry the JSON.
        if (run.status == 0 || run.status == 1), !run.stdout.isEmpty { return run.stdout }
        let said = run.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(run.status)"
        let message = said.hasPrefix("replylint: ") ? String(said.dropFirst("replylint: ".count)) : said
        throw ToolError("compose: " + message.replacingOccurrences(of: temporary?.path ?? "\u{0}", with: "<incoming>"))
    }

    /// Whether `replylint --help` lists a compose subcommand (it is a separate feature).
    private func offersCompose(_ replylint: String) throws(ToolError) -> Bool {
        let help = try ChildProcess.run(replylint, ["--help"])
        return help.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("compose ") }
    }

    private func write(_ text: String, format: InputFormat) throws(ToolError) -> URL {
        guard text.utf8.count <= InputFile.defaultMaximumSize else {
            throw ToolError("compose: 'incoming' is larger than 32 MB, the most replylint reads")
        }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("replylint-mcp-\(UUID().uuidString).\(format.rawValue)")
        do {
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ToolError("compose: cannot write the incoming message to \(url.path): \(error.localizedDescription)")
        }
        return url
    }
}
