// The `placeholder` kind: unfilled slots and merge tags left in a draft.
// In template mode, merge tags are the template's variables and are left alone
// here; slots meant for a human ("[Product Name]") are always reported.

struct PlaceholderCheck: Check {
    let definition: RuleDefinition
    var costPerWord: Int { 2 }
    let scanner: PlaceholderScanner

    static let kind = RuleKind(name: "placeholder", keys: ["keywords", "tags", "greetings", "html_tags"]) { definition, node, _ throws(DataError) in
        func words(_ key: String) throws(DataError) -> Set<String> {
            Set(try node.required(key).strings().map { $0.lowercased() })
        }
        let scanner = PlaceholderScanner(
            keywords: try words("keywords"), tags: try words("tags"),
            greetings: try words("greetings"), htmlTags: try words("html_tags")
        )
        return PlaceholderCheck(definition: definition, scanner: scanner)
    }

    func run(_ context: LintContext) -> [Finding] {
        // In template mode, the configured engines' variables (all merge tags when none are named).
        let allowed = context.options.template
            ? TemplateEngines.syntaxes(for: context.options.configuration?.templateEngines) : nil
        return context.capped(definition, scanner.scan(context.analysis)) { placeholder in
            if context.options.template, placeholder.syntax.isMergeTag, allowed?.contains(placeholder.syntax) ?? true { return nil }
            return context.finding(definition, range: placeholder.range)
        }
    }
}
