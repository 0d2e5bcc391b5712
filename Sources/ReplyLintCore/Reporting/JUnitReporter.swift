// `--format junit`: JUnit XML for CI test dashboards. One testsuite per file with one
// testcase (the file); each finding at or above --fail-on is a <failure>, findings below
// it are listed in <system-out>, and a file that could not be read is an <error>.

public struct JUnitReporter {
    public let settings: ReportSettings

    public init(settings: ReportSettings) {
        self.settings = settings
    }

    public func report(_ run: RunResult) -> String {
        var suites = ""
        var failures = 0
        var errors = 0
        var tests = 0
        for error in run.errors {
            tests += 1
            errors += 1
            suites += suite(path: settings.path(error.path), failing: [], passing: [], error: error.problem)
        }
        for file in run.files {
            tests += 1
            let path = settings.path(file.path)
            if let error = file.error {
                errors += 1
                suites += suite(path: path, failing: [], passing: [], error: error.problem)
                continue
            }
            let failing = file.findings.filter(fails)
            failures += failing.count
            suites += suite(path: path, failing: failing, passing: file.findings.filter { !fails($0) }, error: nil)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"replylint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        out += suites
        out += "</testsuites>\n"
        return out
    }

    private func fails(_ finding: Finding) -> Bool {
        guard let failOn = settings.failOn else { return false }
        return finding.severity >= failOn
    }

    private func suite(path: String, failing: [Finding], passing: [Finding], error: String?) -> String {
        let name = MarkupEscaping.attribute(path)
        var out = "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"\(failing.count)\" errors=\"\(error == nil ? 0 : 1)\" skipped=\"0\">\n"
        out += "    <testcase classname=\"replylint\" name=\"\(name)\""
        if failing.isEmpty && passing.isEmpty && error == nil {
            return out + "/>\n  </testsuite>\n"
        }
        out += ">\n"
        if let error {
            out += "      <error message=\"\(MarkupEscaping.attribute(error))\" type=\"input\">"
            out += MarkupEscaping.text("\(path): \(error)") + "</error>\n"
        }
        for finding in failing {
            out += "      <failure message=\"\(MarkupEscaping.attribute(finding.message))\" type=\"\(finding.rule)\">"
            out += MarkupEscaping.text(line(finding, path: path)) + "</failure>\n"
        }
        if !passing.isEmpty {
            out += "      <system-out>" + MarkupEscaping.text(passing.map { line($0, path: path) }.joined(separator: "\n")) + "</system-out>\n"
        }
        return out + "    </testcase>\n  </testsuite>\n"
    }

    private func line(_ finding: Finding, path: String) -> String {
        "\(path):\(finding.start.line):\(finding.start.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
    }
}
