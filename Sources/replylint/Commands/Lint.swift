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
    var paths: [String] = LintRequest.defaults.paths

    @Option(help: "The customer's message this draft answers (txt, html or eml).")
    var incoming: String?

    @OptionGroup var reports: ReportOptions

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1.")
    var failOn: FailLevel = LintRequest.defaults.failOn

    @Flag(help: "Template mode: well-formed template variables are allowed.")
    var template = LintRequest.defaults.template

    @Option(help: "Switch a rule on for this run (repeatable).")
    var enable: [String] = LintRequest.defaults.enable

    @Option(help: "Switch a rule off for this run (repeatable).")
    var disable: [String] = LintRequest.defaults.disable

    @Option(help: "Configuration file (default: the nearest .replylint.yml from each draft upward).")
    var config: String?

    @Option(help: "Load extra rule files from a directory (repeatable).")
    var rules: [String] = LintRequest.defaults.rules

    @Option(name: .customLong("input-format"), help: "Read every input as this format (txt, html or eml).")
    var inputFormat: InputFormat?

    @Option(name: .customLong("sent-at"), help: "When the draft is (to be) sent, ISO 8601 (default: its Date header, else now).")
    var sentAt: String?

    @Option(help: "The channel the customer wrote through: messages, reviews, returns or issues (default: inferred).")
    var channel: SupportChannel?

    @Flag(help: "Print nothing on success.")
    var quiet = LintRequest.defaults.quiet

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one draft, directory, or - for standard input") }
    }

    /// The options as plain values.
    var request: LintRequest {
        LintRequest(
            paths: paths, incoming: incoming, reports: reports.request, failOn: failOn, template: template, enable: enable,
            disable: disable, config: config, rules: rules, inputFormat: inputFormat, sentAt: sentAt, channel: channel, quiet: quiet
        )
    }

    func run() throws {
        try request.run()
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
