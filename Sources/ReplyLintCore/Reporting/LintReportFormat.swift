// The report formats of `--format` and `--output`, and what every reporter may need
// besides the findings: the rules that ran, the --fail-on level and where paths are relative to.

public enum LintReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github, junit, checkstyle, html
}

public struct ReportSettings: Sendable {
    /// The rules of the run, for SARIF's rule descriptors.
    public var rules: [RuleDefinition]
    /// Findings at or above this severity fail the run (JUnit failures); nil: none do.
    public var failOn: Severity?
    /// Paths in reports are made relative to this directory.
    public var workingDirectory: String
    /// ANSI colour in the text report.
    public var color: Bool

    public init(rules: [RuleDefinition] = [], failOn: Severity? = .warning, workingDirectory: String = "", color: Bool = false) {
        self.rules = rules
        self.failOn = failOn
        self.workingDirectory = workingDirectory
        self.color = color
    }

    func path(_ path: String) -> String { ReportPath.relative(path, to: workingDirectory) }
}

public enum Report {
    /// The whole report of a run in one format.
    public static func render(_ format: LintReportFormat, _ run: RunResult, settings: ReportSettings) -> String {
        switch format {
        case .text:
            let reporter = TextReporter(color: settings.color)
            return reporter.report(run) + (run.files.isEmpty ? "" : reporter.summary(run))
        case .json: return JSONReporter().report(run)
        case .sarif: return SARIFReporter(settings: settings).report(run)
        case .github: return GitHubReporter(settings: settings).report(run)
        case .junit: return JUnitReporter(settings: settings).report(run)
        case .checkstyle: return CheckstyleReporter(settings: settings).report(run)
        case .html: return HTMLReporter(settings: settings).report(run)
        }
    }
}
