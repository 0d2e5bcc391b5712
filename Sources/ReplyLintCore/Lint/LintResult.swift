// What linting produced, per file and for the run.

public struct FileResult: Sendable {
    public var path: String
    public var format: InputFormat?
    public var findings: [Finding]
    /// Repairs the reader made, said once to the user.
    public var notes: [String]
    /// Why the file could not be linted.
    public var error: InputError?
    /// Tone labels, when tone was scored ("draft", "incoming").
    public var tone: [String: String]
    /// The file as read, for showing the lines findings point at; kept only when there are
    /// findings (a run over thousands of clean drafts need not hold them all in memory).
    public var source: SourceText?

    public init(
        path: String, format: InputFormat?, findings: [Finding] = [], notes: [String] = [],
        error: InputError? = nil, tone: [String: String] = [:], source: SourceText? = nil
    ) {
        self.path = path
        self.source = findings.isEmpty ? nil : source
        self.format = format
        self.findings = findings
        self.notes = notes
        self.error = error
        self.tone = tone
    }
}

public struct Summary: Sendable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init(_ results: [FileResult]) {
        files = results.count
        for finding in results.flatMap(\.findings) {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

public struct RunResult: Sendable {
    public var files: [FileResult]
    /// Paths that could not be collected (missing files, empty directories).
    public var errors: [InputError]

    public init(files: [FileResult], errors: [InputError]) {
        self.files = files
        self.errors = errors
    }

    public var summary: Summary { Summary(files) }

    public var inputErrors: [InputError] { errors + files.compactMap(\.error) }

    /// 0, 1 or 2 as ../shared/CLI.md says.
    public func exitStatus(failOn: Severity?) -> Int32 {
        if !inputErrors.isEmpty { return 2 }
        guard let failOn else { return 0 }
        return files.contains { $0.findings.contains { $0.severity >= failOn } } ? 1 : 0
    }
}
