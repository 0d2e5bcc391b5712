// Rules that cannot run on this machine (spelling without libhunspell), so the CLI
// can say so once per run instead of failing or staying silent.

public struct UnavailableRule: Sendable {
    public let id: String
    public let reason: String
}

extension RuleSet {
    /// The rules this run would use that are off for lack of a system library.
    public func unavailableRules(_ options: LintOptions) -> [UnavailableRule] {
        checks.compactMap { check in
            guard options.isEnabled(check.definition), let reason = check.unavailableReason else { return nil }
            return UnavailableRule(id: check.definition.id, reason: reason)
        }
    }

    /// Why a rule cannot run here, or nil when it can (or does not exist).
    public func unavailableReason(_ id: String) -> String? {
        checks.first { $0.definition.id == id }?.unavailableReason
    }
}
