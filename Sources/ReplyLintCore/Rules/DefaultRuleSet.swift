// The embedded default rules, built once per process. `startLoading()` offers the build to a
// background thread so that it (reading the phrase cache, making the checks) overlaps parsing
// the command line and collecting the drafts; `get()` takes it over if that thread has not
// started yet.
enum DefaultRuleSet {
    private static let build = SharedWork<Result<RuleSet, DataError>> {
        let files = RuleSet.embeddedFiles.filter { RuleSet.isRuleFile($0.path, root: "rules/") }
        return Result { () throws(DataError) -> RuleSet in try RuleSet(files: files) }
    }

    static func startLoading() { build.startInBackground() }

    static func get() -> Result<RuleSet, DataError> { build.result() }
}
