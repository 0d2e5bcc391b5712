// The embedded default rules, built once per process. `startLoading()` builds them on a
// background thread so that the work (reading the phrase cache, making the checks) overlaps
// parsing the command line and reading the drafts: on two cores a one-line lint no longer
// waits for both in turn.
import Dispatch

final class DefaultRuleSet: @unchecked Sendable {
    static let shared = DefaultRuleSet()

    private let lock = NSLockLite()
    private var loaded: Result<RuleSet, DataError>?
    private var loading: DispatchGroup?

    /// Starts building the default rules on another thread; does nothing if they are
    /// built or being built.
    func startLoading() {
        guard claim() != nil else { return }
        _ = BackgroundThread(detached: true) { DefaultRuleSet.shared.buildClaimed() }
    }

    private func buildClaimed() {
        guard let group = lock.withLock({ loading }) else { return }
        build(signalling: group)
    }

    /// The default rules, waiting for a build in progress or building them on this thread.
    func get() -> Result<RuleSet, DataError> {
        if let group = claim() {
            build(signalling: group)
        } else if let group = lock.withLock({ loading }) {
            group.wait()
        }
        return lock.withLock { loaded! }
    }

    /// A group to signal when this caller is the one to build, nil when someone else is
    /// building or has built.
    private func claim() -> DispatchGroup? {
        lock.withLock {
            guard loaded == nil, loading == nil else { return nil }
            let group = DispatchGroup()
            group.enter()
            loading = group
            return group
        }
    }

    private func build(signalling group: DispatchGroup) {
        let files = RuleSet.embeddedFiles.filter { RuleSet.isRuleFile($0.path, root: "rules/") }
        let result = Result { () throws(DataError) -> RuleSet in try RuleSet(files: files) }
        lock.withLock { loaded = result }
        group.leave()
    }
}
