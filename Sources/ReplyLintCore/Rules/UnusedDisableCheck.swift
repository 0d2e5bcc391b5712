// The `unused-disable` kind: a suppression comment that suppresses nothing. Its findings
// come from `Suppressions` after every other rule has run (it needs their findings),
// so the check itself looks at nothing; the rule file gives its id, severity and message.

struct UnusedDisableCheck: Check {
    let definition: RuleDefinition

    static let kind = RuleKind(name: "unused-disable", keys: []) { definition, _, _ throws(DataError) in
        UnusedDisableCheck(definition: definition)
    }

    func run(_ context: LintContext) -> [Finding] { [] }
}
