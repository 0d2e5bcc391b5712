// `--format text`: compiler-style lines with the source line and a caret under
// the finding; colour only when asked (a terminal without NO_COLOR).

public struct TextReporter {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func report(_ run: RunResult) -> String {
        var out = ""
        for file in run.files {
            for finding in file.findings { write(finding, path: file.path, source: file.source, into: &out) }
        }
        return out
    }

    public func write(_ finding: Finding, path: String, source: SourceText?, into out: inout String) {
        let (label, tint) = style(finding.severity)
        out += paint("\(path):\(finding.start.line):\(finding.start.column): ", bold)
        out += paint("\(label):", tint + bold) + " "
        out += paint(finding.message, bold) + " [\(finding.rule)]\n"
        if let source, finding.start.line <= source.lineCount {
            let line = source.lineText(finding.start.line)
            out += line + "\n"
            let (prefix, lineLength) = Self.indent(line, column: finding.start.column)
            let endColumn = finding.end.line == finding.start.line ? finding.end.column : lineLength + 1
            let width = max(1, min(endColumn, lineLength + 1) - finding.start.column)
            out += prefix + paint("^" + String(repeating: "~", count: width - 1), green) + "\n"
            if let suggestion = finding.suggestion {
                out += prefix + paint(suggestion, green) + "\n"
            }
        }
        if let related = finding.related {
            out += paint("\(related.path):\(related.line):\(related.column): ", bold)
            out += paint("note:", cyan + bold) + " " + (related.message ?? "related location") + "\n"
        }
    }

    /// What goes before the caret under column `column` of `line` (a space per character,
    /// tabs kept so that it lines up), and the line's length; both in Unicode scalars, as
    /// columns are. Byte by byte: a report of a long draft draws thousands of carets.
    static func indent(_ line: String, column: Int) -> (indent: String, length: Int) {
        var indent: [UInt8] = []
        var scalars = 0
        for byte in line.utf8 where byte & 0xC0 != 0x80 {
            if scalars < column - 1 { indent.append(byte == 0x09 ? 0x09 : 0x20) }
            scalars += 1
        }
        return (String(decoding: indent, as: UTF8.self), scalars)
    }

    public func summary(_ run: RunResult) -> String {
        let summary = run.summary
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        return "\(count(summary.files, "file")) linted: \(count(summary.errors, "error")), "
            + "\(count(summary.warnings, "warning")), \(summary.infos) info\n"
    }

    private let bold = "\u{1B}[1m"
    private let red = "\u{1B}[31m"
    private let yellow = "\u{1B}[33m"
    private let cyan = "\u{1B}[36m"
    private let green = "\u{1B}[32m"
    private let reset = "\u{1B}[0m"

    private func style(_ severity: Severity) -> (String, String) {
        switch severity {
        case .error: return ("error", red)
        case .warning: return ("warning", yellow)
        case .info: return ("info", cyan)
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? code + text + reset : text
    }
}
