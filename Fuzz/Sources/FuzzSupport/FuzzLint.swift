// One fuzz input through everything a user's file goes through: read it as the given
// format, lint it (alone, or answering itself as the incoming message), and render the
// findings as JSON and as text with source lines and carets.
// The spelling rule is off: it hands words to Hunspell (not our code), whose suggestions
// cost tens of milliseconds a word and would slow the fuzzer a hundredfold.
import CFuzzDriver
import ReplyLintCore

public enum FuzzLint {
    nonisolated(unsafe) static let rules: RuleSet = {
        do {
            return try RuleSet.load()
        } catch {
            fatalError("embedded rules do not load: \(error)")
        }
    }()

    static let options: LintOptions = {
        var options = LintOptions()
        options.disabled = ["spelling"]
        return options
    }()

    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, format: InputFormat) {
        let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
        let document: Document
        do {
            document = try DocumentReader.document(path: "fuzz.\(format.rawValue)", bytes: bytes, format: format)
        } catch {
            return   // refused with a message: binary, empty
        }
        let linter = Linter(rules: rules, options: options)
        // Half the inputs (by length) also serve as the customer's message, which runs
        // question extraction and answer coverage on the same text.
        let context = size % 2 == 0
            ? linter.context(for: document)
            : linter.context(for: document, incoming: linter.analyze(document.customerMessage))
        let result = FileResult(
            path: document.path, format: document.format, findings: linter.lint(context),
            notes: document.notes, tone: context.toneLabels, source: document.source)
        let run = RunResult(files: [result], errors: [])
        _ = JSONReporter().report(run)
        _ = TextReporter(color: false).report(run)
        _ = ToneReport(score: ToneAnalyzer(rules.lexicons.tone).score(context.draft), document: document).json
        let parse = ParseReport(document)
        _ = parse.json()
        _ = parse.text()
    }
}

/// libFuzzer's command-line driver, running `test` on each input.
public func runFuzzer(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, test)
}
