// `--format html`: one self-contained page (no JavaScript, no external files) with the
// run's counts, then the findings grouped by file and by rule, each with its source line.

public struct HTMLReporter {
    public let settings: ReportSettings

    public init(settings: ReportSettings) {
        self.settings = settings
    }

    public func report(_ run: RunResult) -> String {
        let summary = run.summary
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>replylint report</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n"
        out += "<h1>replylint report</h1>\n<p class=\"totals\">"
        out += "\(summary.files) \(plural(summary.files, "file")) linted · "
        out += "<span class=\"error\">\(summary.errors) \(plural(summary.errors, "error"))</span> · "
        out += "<span class=\"warning\">\(summary.warnings) \(plural(summary.warnings, "warning"))</span> · "
        out += "<span class=\"info\">\(summary.infos) info</span>"
        if !run.inputErrors.isEmpty { out += " · \(run.inputErrors.count) not readable" }
        out += "</p>\n"
        out += ruleTable(run)
        if !run.inputErrors.isEmpty {
            out += "<h2>Files that could not be linted</h2>\n<ul class=\"unreadable\">\n"
            for error in run.inputErrors {
                out += "<li><code>\(escape(settings.path(error.path)))</code>: \(escape(error.problem))</li>\n"
            }
            out += "</ul>\n"
        }
        let withFindings = run.files.filter { !$0.findings.isEmpty }
        for file in withFindings { out += section(file) }
        let clean = run.files.filter { $0.findings.isEmpty && $0.error == nil }
        if !clean.isEmpty {
            out += "<details class=\"clean\"><summary>\(clean.count) \(plural(clean.count, "file")) without findings</summary>\n<ul>\n"
            for file in clean { out += "<li><code>\(escape(settings.path(file.path)))</code></li>\n" }
            out += "</ul></details>\n"
        }
        out += "<footer>\(escape(ReplyLint.name)) \(escape(ReplyLint.version))</footer>\n</body>\n</html>\n"
        return out
    }

    private func ruleTable(_ run: RunResult) -> String {
        var counts: [String: (severity: Severity, count: Int)] = [:]
        for finding in run.files.flatMap(\.findings) {
            counts[finding.rule, default: (finding.severity, 0)].count += 1
        }
        guard !counts.isEmpty else { return "<p class=\"none\">No findings.</p>\n" }
        var out = "<table class=\"rules\">\n<thead><tr><th>Rule</th><th>Severity</th><th>Findings</th></tr></thead>\n<tbody>\n"
        for (rule, entry) in counts.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
            out += "<tr><td><code>\(escape(rule))</code></td><td class=\"\(entry.severity.rawValue)\">\(entry.severity.rawValue)</td>"
            out += "<td class=\"count\">\(entry.count)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func section(_ file: FileResult) -> String {
        let path = settings.path(file.path)
        var out = "<section class=\"file\">\n<h2><code>\(escape(path))</code> "
        out += "<span class=\"count\">\(file.findings.count) \(plural(file.findings.count, "finding"))</span></h2>\n"
        var order: [String] = []
        var byRule: [String: [Finding]] = [:]
        for finding in file.findings {
            if byRule[finding.rule] == nil { order.append(finding.rule) }
            byRule[finding.rule, default: []].append(finding)
        }
        for rule in order {
            let findings = byRule[rule]!
            out += "<h3><code>\(escape(rule))</code> <span class=\"count\">\(findings.count)</span></h3>\n<ol>\n"
            for finding in findings {
                out += "<li><span class=\"where\">\(finding.start.line):\(finding.start.column)</span> "
                out += "<span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
                out += escape(finding.message)
                if let suggestion = finding.suggestion {
                    out += " <span class=\"suggestion\">→ <code>\(escape(suggestion))</code></span>"
                }
                if let line = sourceLine(finding, file.source) { out += "\n<pre>\(line)</pre>" }
                out += "</li>\n"
            }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    /// The finding's first line with the finding marked, escaped.
    private func sourceLine(_ finding: Finding, _ source: SourceText?) -> String? {
        guard let source, finding.start.line <= source.lineCount else { return nil }
        let scalars = Array(source.lineText(finding.start.line).unicodeScalars)
        let start = min(max(finding.start.column - 1, 0), scalars.count)
        let end = finding.end.line == finding.start.line ? min(max(finding.end.column - 1, start), scalars.count) : scalars.count
        func text(_ range: Range<Int>) -> String {
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars[range])
            return escape(string)
        }
        return text(0..<start) + "<mark>" + text(start..<end) + "</mark>" + text(end..<scalars.count)
    }

    private func escape(_ text: String) -> String { MarkupEscaping.text(text) }

    private func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }

    static let style = """
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a; max-width: 70rem; margin: 2rem auto; padding: 0 1.5rem; }
    h1 { font-size: 1.6rem; margin-bottom: .3rem; }
    h2 { font-size: 1.1rem; margin: 2rem 0 .4rem; padding-top: .8rem; border-top: 1px solid #d8dde3; }
    h3 { font-size: .95rem; margin: .9rem 0 .3rem; }
    code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    pre { background: #f4f6f8; padding: .35rem .6rem; margin: .3rem 0 .6rem; white-space: pre-wrap; word-break: break-word; border-radius: 4px; }
    mark { background: #ffe08a; border-bottom: 2px solid #d19a00; }
    .totals { font-size: 1.05rem; }
    .count { color: #5b6672; font-weight: normal; }
    .error { color: #b3261e; } .warning { color: #8a5a00; } .info { color: #1f5fa8; }
    .badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .45rem; border-radius: 3px; border: 1px solid currentColor; }
    .where { font-family: ui-monospace, monospace; color: #5b6672; }
    .suggestion { color: #1e6b32; }
    table.rules { border-collapse: collapse; margin: 1rem 0; }
    table.rules th, table.rules td { text-align: left; padding: .2rem .9rem .2rem 0; border-bottom: 1px solid #e4e8ec; }
    table.rules td.count { text-align: right; }
    ol { padding-left: 1.4rem; }
    li { margin: .25rem 0; }
    footer { margin-top: 3rem; color: #5b6672; font-size: .8rem; }

    """
}
