// `replylint [lint] PATH...`: the default command.
import ArgumentParser
import ReplyLintCore

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? { Severity(rawValue: rawValue) }
}

extension InputFormat: ExpressibleByArgument {}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Lint drafts (files, directories, or - for standard input).")

    @Argument(help: "Draft files, directories searched for drafts, or - for standard input.")
    var paths: [String] = []

    @Option(help: "The customer's message this draft answers (txt, html or eml).")
    var incoming: String?

    @OptionGroup var reports: ReportOptions

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1.")
    var failOn: FailLevel = .warning

    @Flag(help: "Template mode: well-formed template variables are allowed.")
    var template = false

    @Option(help: "Switch a rule on for this run (repeatable).")
    var enable: [String] = []

    @Option(help: "Switch a rule off for this run (repeatable).")
    var disable: [String] = []

    @Option(help: "Configuration file (default: the nearest .replylint.yml from each draft upward).")
    var config: String?

    @Option(help: "Load extra rule files from a directory (repeatable).")
    var rules: [String] = []

    @Option(name: .customLong("input-format"), help: "Read every input as this format (txt, html or eml).")
    var inputFormat: InputFormat?

    @Option(name: .customLong("sent-at"), help: "When the draft is (to be) sent, ISO 8601 (default: its Date header, else now).")
    var sentAt: String?

    @Option(help: "The channel the customer wrote through: messages, reviews, returns or issues (default: inferred).")
    var channel: SupportChannel?

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one draft, directory, or - for standard input") }
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

/// The default rules plus any --rules directories; a bad rule file ends the run.
func loadRules(_ directories: [String]) throws -> RuleSet {
    do {
        return try RuleSet.load(directories: directories)
    } catch {
        throw Failure(error.description)
    }
}
