// What happens to a draft's findings after the rules ran: template tags are masked
// (only the template rules judge them), the configuration's accepted words are not
// misspellings, and inline suppressions drop findings, each unused one becoming an
// `unused-disable` finding.

public enum FindingFilter {
    /// Rules that judge template tags themselves.
    static let templateRules: Set<String> = ["template-syntax", "unknown-variable", "name-fallback", "placeholder"]
    /// Rules whose findings come after every file is linted; their suppressions are judged then.
    public static let crossFileRules: Set<String> = ["inconsistent-policy"]
    public static let unusedDisable = "unused-disable"

    public static func apply(_ findings: [Finding], _ context: LintContext) -> [Finding] {
        var findings = findings
        if let scan = context.templateScan, !scan.tagRanges.isEmpty {
            findings.removeAll { finding in
                guard !templateRules.contains(finding.rule), let range = finding.bodyRange, !range.isEmpty else { return false }
                return scan.covers(range.lowerBound) || scan.covers(range.upperBound - 1)
            }
        }
        if let accepted = context.options.configuration?.acceptedWords, !accepted.isEmpty {
            findings.removeAll { $0.rule == "spelling" && accepted.contains(Folding.fold($0.excerpt)) }
        }
        let suppressions = context.suppressions
        guard !suppressions.isEmpty else { return findings }
        let used = context.usedSuppressions
        findings = suppress(findings, suppressions, &used.value)
        return findings + unused(suppressions, used.value, rules: context.rules, options: context.options) { !crossFileRules.contains($0) }
    }

    /// Drops suppressed findings and those inside a directive's own text, noting what each region suppressed.
    public static func suppress(_ findings: [Finding], _ suppressions: Suppressions, _ used: inout UsedSuppressions) -> [Finding] {
        findings.filter { finding in
            if suppressions.isInsideDirective(finding) { return false }
            var suppressed = false
            for region in suppressions.regions where region.covers(finding) {
                used.mark(region.directive, rule: finding.rule)
                suppressed = true
            }
            return !suppressed
        }
    }

    /// `unused-disable` findings for directives (or rules named in them) that suppressed nothing.
    /// `judging` says which named rules are judged now (the others wait for the cross-file pass).
    public static func unused(
        _ suppressions: Suppressions, _ used: UsedSuppressions, rules: RuleSet, options: LintOptions, judging: (String) -> Bool
    ) -> [Finding] {
        guard let definition = rules.definition(unusedDisable), options.isEnabled(definition) else { return [] }
        var findings: [Finding] = []
        for (number, directive) in suppressions.directives.enumerated() where directive.kind != .enable {
            var complaints: [String] = []
            if directive.rules.isEmpty {
                if judging(""), !used.any(number) { complaints.append("nothing to suppress") }
            } else {
                for rule in directive.rules where judging(rule) {
                    guard let ruleDefinition = rules.definition(rule) else {
                        complaints.append("'\(rule)' is not a rule")
                        continue
                    }
                    // A rule that is off for this run, or cannot run here, has nothing to suppress.
                    if !options.isEnabled(ruleDefinition) || rules.unavailableReason(rule) != nil { continue }
                    if !used.contains(number, rule: rule) { complaints.append("nothing to suppress for '\(rule)'") }
                }
            }
            guard !complaints.isEmpty else { continue }
            var finding = Finding(
                rule: definition.id, severity: options.severityOverrides[definition.id] ?? definition.severity,
                message: Message.render(definition.message, ["excerpt": directive.text, "problem": complaints.joined(separator: "; ")]),
                start: directive.start, end: directive.end, excerpt: Message.excerpt(directive.text)
            )
            finding.bodyRange = nil
            findings.append(finding)
        }
        return findings
    }
}

/// Which directives suppressed which rules.
public struct UsedSuppressions: Sendable {
    private var rules: [Int: Set<String>] = [:]

    public init() {}

    mutating func mark(_ directive: Int, rule: String) { rules[directive, default: []].insert(rule) }
    func any(_ directive: Int) -> Bool { !(rules[directive]?.isEmpty ?? true) }
    func contains(_ directive: Int, rule: String) -> Bool { rules[directive]?.contains(rule) ?? false }
}

extension LintContext {
    /// The draft's suppression comments, read once.
    public var suppressions: Suppressions {
        cached("suppressions") { Suppressions(document.source) }
    }

    /// What the draft's suppressions used, kept for the cross-file pass.
    public var usedSuppressions: UsedSuppressionsBox {
        cached("used-suppressions") { UsedSuppressionsBox() }
    }
}

public final class UsedSuppressionsBox {
    public var value = UsedSuppressions()
}
