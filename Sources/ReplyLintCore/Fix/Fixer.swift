// `--fix`: applies the safe suggestions of a run to the files, each written atomically.

public struct FixOutcome: Sendable {
    public var path: String
    /// Suggestions applied.
    public var applied: Int
}

public enum Fixer {
    /// Fixes every file of `run` that has a fixable finding. Files are re-read, and a
    /// finding is applied only if its text is still where the lint found it.
    public static func fix(_ run: RunResult, rules: RuleSet, format: InputFormat?) -> (fixed: [FixOutcome], errors: [InputError]) {
        var fixed: [FixOutcome] = []
        var errors: [InputError] = []
        let fixable: (String) -> Bool = { rules.definition($0)?.fixable ?? false }
        for file in run.files where file.error == nil && file.path != "<stdin>" && file.path != "-" {
            let candidates = file.findings.filter { $0.suggestion != nil && fixable($0.rule) }
            guard !candidates.isEmpty else { continue }
            do throws(InputError) {
                let bytes = try InputFile.read(file.path)
                let document = try DocumentReader.document(path: file.path, bytes: bytes, format: format)
                let current = candidates.filter { finding in
                    guard let range = finding.bodyRange, range.upperBound <= document.body.bytes.count else { return false }
                    return Message.excerpt(document.body.string(range)) == finding.excerpt
                }
                let edits = FixPlan.edits(current, document: document, fileBytes: bytes, fixable: fixable)
                guard !edits.isEmpty else { continue }
                try AtomicFile.write(FixPlan.apply(edits, to: bytes), to: file.path)
                fixed.append(FixOutcome(path: file.path, applied: edits.count))
            } catch {
                errors.append(error)
            }
        }
        return (fixed, errors)
    }
}
