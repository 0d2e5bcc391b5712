// lint's report options: --format, --output FORMAT=PATH (repeatable), --baseline,
// --write-baseline and --fix, and what they do around a lint run.
import ArgumentParser
import Foundation
import ReplyLintCore

extension LintReportFormat: ExpressibleByArgument {}

/// One `--output FORMAT=PATH`.
struct OutputSpec: Equatable {
    var format: LintReportFormat
    var path: String

    static func parse(_ spec: String) throws -> OutputSpec {
        let formats = LintReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let equals = spec.firstIndex(of: "=") else {
            throw Failure("--output '\(spec)': expected FORMAT=PATH, for example sarif=replylint.sarif (formats: \(formats))")
        }
        let name = String(spec[..<equals])
        let path = String(spec[spec.index(after: equals)...])
        guard let format = LintReportFormat(rawValue: name.lowercased()) else {
            throw Failure("--output '\(spec)': unknown format '\(name)' (formats: \(formats))")
        }
        guard !path.isEmpty else { throw Failure("--output '\(spec)': no path after '='") }
        return OutputSpec(format: format, path: path)
    }
}

struct ReportOptions: ParsableArguments {
    @Option(help: "Report format on standard output.")
    var format: LintReportFormat = ReportRequest().format

    @Option(name: .customLong("output"), help: ArgumentHelp("Also write a report to a file (repeatable).", valueName: "format=path"))
    var outputs: [String] = ReportRequest().outputs

    @Option(help: ArgumentHelp("Report only findings that are not recorded in this baseline file.", valueName: "path"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record the current findings in a baseline file.", valueName: "path"))
    var writeBaseline: String?

    @Flag(help: "Apply the safe suggestions in place (atomic write), then report what is left.")
    var fix = ReportRequest().fix

    var request: ReportRequest {
        ReportRequest(format: format, outputs: outputs, baseline: baseline, writeBaseline: writeBaseline, fix: fix)
    }
}

/// The report options as plain values, and what they do around a lint run.
struct ReportRequest {
    var format: LintReportFormat = .text
    var outputs: [String] = []
    var baseline: String? = nil
    var writeBaseline: String? = nil
    var fix = false

    /// The --output specs; a bad one ends the run before anything is linted.
    func outputSpecs() throws -> [OutputSpec] {
        let specs = try outputs.map(OutputSpec.parse)
        var seen = Set<String>()
        for spec in specs where !seen.insert(spec.path).inserted {
            throw Failure("--output: two reports would be written to \(spec.path)")
        }
        return specs
    }

    /// Lints the files (showing progress on a terminal for long runs); with --fix, applies the
    /// safe suggestions and lints again. Returns the results and the files that could not be fixed.
    func lint(
        files: [String], rules: RuleSet, format: InputFormat?, quiet: Bool,
        using lintFiles: ([String], (@Sendable (Int) -> Void)?) throws -> [FileResult]
    ) throws -> (files: [FileResult], errors: [InputError]) {
        var results = try Self.lint(files, quiet: quiet, using: lintFiles)
        guard fix else { return (results, []) }
        let outcome = Fixer.fix(RunResult(files: results, errors: []), rules: rules, format: format)
        if !outcome.fixed.isEmpty {
            if !quiet {
                let count = outcome.fixed.reduce(0) { $0 + $1.applied }
                Output.error("fixed \(count) \(count == 1 ? "finding" : "findings") in \(outcome.fixed.count) \(outcome.fixed.count == 1 ? "file" : "files")")
            }
            results = try Self.lint(files, quiet: quiet, using: lintFiles)
        }
        return (results, outcome.errors)
    }

    private static func lint(
        _ files: [String], quiet: Bool, using lintFiles: ([String], (@Sendable (Int) -> Void)?) throws -> [FileResult]
    ) throws -> [FileResult] {
        guard Progress.shown(files: files.count, stderrIsTerminal: isatty(2) == 1, quiet: quiet) else {
            return try lintFiles(files, nil)
        }
        let total = files.count
        let results = try lintFiles(files) { done in
            if done % 50 == 0 || done == total { Output.status(Progress.line(done: done, total: total)) }
        }
        Output.status(Progress.clear)
        return results
    }

    /// --write-baseline records the findings, --baseline (or the baseline just written) removes
    /// the recorded ones from the run.
    func applyBaselines(_ run: RunResult, quiet: Bool) throws -> RunResult {
        let directory = FileManager.default.currentDirectoryPath
        let path = { ReportPath.relative($0, to: directory) }
        var current = run
        if let baseline {
            do {
                let filtered = try BaselineFile.read(baseline).filter(current, path: path)
                current = filtered.run
                if !quiet, filtered.suppressed > 0 {
                    Output.error("\(filtered.suppressed) \(filtered.suppressed == 1 ? "finding" : "findings") recorded in \(baseline) not reported")
                }
            } catch {
                throw Failure(error.description)
            }
        }
        if let writeBaseline {
            let recorded = Baseline(run: current, path: path)
            try write(BaselineFile.text(recorded), to: writeBaseline)
            if !quiet {
                Output.error("wrote \(recorded.findingCount) \(recorded.findingCount == 1 ? "finding" : "findings") to the baseline \(writeBaseline)")
            }
            current = recorded.filter(current, path: path).run
        }
        return current
    }

    func settings(_ rules: RuleSet, failOn: Severity?, color: Bool) -> ReportSettings {
        ReportSettings(rules: rules.definitions, failOn: failOn, workingDirectory: FileManager.default.currentDirectoryPath, color: color)
    }

    /// Writes each --output report, atomically.
    func write(_ specs: [OutputSpec], _ run: RunResult, settings: ReportSettings) throws {
        for spec in specs {
            var plain = settings
            plain.color = false
            try write(Report.render(spec.format, run, settings: plain), to: spec.path)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw Failure(error.description)
        }
    }
}
