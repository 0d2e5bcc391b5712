// `--format github`: GitHub Actions workflow commands, one per finding, which the
// runner turns into annotations on the pull request's changed lines.

public struct GitHubReporter {
    public let settings: ReportSettings

    public init(settings: ReportSettings) {
        self.settings = settings
    }

    public func report(_ run: RunResult) -> String {
        var out = ""
        for error in run.inputErrors {
            out += "::error" + (ReportPath.isStandardInput(error.path) ? "" : " file=\(Self.property(settings.path(error.path)))")
            out += "::" + Self.data(error.description) + "\n"
        }
        for file in run.files {
            // Standard input has no file to annotate: the line and column still say where.
            let place = ReportPath.isStandardInput(file.path) ? "" : "file=\(Self.property(settings.path(file.path))),"
            for finding in file.findings {
                out += "::\(Self.command(finding.severity)) \(place)line=\(finding.start.line),col=\(finding.start.column)"
                out += ",endLine=\(finding.end.line),endColumn=\(finding.end.column)"
                out += ",title=\(Self.property(finding.rule))::\(Self.data(finding.message))\n"
            }
        }
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// The message after "::": %, CR and LF are escaped.
    static func data(_ text: String) -> String {
        escape(text, extra: false)
    }

    /// A property value (file=, title=): also ":" and ",", which would end it.
    static func property(_ text: String) -> String {
        escape(text, extra: true)
    }

    private static func escape(_ text: String, extra: Bool) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where extra: out += "%3A"
            case "," where extra: out += "%2C"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
