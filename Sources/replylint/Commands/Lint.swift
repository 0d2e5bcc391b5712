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
    static let configuration = CommandConfiguration(abstract: "Lint drafts (files, directories, or - for standard input).")

    @Argument(help: "Draft files, directories searched for drafts, or - for standard input.")
    var paths: [String] = []

    @Option(help: "The customer's message this draft answers (txt, html or eml).")
    var incoming: String?

    @Option(help: "Report format on standard output.")
    var format: ReportFormat = .text

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1.")
    var failOn: FailLevel = .warning

    @Flag(help: "Template mode: well-formed template variables are allowed.")
    var template = false

    @Option(help: "Switch a rule on for this run (repeatable).")
    var enable: [String] = []

    @Option(help: "Switch a rule off for this run (repeatable).")
    var disable: [String] = []

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
        let linter = Linter(rules: ruleSet, options: options)

        var customer: Document?
        if let incoming {
            do {
                customer = try DocumentReader.read(path: incoming).customerMessage
            } catch {
                throw Failure(error.description)
            }
        }
        let collection = FileCollector.collect(paths)
        let results = linter.lint(files: collection.files, incoming: customer, format: inputFormat)
        let run = RunResult(files: results, errors: collection.errors)
        // Once per run, and only when a draft was linted: a rule that cannot run here.
        if !quiet, results.contains(where: { $0.error == nil }) {
            for rule in ruleSet.unavailableRules(options) { Output.error("note: rule '\(rule.id)' is off: \(rule.reason)") }
        }
        report(run)
        throw ExitCode(run.exitStatus(failOn: failOn.severity))
    }

    private func report(_ run: RunResult) {
        for error in run.inputErrors { Output.error(error.description) }
        for file in run.files {
            for note in file.notes { Output.error("\(file.path): \(note)") }
        }
        let failing = run.exitStatus(failOn: failOn.severity) != 0
        switch format {
        case .json:
            Output.write(JSONReporter().report(run))
        case .text:
            if quiet && !failing { return }
            let reporter = TextReporter(color: Output.useColor)
            Output.write(reporter.report(run))
            if !run.files.isEmpty { Output.write(reporter.summary(run)) }
        }
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
