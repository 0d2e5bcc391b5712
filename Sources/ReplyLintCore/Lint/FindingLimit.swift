// A limit on the findings of one rule in one draft. A hostile draft (4 MB of "thx u"
// lines has 1.4 million slang findings) would otherwise take gigabytes and minutes to
// report; nobody reads past the first few thousand. The checks that can find something
// on every line make their findings through `LintContext.capped`, and the draft's
// result says which rules were cut short.

public enum FindingLimit {
    /// Findings of one rule per draft (the 10 MB benchmark draft has 2,719 of its busiest rule).
    public static let perRule = 10_000

    /// The note for a draft whose findings of `rule` stopped at `limit`.
    static func note(rule: String, limit: Int) -> String {
        "\(rule): only the first \(limit) findings are reported"
    }
}

/// One rule's findings for one draft, up to the run's limit: `append` makes no finding
/// once the list is full, and tells the loop to stop.
struct FindingList {
    private(set) var findings: [Finding] = []
    private let rule: String
    private let context: LintContext

    init(_ rule: RuleDefinition, _ context: LintContext) {
        self.rule = rule.id
        self.context = context
    }

    /// Adds the finding unless the limit is reached; false (and the rule noted as cut
    /// short) when it is, so the caller stops looking.
    mutating func append(_ finding: @autoclosure () -> Finding) -> Bool {
        guard findings.count < context.options.findingLimit else {
            context.noteLimitReached(rule)
            return false
        }
        findings.append(finding())
        return true
    }
}

extension LintContext {
    /// The findings `make` gives for `items`, in order, up to the limit per rule.
    func capped<Items: Sequence>(
        _ rule: RuleDefinition, _ items: Items, _ make: (Items.Element) -> Finding?
    ) -> [Finding] {
        var list = FindingList(rule, self)
        for item in items {
            guard let finding = make(item) else { continue }
            guard list.append(finding) else { break }
        }
        return list.findings
    }
}
