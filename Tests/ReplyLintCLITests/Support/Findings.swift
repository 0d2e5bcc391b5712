// Reading a JSON report as (path, rule, line, column) rows, for tests that check which
// rules fired where.
import Foundation

struct ReportedFinding: Equatable, CustomStringConvertible {
    let path: String
    let rule: String
    let severity: String
    let line: Int
    let column: Int
    let message: String
    let related: [String: Any]?

    static func == (a: ReportedFinding, b: ReportedFinding) -> Bool {
        (a.path, a.rule, a.line, a.column) == (b.path, b.rule, b.line, b.column)
    }

    var description: String { "\(path):\(line):\(column) \(rule)" }
}

extension CLI {
    /// Runs `replylint --format json` and returns the findings of every file.
    static func findings(_ arguments: [String], directory: URL? = nil) throws -> (status: Int32, findings: [ReportedFinding], stderr: String) {
        let result = try run(["--format", "json"] + arguments, directory: directory)
        let json = try CLI.json(result.stdout)
        var rows: [ReportedFinding] = []
        for file in json["files"] as? [[String: Any]] ?? [] {
            for finding in file["findings"] as? [[String: Any]] ?? [] {
                rows.append(ReportedFinding(
                    path: file["path"] as? String ?? "", rule: finding["rule"] as? String ?? "",
                    severity: finding["severity"] as? String ?? "",
                    line: finding["line"] as? Int ?? 0, column: finding["column"] as? Int ?? 0,
                    message: finding["message"] as? String ?? "", related: finding["related"] as? [String: Any]
                ))
            }
        }
        return (result.status, rows, CLI.withoutAvailabilityNotes(result.stderr))
    }
}
