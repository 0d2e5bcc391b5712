// What `replylint lint` is asked to do, as plain values, and doing it. The parsed command
// line gives one (Lint.request); so do arguments that are only drafts, without the argument
// parser (`plainDrafts`): `replylint draft.txt`, as agents and hooks run it, then starts in
// half the time, since building the parser's view of lint's options takes milliseconds.
import ArgumentParser
import ReplyLintCore

struct LintRequest {
    var paths: [String]
    var incoming: String? = nil
    var reports = ReportRequest()
    var failOn: FailLevel = .warning
    var template = false
    var enable: [String] = []
    var disable: [String] = []
    var config: String? = nil
    var rules: [String] = []
    var inputFormat: InputFormat? = nil
    var sentAt: String? = nil
    var channel: SupportChannel? = nil
    var quiet = false

    /// The defaults of every option (Lint declares its options with these).
    static let defaults = LintRequest(paths: [])

    /// The request of a command line that names only drafts (`[lint] PATH...`, no options,
    /// `-` for standard input), or nil for anything else, which goes to the parser.
    static func plainDrafts(_ arguments: ArraySlice<String>, subcommands: [String]) -> LintRequest? {
        var paths = arguments
        if paths.first == "lint" {
            paths = paths.dropFirst()
        } else if let first = paths.first, subcommands.contains(first) {
            return nil
        }
        guard !paths.isEmpty, paths.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }) else { return nil }
        return LintRequest(paths: Array(paths))
    }

    func run() throws {
        // The drafts are collected (configurations found, excludes applied) while the default
        // rules are still being built on the other core.
        let (resolver, collection) = try collectDrafts()
        let ruleSet = try loadRules(rules)
        var options = LintOptions()
        options.template = template
        options.sentAt = try sentAt.map(SentAtOption.parse)
        options.channel = channel
        for id in enable + disable where ruleSet.definition(id) == nil {
            throw Failure("unknown rule '\(id)' (replylint rules lists them)")
        }
        options.enabled = Set(enable)
        options.disabled = Set(disable)
        var customer: Document?
        if let incoming {
            do {
                customer = try DocumentReader.read(path: incoming).customerMessage
            } catch {
                throw Failure(error.description)
            }
        }
        let outputs = try reports.outputSpecs()
        let (results, fixErrors) = try lintConfigured(
            collection, resolver: resolver, options: options, rules: ruleSet, customer: customer
        )
        var run = RunResult(files: results, errors: collection.errors + fixErrors)
        // Once per run, and only when a draft was linted: a rule that cannot run here.
        if !quiet, results.contains(where: { $0.error == nil }) {
            for rule in ruleSet.unavailableRules(options) { Output.error("note: rule '\(rule.id)' is off: \(rule.reason)") }
        }
        run = try reports.applyBaselines(run, quiet: quiet)
        report(run, rules: ruleSet)
        try reports.write(outputs, run, settings: reports.settings(ruleSet, failOn: failOn.severity, color: false))
        throw ExitCode(run.exitStatus(failOn: failOn.severity))
    }

    /// The drafts under the paths given, with the resolver that found their configurations;
    /// a bad configuration ends the run.
    private func collectDrafts() throws -> (ConfigurationResolver, FileCollector.Collection) {
        do {
            let resolver = try ConfigurationResolver(explicitPath: config)
            return (resolver, try ConfiguredRun.collect(paths, resolver: resolver))
        } catch {
            throw Failure(error.description)
        }
    }

    /// Lints the drafts, each with its configuration (with --fix, fixes them and lints
    /// again); a bad configuration ends the run.
    private func lintConfigured(
        _ collection: FileCollector.Collection, resolver: ConfigurationResolver, options: LintOptions,
        rules ruleSet: RuleSet, customer: Document?
    ) throws -> ([FileResult], [InputError]) {
        do {
            let configured = ConfiguredRun(options: options, rules: ruleSet, ruleDirectories: rules, resolver: resolver)
            let (results, fixErrors) = try reports.lint(files: collection.files, rules: ruleSet, format: inputFormat, quiet: quiet) { files, progress in
                try configured.lint(files: files, incoming: customer, format: inputFormat, progress: progress)
            }
            for warning in configured.warnings { Output.error("warning: " + warning) }
            return (results, fixErrors)
        } catch let error as DataError {
            throw Failure(error.description)
        }
    }

    private func report(_ run: RunResult, rules: RuleSet) {
        for error in run.inputErrors { Output.error(error.description) }
        for file in run.files {
            for note in file.notes { Output.error("\(file.path): \(note)") }
        }
        let failing = run.exitStatus(failOn: failOn.severity) != 0
        if reports.format == .text && quiet && !failing { return }
        let color = reports.format == .text && Output.useColor
        Output.write(Report.render(reports.format, run, settings: reports.settings(rules, failOn: failOn.severity, color: color)))
    }
}
