// What the linter asks of each check for every draft, read once per rule set.

/// A check's id and the flags the linter needs per draft.
struct CheckTraits: Sendable {
    let id: String
    let enabledByDefault: Bool
    let includesSignature: Bool
    let yieldsToOtherRules: Bool
    let costPerWord: Int

    init(_ check: any Check) {
        let definition = check.definition
        costPerWord = check.costPerWord
        id = definition.id
        enabledByDefault = definition.enabledByDefault
        includesSignature = definition.includesSignature
        yieldsToOtherRules = definition.yieldsToOtherRules
    }
}
