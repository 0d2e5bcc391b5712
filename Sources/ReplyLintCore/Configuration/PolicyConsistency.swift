// The cross-file pass of `inconsistent-policy`: after every draft of a run is linted, a
// fact stated with different values in two files is reported in the later file (path
// order), pointing at the first file that stated it. Facts a file's configuration gives
// (`policy:`) are left to `policy-mismatch`: folders may have policies of their own.

/// What the cross-file pass keeps of one linted draft (not the whole analysis). A class:
/// records are gathered, filtered and sorted by the thousand, and the options alone are
/// over 400 bytes to copy.
public final class CrossFileRecord: Sendable {
    public let file: Int
    public let path: String
    public let statements: [PolicyStatement]
    public let suppressions: Suppressions
    public let used: UsedSuppressions
    public let options: LintOptions
    public let rules: RuleSet
    /// For showing the lines of findings the pass adds to a draft that had none.
    public let source: SourceText

    public init(
        file: Int, path: String, statements: [PolicyStatement], suppressions: Suppressions, used: UsedSuppressions,
        options: LintOptions, rules: RuleSet, source: SourceText
    ) {
        self.file = file
        self.path = path
        self.statements = statements
        self.suppressions = suppressions
        self.used = used
        self.options = options
        self.rules = rules
        self.source = source
    }
}

public enum PolicyConsistency {
    public static let rule = "inconsistent-policy"

    /// Findings (and unused-disable findings for cross-file rules) per file index.
    public static func findings(_ records: [CrossFileRecord]) -> [Int: [Finding]] {
        var result: [Int: [Finding]] = [:]
        var first: [String: (record: CrossFileRecord, statement: PolicyStatement)] = [:]
        for record in records.sorted(by: { $0.path < $1.path }) {
            var found: [Finding] = []
            if let definition = record.rules.definition(rule), record.options.isEnabled(definition) {
                let pinned = record.options.configuration?.policy
                let statements = record.statements.filter { pinned?.days[$0.fact] == nil && pinned?.flags[$0.fact] == nil }
                for statement in statements {
                    guard let reference = first[statement.fact] else { continue }
                    guard reference.record.path != record.path, statement.value.contradicts(reference.statement.value) else { continue }
                    let values = [
                        "excerpt": statement.excerpt, "fact": statement.fact, "stated": statement.value.description,
                        "other": reference.statement.value.description, "path": reference.record.path,
                    ]
                    found.append(Finding(
                        rule: rule, severity: record.options.severityOverrides[rule] ?? definition.severity,
                        message: Message.render(definition.message, values),
                        start: statement.location, end: statement.end, excerpt: statement.excerpt,
                        related: RelatedLocation(
                            path: reference.record.path, line: reference.statement.location.line,
                            column: reference.statement.location.column,
                            message: "'\(reference.statement.excerpt)' here"
                        ),
                        bodyRange: statement.range
                    ))
                }
                for statement in statements where first[statement.fact] == nil {
                    first[statement.fact] = (record, statement)
                }
            }
            var used = record.used
            found = FindingFilter.suppress(found, record.suppressions, &used)
            found += FindingFilter.unused(record.suppressions, used, rules: record.rules, options: record.options) {
                FindingFilter.crossFileRules.contains($0)
            }
            if !found.isEmpty { result[record.file] = found }
        }
        return result
    }
}
