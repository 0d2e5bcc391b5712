// `--format checkstyle`: Checkstyle 4.3 XML, read by Jenkins' warnings plugin,
// reviewdog and many editors. One <file> per linted file, one <error> per finding.

public struct CheckstyleReporter {
    public let settings: ReportSettings

    public init(settings: ReportSettings) {
        self.settings = settings
    }

    public func report(_ run: RunResult) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for error in run.errors {
            out += unreadable(settings.path(error.path), error.problem)
        }
        for file in run.files {
            let name = settings.path(file.path)
            if let error = file.error {
                out += unreadable(name, error.problem)
                continue
            }
            if file.findings.isEmpty {
                out += "  <file name=\"\(MarkupEscaping.attribute(name))\"/>\n"
                continue
            }
            out += "  <file name=\"\(MarkupEscaping.attribute(name))\">\n"
            for finding in file.findings {
                out += "    <error line=\"\(finding.start.line)\" column=\"\(finding.start.column)\""
                out += " severity=\"\(finding.severity.rawValue)\""
                out += " message=\"\(MarkupEscaping.attribute(finding.message))\""
                out += " source=\"replylint.\(MarkupEscaping.attribute(finding.rule))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }

    private func unreadable(_ name: String, _ problem: String) -> String {
        "  <file name=\"\(MarkupEscaping.attribute(name))\">\n"
            + "    <error line=\"1\" severity=\"error\" message=\"\(MarkupEscaping.attribute(problem))\" source=\"replylint.input\"/>\n"
            + "  </file>\n"
    }
}
