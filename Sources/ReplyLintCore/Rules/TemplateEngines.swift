// Which merge-tag syntaxes each template engine writes its variables in, from
// rules/template/engines.yml; read on first use (only template mode and configurations
// naming engines need it).

public enum TemplateEngines {
    /// Engine name → the syntaxes of its variables.
    public static let known: [String: Set<PlaceholderSyntax>] = {
        guard let file = RuleSet.embeddedFiles(under: "template/engines.yml").first else { return [:] }
        do {
            var result: [String: Set<PlaceholderSyntax>] = [:]
            for (engine, node) in try YAMLReader.read(file.contents, file: file.path).map() {
                var syntaxes = Set<PlaceholderSyntax>()
                for name in try node.strings() {
                    guard let syntax = PlaceholderSyntax(rawValue: name) else { throw node.error("unknown syntax '\(name)'") }
                    syntaxes.insert(syntax)
                }
                result[engine] = syntaxes
            }
            return result
        } catch {
            preconditionFailure("rules/template/engines.yml: \(error)")
        }
    }()

    /// The syntaxes allowed for a list of engines; nil (no list) allows every merge-tag syntax.
    public static func syntaxes(for engines: [String]?) -> Set<PlaceholderSyntax>? {
        guard let engines else { return nil }
        var result = Set<PlaceholderSyntax>()
        for engine in engines { result.formUnion(known[engine] ?? []) }
        return result
    }
}
