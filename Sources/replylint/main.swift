// replylint's entry point: run the command line (one that names only drafts goes straight to
// lint, see LintRequest; anything else through the argument parser), exit 0/1/2 as
// ../shared/CLI.md says.
import ArgumentParser
import ReplyLintCore

#if canImport(Glibc)
import Glibc
#endif

struct ReplyLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replylint",
        abstract: "Checks customer-support replies before they are sent.",
        version: ReplyLint.version,
        subcommands: [Lint.self, Tone.self, Compose.self, Parse.self, RulesCommand.self, Explain.self, MCPCommand.self],
        defaultSubcommand: Lint.self
    )

    /// The names that select a subcommand (and `help`, which the parser adds).
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// Whether these arguments run a command that reads the rules (not `parse`, `mcp`,
    /// `--version` or `--help`).
    static func usesRules(_ arguments: ArraySlice<String>) -> Bool {
        if let command = arguments.first, ["parse", "mcp", "help"].contains(command) { return false }
        return !arguments.contains { ["--version", "--help", "-h"].contains($0) }
    }
}

// Freed memory is reused rather than handed back to the kernel (see ProcessMemory).
ProcessMemory.keepFreedMemory()

// Building the default rules takes several milliseconds: start now, on the other core, so
// it overlaps parsing the command line and reading the drafts.
if ReplyLintCommand.usesRules(CommandLine.arguments.dropFirst()) {
    RuleSet.startLoadingDefaults()
}

do {
    if let request = LintRequest.plainDrafts(CommandLine.arguments.dropFirst(), subcommands: ReplyLintCommand.subcommandNames) {
        try request.run()
    } else {
        var command = try ReplyLintCommand.parseAsRoot()
        try command.run()
    }
    Output.flush()
    exit(0)
} catch let status as ExitCode {
    Output.flush()
    exit(status.rawValue)
} catch let failure as Failure {
    Output.flush()
    Output.error(failure.message)
    exit(2)
} catch {
    Output.flush()
    let code = ReplyLintCommand.exitCode(for: error)
    let message = ReplyLintCommand.fullMessage(for: error)
    if code == .success {
        Output.write(message + "\n")
        Output.flush()
        exit(0)
    }
    Output.error(message)
    exit(2)
}
