// The policy kinds. `policy-mismatch`: a draft states a fact (return window, refund time,
// shipping time, free returns) that the configuration's `policy:` contradicts.
// `inconsistent-policy`: two drafts of one run state different values for a fact; its
// findings come from the cross-file pass (PolicyConsistency), after every draft is read.

struct PolicyMismatchCheck: Check {
    let definition: RuleDefinition
    var costPerWord: Int { 1 }
    let scanner: PolicyFactScanner

    static let kind = RuleKind(name: "policy-mismatch", keys: []) { definition, _, index throws(DataError) in
        PolicyMismatchCheck(definition: definition, scanner: try PolicyFactScanner.load(into: &index, owner: definition.id))
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let policy = context.options.configuration?.policy, !policy.isEmpty else { return [] }
        return context.policyStatements(scanner).compactMap { statement in
            let configured: PolicyValue? = policy.days[statement.fact].map { .days($0) } ?? policy.flags[statement.fact].map { .flag($0) }
            guard let configured, statement.value.contradicts(configured) else { return nil }
            return context.finding(definition, range: statement.range, values: [
                "fact": statement.fact, "stated": statement.value.description, "configured": configured.description,
            ])
        }
    }
}

struct InconsistentPolicyCheck: Check {
    let definition: RuleDefinition
    var costPerWord: Int { 1 }

    static let kind = RuleKind(name: "inconsistent-policy", keys: []) { definition, _, _ throws(DataError) in
        InconsistentPolicyCheck(definition: definition)
    }

    /// Only reads the statements (with the policy-mismatch rule's patterns, loaded once);
    /// PolicyConsistency compares them across files.
    func run(_ context: LintContext) -> [Finding] {
        if let scanner = context.rules.policyScanner {
            _ = context.policyStatements(scanner)
        }
        return []
    }
}
