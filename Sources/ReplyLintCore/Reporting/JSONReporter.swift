// `--format json`: schema version 1 of ../shared/CLI.md.

public struct JSONReporter {
    public init() {}

    public func report(_ run: RunResult) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", 1)
        json.beginObject("tool")
        json.field("name", ReplyLint.name)
        json.field("version", ReplyLint.version)
        json.endObject()
        json.beginArray("files")
        for file in run.files { write(file, into: &json) }
        json.endArray()
        let summary = run.summary
        json.beginObject("summary")
        json.field("files", summary.files)
        json.field("errors", summary.errors)
        json.field("warnings", summary.warnings)
        json.field("infos", summary.infos)
        json.endObject()
        json.endObject()
        return json.string
    }

    private func write(_ file: FileResult, into json: inout JSONWriter) {
        json.beginObject()
        json.field("path", file.path)
        json.field("format", file.format?.rawValue)
        json.beginArray("findings")
        for finding in file.findings { Self.write(finding, into: &json) }
        json.endArray()
        if !file.tone.isEmpty {
            json.beginObject("tone")
            for key in file.tone.keys.sorted() {
                json.beginObject(key)
                json.field("label", file.tone[key])
                json.endObject()
            }
            json.endObject()
        }
        if !file.notes.isEmpty {
            json.beginArray("notes")
            for note in file.notes { json.field(nil, note) }
            json.endArray()
        }
        if let error = file.error { json.field("error", error.problem) }
        json.endObject()
    }

    /// One finding, as in lint output (also used by compose's `findings`).
    public static func write(_ finding: Finding, into json: inout JSONWriter) {
        json.beginObject()
        json.field("rule", finding.rule)
        json.field("severity", finding.severity.rawValue)
        json.field("message", finding.message)
        json.field("line", finding.start.line)
        json.field("column", finding.start.column)
        json.field("endLine", finding.end.line)
        json.field("endColumn", finding.end.column)
        json.field("excerpt", finding.excerpt)
        json.field("suggestion", finding.suggestion)
        if let related = finding.related {
            json.beginObject("related")
            json.field("path", related.path)
            json.field("line", related.line)
            json.field("column", related.column)
            if let message = related.message { json.field("message", message) }
            json.endObject()
        }
        json.endObject()
    }
}
