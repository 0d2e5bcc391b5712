// Everything a check may look at for one draft: the draft, the customer's
// message when there is one, and analyses computed once and shared.

/// A document with its body taken apart.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    public let analysis: TextAnalysis
    /// Analyses shared by every draft that uses this document (see DocumentMemo).
    public let memo = DocumentMemo()

    public init(_ document: Document, phrases: PhraseIndex) {
        self.document = document
        self.analysis = TextAnalysis(document.body, phrases: phrases)
    }
}

public final class LintContext: @unchecked Sendable {
    public let draft: AnalyzedDocument
    /// The customer's message: `--incoming`, or the message the draft quotes.
    public let incoming: AnalyzedDocument?
    public let options: LintOptions
    public let rules: RuleSet
    /// Checks of a large draft run in parallel and share this memo.
    private var memo: [String: Any] = [:]
    private let memoLock = NSLockLite()
    private var cutRules: Set<String> = []

    public init(draft: AnalyzedDocument, incoming: AnalyzedDocument?, options: LintOptions, rules: RuleSet) {
        self.draft = draft
        self.incoming = incoming
        self.options = options
        self.rules = rules
    }

    /// One note per rule whose findings stopped at the limit (see FindingLimit).
    public var limitNotes: [String] {
        memoLock.withLock { cutRules.sorted().map { FindingLimit.note(rule: $0, limit: options.findingLimit) } }
    }

    func noteLimitReached(_ rule: String) {
        memoLock.withLock { _ = cutRules.insert(rule) }
    }

    public var document: Document { draft.document }
    public var analysis: TextAnalysis { draft.analysis }

    /// A value computed at most once per draft (a tone score, the questions asked).
    /// Computed outside the lock (one analysis may ask for another), so two checks may
    /// both compute it once; the first value stored is the one every check gets.
    public func cached<Value>(_ key: String, _ make: () -> Value) -> Value {
        // `memo[key]` is looked at as an `Any?` first: cast straight to an optional Value, a
        // missing key would read as a stored nil.
        if let stored = memoLock.withLock({ memo[key] }), let value = stored as? Value { return value }
        let value = make()
        return memoLock.withLock {
            if let stored = memo[key], let earlier = stored as? Value { return earlier }
            memo[key] = value
            return value
        }
    }

    /// A finding over a byte range of the draft's body.
    public func finding(
        _ rule: RuleDefinition, range: Range<Int>, message: String? = nil, values: [String: String] = [:],
        suggestion: String? = nil, related: RelatedLocation? = nil
    ) -> Finding {
        let document = draft.document
        let text = document.body
        let excerpt = Message.excerpt(text.string(range))
        var slots = values
        slots["excerpt"] = slots["excerpt"] ?? excerpt
        if let suggestion { slots["suggestion"] = slots["suggestion"] ?? suggestion }
        let start = document.location(of: range.lowerBound, in: text)
        let end = range.isEmpty
            ? start
            : document.source.location(of: text.map.sourceOffset(for: range.upperBound - 1) + 1)
        return Finding(
            rule: rule.id, severity: rule.severity,
            message: Message.render(message ?? rule.message, slots),
            start: start, end: max(end, start), excerpt: excerpt, suggestion: suggestion,
            related: related, bodyRange: range
        )
    }

    /// A place in the incoming message, for a finding's related location.
    public func relatedLocation(inIncoming range: Range<Int>, message: String? = nil) -> RelatedLocation? {
        guard let incoming else { return nil }
        let location = incoming.document.location(of: range.lowerBound, in: incoming.document.body)
        return RelatedLocation(path: incoming.document.path, line: location.line, column: location.column, message: message)
    }
}
