// The `custom-phrase` kind: a team's own banned phrases, listed under `phrases:` in
// .replylint.yml, each with its message (and optionally its severity). They vary by
// configuration, so they get a small automaton of their own per configuration file
// instead of a place in the shared one.

/// A configuration's phrases compiled once, matched against each draft's tokens.
public struct CustomPhraseSet: Sendable {
    let phrases: [CustomPhrase]
    let index: PhraseIndex

    init?(_ phrases: [CustomPhrase]) throws(DataError) {
        guard !phrases.isEmpty else { return nil }
        var index = PhraseIndex()
        let list = index.addList(named: "custom-phrase")
        for (number, phrase) in phrases.enumerated() {
            do {
                try index.add(phrase.pattern, to: list, item: number)
            } catch {
                throw DataError(file: phrase.file, line: phrase.line, column: 1, problem: error.description)
            }
        }
        index.compile()
        self.phrases = phrases
        self.index = index
    }
}

struct CustomPhraseCheck: Check {
    let definition: RuleDefinition

    static let kind = RuleKind(name: "custom-phrase", keys: []) { definition, _, _ throws(DataError) in
        CustomPhraseCheck(definition: definition)
    }

    func run(_ context: LintContext) -> [Finding] {
        guard let set = context.options.configuration?.customPhrases else { return [] }
        let analysis = context.analysis
        var findings = FindingList(definition, context)
        var lastEnd = -1
        let hits = set.index.match(analysis.tokens, in: analysis.bytes).sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        for hit in hits where Int(hit.start) >= lastEnd {
            let phrase = set.phrases[Int(hit.item)]
            var finding = context.finding(definition, range: analysis.byteRange(hit.tokenRange), message: phrase.message)
            if let severity = phrase.severity { finding.severity = severity }
            guard findings.append(finding) else { break }
            lastEnd = Int(hit.end)
        }
        return findings.findings
    }
}
