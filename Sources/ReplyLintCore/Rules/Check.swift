// The part of a rule that looks at a draft. A check never prints, exits or reads files.

public protocol Check: Sendable {
    var definition: RuleDefinition { get }
    func run(_ context: LintContext) -> [Finding]
    /// Why the check cannot run on this machine (a system library is missing), or nil.
    var unavailableReason: String? { get }
    /// Roughly how much work the check does for every word of the draft: 0 for one that
    /// works only at phrase matches, more for spelling, syllables, placeholder shapes and
    /// policy facts. The checks of one long draft run in parallel, costliest first, so that
    /// no core ends up waiting for one that started last.
    var costPerWord: Int { get }
}

extension Check {
    public var unavailableReason: String? { nil }
    public var costPerWord: Int { 0 }
}

/// Builds a rule's check from its file; may add phrase lists to the shared index.
public struct RuleKind: Sendable {
    public let name: String
    /// Keys this kind reads besides the common ones, for unknown-key errors.
    public let keys: Set<String>
    public let make: @Sendable (RuleDefinition, DataNode, inout PhraseIndex) throws(DataError) -> any Check

    public init(
        name: String, keys: Set<String>,
        make: @escaping @Sendable (RuleDefinition, DataNode, inout PhraseIndex) throws(DataError) -> any Check
    ) {
        self.name = name
        self.keys = keys
        self.make = make
    }
}
