// Runs RuleEmbedder over the package's rules/ folder before ReplyLintCore compiles,
// so the default rules travel inside the binary.
import Foundation
import PackagePlugin

@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding rules/ into \(target.name)",
                executable: try context.tool(named: "RuleEmbedder").url,
                arguments: [rulesDirectory.path(), output.path()],
                inputFiles: ruleFiles(in: rulesDirectory),
                outputFiles: [output]
            )
        ]
    }

    private func ruleFiles(in directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
    }
}
