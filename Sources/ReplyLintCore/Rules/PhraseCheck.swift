// Rules that are lists of phrases (generic apologies, slang, blame, ...). Every
// phrase goes into the shared automaton; the check only turns its hits into findings.
//
//   phrases:
//     - "sorry for (any|the) inconvenience"        a pattern (see PhrasePattern.swift)
//     - match: "gonna"                             a pattern with a replacement for --fix
//       suggest: "going to"
//     - match: "TODO"                              matches only when written in capitals
//       caps: true
//     - match: "u"                                 matches only in lower case, or capitalised at
//       lowercase: true                            the start of a sentence ("Vitamin K" is no slang)
//   exceptions:                                    hits overlapping one of these are dropped
//     - "always happy to help"
//   suggested_message: "..."                       message used when the entry has `suggest`

struct PhraseEntry: Sendable {
    var pattern: String
    var suggestion: String?
    var message: String?
    var capitalsOnly: Bool
    var lowercaseOnly: Bool
}

struct PhraseCheck: Check {
    let definition: RuleDefinition
    let entries: [PhraseEntry]
    let list: PhraseListID
    let exceptions: PhraseListID
    let suggestedMessage: String?

    static let kind = RuleKind(name: "phrases", keys: ["phrases", "exceptions", "suggested_message"]) { definition, node, index throws(DataError) in
        let list = index.addList(named: definition.id)
        let exceptions = index.addList(named: definition.id + " exceptions")
        var entries: [PhraseEntry] = []
        for item in try node.required("phrases").list() {
            let entry: PhraseEntry
            if let pattern = item.scalar {
                entry = PhraseEntry(pattern: pattern, suggestion: nil, message: nil, capitalsOnly: false, lowercaseOnly: false)
            } else {
                try item.rejectUnknownKeys(["match", "suggest", "message", "caps", "lowercase"], what: "a phrase")
                entry = PhraseEntry(
                    pattern: try item.required("match").string(),
                    suggestion: try item["suggest"]?.string(),
                    message: try item["message"]?.string(),
                    capitalsOnly: try item["caps"]?.bool() ?? false,
                    lowercaseOnly: try item["lowercase"]?.bool() ?? false
                )
            }
            do throws(PhraseSyntaxError) {
                try index.add(entry.pattern, to: list, item: entries.count)
            } catch {
                throw item.error(error.description)
            }
            entries.append(entry)
        }
        for (number, item) in (try node["exceptions"]?.list() ?? []).enumerated() {
            let pattern = try item.string()
            do throws(PhraseSyntaxError) {
                try index.add(pattern, to: exceptions, item: number)
            } catch {
                throw item.error(error.description)
            }
        }
        return PhraseCheck(
            definition: definition, entries: entries, list: list, exceptions: exceptions,
            suggestedMessage: try node["suggested_message"]?.string()
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        let analysis = context.analysis
        let hits = analysis.hits(list)
        guard !hits.isEmpty else { return [] }
        let excluded = CoveredTokens(analysis.hits(exceptions).map(\.tokenRange))
        // Longest first at each start; a hit overlapping the one before it joins it
        // ("we apologize for any inconvenience" + "any inconvenience this may have caused").
        let ordered = hits.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var kept: [(tokens: Range<Int>, entry: PhraseEntry)] = []
        // One more than the limit is enough for `capped` to say the rule was cut short.
        for hit in ordered where kept.count <= context.options.findingLimit {
            let tokens = hit.tokenRange
            if excluded.overlaps(tokens) { continue }
            let entry = entries[Int(hit.item)]
            if entry.capitalsOnly, !analysis.tokens[tokens].allSatisfy({ !$0.flags.contains(.hasLetter) || $0.flags.contains(.allCaps) }) {
                continue
            }
            if entry.lowercaseOnly, !isLowercaseOrSentenceStart(tokens, analysis) { continue }
            if let last = kept.last, last.tokens.overlaps(tokens) {
                if last.entry.suggestion == nil, entry.suggestion == nil, tokens.upperBound > last.tokens.upperBound {
                    kept[kept.count - 1].tokens = last.tokens.lowerBound..<tokens.upperBound
                }
                continue
            }
            kept.append((tokens, entry))
        }
        return context.capped(definition, kept) { tokens, entry in
            let message = entry.message ?? (entry.suggestion != nil ? suggestedMessage : nil)
            return context.finding(
                definition, range: analysis.byteRange(tokens), message: message,
                suggestion: entry.suggestion.map { matchCase(of: analysis.string(tokens: tokens), $0) }
            )
        }
    }

    private func isLowercaseOrSentenceStart(_ tokens: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        let words = analysis.tokens[tokens].filter { $0.flags.contains(.hasLetter) }
        let lower = words.allSatisfy { !$0.flags.contains(.capitalized) && !$0.flags.contains(.allCaps) }
        if lower { return true }
        guard let first = words.first, words.dropFirst().allSatisfy({ !$0.flags.contains(.capitalized) }) else { return false }
        _ = first
        let start = tokens.lowerBound
        if start == 0 || analysis.tokens[start].flags.contains(.newlineBefore) { return true }
        guard let sentence = analysis.sentenceIndex(ofToken: start) else { return false }
        return analysis.sentences[sentence].lowerBound == start
    }

    /// "Gonna" → "Going to": keep a capital at the start of the replaced text.
    private func matchCase(of original: String, _ replacement: String) -> String {
        guard let first = original.first, first.isUppercase, let head = replacement.first else { return replacement }
        return head.uppercased() + replacement.dropFirst()
    }
}
