// Runs the rules over drafts: one draft at a time, or many files in parallel
// with results in path order.
import Dispatch

public struct Linter: Sendable {
    public let rules: RuleSet
    public let options: LintOptions

    public init(rules: RuleSet, options: LintOptions = LintOptions()) {
        self.rules = rules
        self.options = options
    }

    public func analyze(_ document: Document) -> AnalyzedDocument {
        rules.analyze(document)
    }

    /// The findings for one draft, sorted by position. Without `incoming`, the
    /// message the draft quotes (if any) is the customer's message.
    public func lint(_ draft: Document, incoming: AnalyzedDocument? = nil) -> [Finding] {
        lint(context(for: draft, incoming: incoming))
    }

    /// What the checks of one draft look at.
    public func context(for draft: Document, incoming: AnalyzedDocument? = nil) -> LintContext {
        let customer = incoming ?? draft.quotedMessage.map(analyze)
        return LintContext(draft: analyze(draft), incoming: customer, options: options, rules: rules)
    }

    public func lint(_ context: LintContext) -> [Finding] {
        lint(context, parallel: context.document.body.bytes.count >= Self.parallelChecksThreshold)
    }

    /// `parallel`: the checks run on all cores (for a long draft; files already do).
    func lint(_ context: LintContext, parallel: Bool) -> [Finding] {
        var findings: [Finding] = []
        var yielding = Set<String>()
        let signature = context.document.signatureRange
        for (traits, found) in run(context, parallel: parallel) {
            if traits.yieldsToOtherRules, !found.isEmpty { yielding.insert(traits.id) }
            for var finding in found {
                if let signature, let range = finding.bodyRange, signature.contains(range.lowerBound),
                   !traits.includesSignature {
                    continue
                }
                if let severity = options.severityOverrides[finding.rule] { finding.severity = severity }
                findings.append(finding)
            }
        }
        findings = FindingFilter.apply(findings, context)
        findings = YieldingFindings.apply(findings, yielding: yielding)
        findings.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        return findings
    }

    /// Bytes of reply above which one draft's checks run in parallel (files already do).
    static let parallelChecksThreshold = 256 << 10

    /// The enabled checks with what each found, in rule order.
    private func run(_ context: LintContext, parallel: Bool) -> [(traits: CheckTraits, findings: [Finding])] {
        let traits = rules.checkTraits
        let enabled = traits.indices.filter { options.isEnabled(id: traits[$0].id, byDefault: traits[$0].enabledByDefault) }
        guard parallel, enabled.count > 1 else {
            return rules.withChecks { checks in enabled.map { (traits[$0], checks[$0].run(context)) } }
        }
        // First the reply's lines, which several structure rules read (each would otherwise
        // take them apart at the same time), then the checks costliest first (see
        // Check.costPerWord); results stay in rule order.
        let costliestFirst = enabled.indices.sorted {
            (-traits[enabled[$0]].costPerWord, $0) < (-traits[enabled[$1]].costPerWord, $1)
        }
        let tasks = [ParallelTask.replyLines] + costliestFirst.map(ParallelTask.check)
        let slots = Slots<[Finding]>(count: enabled.count)
        DispatchQueue.concurrentPerform(iterations: tasks.count) { step in
            switch tasks[step] {
            case .replyLines:
                _ = ReplyLines.of(context)
            case .check(let index):
                slots[index] = rules.withChecks { $0[enabled[index]].run(context) }
            }
        }
        return zip(enabled, slots.values).map { (traits[$0], $1) }
    }

    /// One piece of a long draft's parallel checks: a shared analysis, or the check at a
    /// position in the enabled list.
    private enum ParallelTask {
        case replyLines
        case check(Int)
    }

    /// Reads, parses and lints each file; files run in parallel on all cores.
    public func lint(files: [String], incoming: Document? = nil, format: InputFormat? = nil) -> [FileResult] {
        let customer = incoming.map(analyze)
        let slots = Slots<FileResult>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots[index] = lintFile(files[index], incoming: customer, format: format)
        }
        return slots.values
    }

    public func lintFile(_ path: String, incoming: AnalyzedDocument?, format: InputFormat?) -> FileResult {
        do {
            let document = try DocumentReader.read(path: path, format: format)
            let context = self.context(for: document, incoming: incoming)
            let findings = lint(context)
            return FileResult(
                path: document.path, format: document.format, findings: findings, notes: document.notes + context.limitNotes,
                tone: context.toneLabels, source: document.source
            )
        } catch {
            return FileResult(path: error.path, format: nil, error: error)
        }
    }
}

/// Write-once result slots shared by the worker threads; each index is written by one thread.
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLockLite()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
