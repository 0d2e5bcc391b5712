// The template-mode kinds: `template-syntax` (malformed tags, unbalanced sections),
// `unknown-variable` (a variable outside the configuration's `template.variables`) and
// `name-fallback` (a customer-name variable that renders empty when the name is unknown).
// All three read one TemplateScan per draft and stay silent outside template mode.

extension LintContext {
    /// The draft's template syntax, read once, or nil outside template mode.
    public var templateScan: TemplateScan? {
        guard options.template else { return nil }
        // Cached as a plain value: `cached` cannot hold an optional (a miss casts to `.some(nil)`).
        return cached("template-scan") { () -> TemplateScan in
            var scanner = TemplateScanner(syntaxes: TemplateEngines.syntaxes(for: options.configuration?.templateEngines))
            return scanner.scan(analysis.bytes)
        }
    }
}

struct TemplateSyntaxCheck: Check {
    let definition: RuleDefinition

    static let kind = RuleKind(name: "template-syntax", keys: []) { definition, _, _ throws(DataError) in
        TemplateSyntaxCheck(definition: definition)
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let scan = context.templateScan else { return [] }
        return context.capped(definition, scan.problems) { problem in
            context.finding(definition, range: problem.range, values: ["problem": problem.message])
        }
    }
}

struct UnknownVariableCheck: Check {
    let definition: RuleDefinition
    /// Names every template may use whatever the configuration lists ("this", "@index").
    let builtIns: Set<String>

    static let kind = RuleKind(name: "unknown-variable", keys: ["built_ins"]) { definition, node, _ throws(DataError) in
        UnknownVariableCheck(definition: definition, builtIns: Set(try node["built_ins"]?.strings() ?? []))
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let scan = context.templateScan, let allowed = context.options.configuration?.variables else { return [] }
        return context.capped(definition, scan.variables) { variable in
            let root = String(variable.name.prefix { $0 != "." && $0 != "[" })
            if allowed.contains(variable.name) || builtIns.contains(root) || variable.locals.contains(root) { return nil }
            return context.finding(definition, range: variable.range, values: ["variable": variable.name])
        }
    }
}

struct NameFallbackCheck: Check {
    let definition: RuleDefinition
    /// Last parts of a variable name that hold a person's name, folded without '_' and '-'.
    let names: Set<String>
    /// A bare "name" counts only under one of these ("customer.name", not "product.name").
    let people: Set<String>

    static let kind = RuleKind(name: "name-fallback", keys: ["names", "people"]) { definition, node, _ throws(DataError) in
        NameFallbackCheck(
            definition: definition,
            names: Set(try node.required("names").strings().map(Self.squash)),
            people: Set(try node.required("people").strings().map(Self.squash))
        )
    }

    static func squash(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let scan = context.templateScan else { return [] }
        return context.capped(definition, scan.variables) { variable in
            guard !variable.hasFallback, !variable.isGuarded, isPersonName(variable.name) else { return nil }
            return context.finding(definition, range: variable.range, values: ["variable": variable.name])
        }
    }

    private func isPersonName(_ name: String) -> Bool {
        let parts = name.split(separator: ".").map { Self.squash(String($0)) }
        guard let last = parts.last else { return false }
        if last == "name" { return parts.count == 1 || parts.dropLast().contains { people.contains($0) } }
        return names.contains(last)
    }
}
