// `--format sarif`: SARIF 2.1.0 for code-scanning services. Columns count Unicode
// scalars (columnKind unicodeCodePoints), 1-based, end exclusive, as in the JSON report.

public struct SARIFReporter {
    public let settings: ReportSettings

    public init(settings: ReportSettings) {
        self.settings = settings
    }

    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let fingerprintKey = "replylint/v1"

    public func report(_ run: RunResult) -> String {
        let rules = descriptors(for: run)
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var json = JSONWriter()
        json.beginObject()
        json.field("$schema", Self.schema)
        json.field("version", "2.1.0")
        json.beginArray("runs")
        json.beginObject()
        writeTool(rules, into: &json)
        writeInvocation(run, into: &json)
        if !settings.workingDirectory.isEmpty {
            json.beginObject("originalUriBaseIds")
            json.beginObject("%SRCROOT%")
            let directory = settings.workingDirectory.hasSuffix("/") ? settings.workingDirectory : settings.workingDirectory + "/"
            json.field("uri", "file://" + ReportPath.uri(directory))
            json.endObject()
            json.endObject()
        }
        json.field("columnKind", "unicodeCodePoints")
        json.beginArray("results")
        for file in run.files {
            let path = settings.path(file.path)
            for finding in file.findings { write(finding, path: path, ruleIndex: ruleIndex[finding.rule], into: &json) }
        }
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        return json.string
    }

    struct Descriptor {
        var id: String
        var summary: String
        var description: String
        var severity: Severity
    }

    /// The rules that have results, sorted by id (a rule the rule set does not know is described by its id).
    func descriptors(for run: RunResult) -> [Descriptor] {
        var byID: [String: Descriptor] = [:]
        for finding in run.files.flatMap(\.findings) where byID[finding.rule] == nil {
            if let rule = settings.rules.first(where: { $0.id == finding.rule }) {
                let why = Message.excerpt(rule.why, limit: 4000)
                byID[rule.id] = Descriptor(id: rule.id, summary: Self.firstSentence(why), description: why, severity: rule.severity)
            } else {
                byID[finding.rule] = Descriptor(id: finding.rule, summary: finding.rule, description: finding.rule, severity: finding.severity)
            }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    private func writeTool(_ rules: [Descriptor], into json: inout JSONWriter) {
        json.beginObject("tool")
        json.beginObject("driver")
        json.field("name", ReplyLint.name)
        json.field("version", ReplyLint.version)
        json.field("semanticVersion", ReplyLint.version)
        json.beginArray("rules")
        for rule in rules {
            json.beginObject()
            json.field("id", rule.id)
            json.beginObject("shortDescription")
            json.field("text", rule.summary.isEmpty ? rule.id : rule.summary)
            json.endObject()
            json.beginObject("fullDescription")
            json.field("text", rule.description.isEmpty ? rule.id : rule.description)
            json.endObject()
            json.beginObject("help")
            json.field("text", "Run `replylint explain \(rule.id)` for why the rule exists, with bad and good examples.")
            json.endObject()
            json.beginObject("defaultConfiguration")
            json.field("level", Self.level(rule.severity))
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    /// Files that could not be linted become error notifications, and the run unsuccessful.
    private func writeInvocation(_ run: RunResult, into json: inout JSONWriter) {
        json.beginArray("invocations")
        json.beginObject()
        json.field("executionSuccessful", run.inputErrors.isEmpty)
        if !run.inputErrors.isEmpty {
            json.beginArray("toolExecutionNotifications")
            for error in run.inputErrors {
                json.beginObject()
                json.field("level", "error")
                json.beginObject("message")
                json.field("text", error.description)
                json.endObject()
                if !ReportPath.isStandardInput(error.path) {
                    json.beginArray("locations")
                    json.beginObject()
                    json.beginObject("physicalLocation")
                    writeArtifact(settings.path(error.path), into: &json)
                    json.endObject()
                    json.endObject()
                    json.endArray()
                }
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        json.endArray()
    }

    private func write(_ finding: Finding, path: String, ruleIndex: Int?, into json: inout JSONWriter) {
        json.beginObject()
        json.field("ruleId", finding.rule)
        if let ruleIndex { json.field("ruleIndex", ruleIndex) }
        json.field("level", Self.level(finding.severity))
        json.beginObject("message")
        json.field("text", finding.message)
        json.endObject()
        json.beginArray("locations")
        json.beginObject()
        json.beginObject("physicalLocation")
        writeArtifact(path, into: &json)
        json.beginObject("region")
        json.field("startLine", finding.start.line)
        json.field("startColumn", finding.start.column)
        json.field("endLine", finding.end.line)
        json.field("endColumn", finding.end.column)
        if !finding.excerpt.isEmpty {
            json.beginObject("snippet")
            json.field("text", finding.excerpt)
            json.endObject()
        }
        json.endObject()
        json.endObject()
        json.endObject()
        json.endArray()
        json.beginObject("partialFingerprints")
        json.field(Self.fingerprintKey, Fingerprint.of(finding, path: path))
        json.endObject()
        if let suggestion = finding.suggestion {
            json.beginObject("properties")
            json.field("suggestion", suggestion)
            json.endObject()
        }
        json.endObject()
    }

    private func writeArtifact(_ path: String, into json: inout JSONWriter) {
        json.beginObject("artifactLocation")
        if ReportPath.isStandardInput(path) {
            json.field("uri", "stdin")
        } else if path.hasPrefix("/") {
            json.field("uri", "file://" + ReportPath.uri(path))
        } else {
            json.field("uri", ReportPath.uri(path))
            json.field("uriBaseId", "%SRCROOT%")
        }
        json.endObject()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// Up to and including the first ". ", or the whole text.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }
}
