// One `replylint lint` run with configurations: collects the drafts (honouring each
// configuration's `exclude`), gives each draft the options and rules of its nearest
// .replylint.yml (or --config), lints them in parallel, then runs the cross-file pass.
import Dispatch

public final class ConfiguredRun: @unchecked Sendable {
    public let options: LintOptions
    public let resolver: ConfigurationResolver
    private let baseRules: RuleSet
    private let ruleDirectories: [String]
    private let lock = NSLockLite()
    private var ruleSets: [[String]: RuleSet] = [:]
    private var unknownRuleWarnings: [String] = []
    private var warnedConfigurations = Set<String>()

    /// `rules` is the run's rule set (defaults plus `ruleDirectories`, from --rules);
    /// `resolver` is the one the drafts were collected with (see `collect(_:resolver:)`).
    public init(options: LintOptions, rules: RuleSet, ruleDirectories: [String], resolver: ConfigurationResolver) {
        self.options = options
        self.baseRules = rules
        self.ruleDirectories = ruleDirectories
        self.resolver = resolver
    }

    /// Unknown keys and unknown rule ids in the configurations read, for standard error.
    public var warnings: [String] { resolver.warnings + lock.withLock { unknownRuleWarnings } }

    /// The drafts under `paths`, without what configurations exclude; needs no rules, so
    /// the CLI collects while the default rules are still being built.
    public static func collect(_ paths: [String], resolver: ConfigurationResolver) throws(DataError) -> FileCollector.Collection {
        let collection = FileCollector.collect(paths, exclude: resolver.isExcluded)
        if let error = resolver.firstError { throw error }
        return collection
    }

    /// What one draft is linted with.
    public func setup(for path: String) throws(DataError) -> (rules: RuleSet, options: LintOptions) {
        let configuration = try resolver.configuration(forFile: path)
        let rules = try ruleSet(configuration?.rulesDirectories ?? [])
        if let configuration { warnUnknownRules(configuration, rules) }
        return (rules, options.applying(configuration, to: path))
    }

    /// `progress` is called with the number of drafts done after each one (from any thread).
    public func lint(
        files: [String], incoming: Document?, format: InputFormat?, progress: (@Sendable (Int) -> Void)? = nil
    ) throws(DataError) -> [FileResult] {
        let customers = Incoming(document: incoming)
        let results = Slots<FileResult>(count: files.count)
        let records = Slots<CrossFileRecord?>(count: files.count)
        let setupErrors = Slots<DataError>(count: files.count)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            defer { if let progress { progress(done.increment()) } }
            let linter: Linter
            do throws(DataError) {
                let (rules, options) = try setup(for: files[index])
                linter = Linter(rules: rules, options: options)
            } catch {
                setupErrors[index] = error
                return
            }
            do throws(InputError) {
                let document = try DocumentReader.read(path: files[index], format: format)
                let (result, record) = Self.lint(document, linter: linter, incoming: customers.analyzed(by: linter), file: index)
                results[index] = result
                records[index] = record
            } catch {
                results[index] = FileResult(path: error.path, format: nil, error: error)
            }
        }
        // A configuration naming a bad rule folder ends the run, whichever draft met it first.
        if let error = setupErrors.values.first { throw error }
        var files = results.values
        let crossFile = records.values.compactMap { $0 }
        let sources = Dictionary(crossFile.map { ($0.file, $0.source) }, uniquingKeysWith: { first, _ in first })
        for (index, findings) in PolicyConsistency.findings(crossFile) {
            if files[index].source == nil { files[index].source = sources[index] }
            files[index].findings += findings
            files[index].findings.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        }
        return files
    }

    /// One draft's result, and what the cross-file pass needs of it (nil: nothing).
    public static func lint(_ document: Document, linter: Linter, incoming: AnalyzedDocument?, file: Int) -> (FileResult, CrossFileRecord?) {
        let context = linter.context(for: document, incoming: incoming)
        let findings = linter.lint(context)
        let result = FileResult(
            path: document.path, format: document.format, findings: findings, notes: document.notes + context.limitNotes,
            tone: context.toneLabels, source: document.source
        )
        let statements = context.statedPolicy
        let suppressions = context.suppressions
        guard !statements.isEmpty || !suppressions.isEmpty else { return (result, nil) }
        return (result, CrossFileRecord(
            file: file, path: document.path, statements: statements, suppressions: suppressions,
            used: context.usedSuppressions.value, options: linter.options, rules: linter.rules, source: document.source
        ))
    }

    private func ruleSet(_ configured: [String]) throws(DataError) -> RuleSet {
        if configured.isEmpty { return baseRules }
        let directories = ruleDirectories + configured.filter { !ruleDirectories.contains($0) }
        let result: Result<RuleSet, DataError> = lock.withLock {
            if let known = ruleSets[directories] { return .success(known) }
            do throws(DataError) {
                let set = try RuleSet.load(directories: directories)
                ruleSets[directories] = set
                return .success(set)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func warnUnknownRules(_ configuration: Configuration, _ rules: RuleSet) {
        lock.withLock {
            guard warnedConfigurations.insert(configuration.path).inserted else { return }
            let settings = configuration.rules.values.map { $0 } + configuration.overrides.flatMap { Array($0.rules.values) }
            let ids = configuration.rules.keys.map { $0 } + configuration.overrides.flatMap { Array($0.rules.keys) }
            for (id, setting) in zip(ids, settings) where rules.definition(id) == nil {
                unknownRuleWarnings.append("\(setting.file):\(setting.line): unknown rule '\(id)' (replylint rules lists them)")
            }
            unknownRuleWarnings.sort()
        }
    }
}

/// The customer's message analysed once per rule set (each has its own phrase index).
private final class Incoming: @unchecked Sendable {
    private let document: Document?
    private let lock = NSLockLite()
    private var analyzed: [[String]: AnalyzedDocument] = [:]

    init(document: Document?) { self.document = document }

    func analyzed(by linter: Linter) -> AnalyzedDocument? {
        guard let document else { return nil }
        let key = linter.rules.definitions.map(\.file)
        return lock.withLock {
            if let known = analyzed[key] { return known }
            let value = linter.analyze(document)
            analyzed[key] = value
            return value
        }
    }
}

/// A count shared by worker threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLockLite()
    private var value = 0

    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
