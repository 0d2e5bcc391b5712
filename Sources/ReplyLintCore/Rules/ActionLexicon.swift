// What counts as a concrete next step in a reply (no-next-step): whole phrases ("here is
// the tracking link"), and a subject followed by a verb ("I've" + "refunded", "we will" +
// "send", "it should" + "arrive" + a time). Subjects and verbs are separate lists paired
// here, so a hundred subjects and a hundred verbs are not ten thousand phrases. Subjects
// go into the shared automaton; verbs are plain words (or a few words: "set up") looked
// up right after a subject, because many are common words ("order", "call", "check")
// that would otherwise be a hit all through every draft.
//
//   actions:
//     phrases: [...]            complete patterns
//     between: [...]            words that may stand between subject and verb ("just", "already"); up to 3
//     time: [...]               words that make a promise timed ("by", "tomorrow", "within")
//
// `between` and `time` are plain words looked up only next to a subject or a verb that
// matched: they are common words ("now", "on", "this"), and as phrases they would add
// a hit for nearly every sentence of every draft.
//     verbs: {past: [...], base: [...], ...}   named lists of verbs (lower-case words)
//     pairs:                    a subject list, the verb list it takes, and whether a time must follow
//       - {subjects: [...], verbs: past}
//       - {subjects: [...], verbs: arrival, time: true}

struct ActionLexicon: Sendable {
    struct Pair: Sendable {
        let subjects: PhraseListID
        let verbs: Verbs
        let needsTime: Bool
    }

    /// Verbs as folded words joined by one space ("set up"), and the most words one has.
    struct Verbs: Sendable {
        let phrases: Set<String>
        let longest: Int
    }

    let phrases: PhraseListID
    let between: Set<String>
    let time: Set<String>
    let pairs: [Pair]
    /// How many tokens after the verb a time may start ("arrive at your door on Friday").
    static let timeWindow = 6

    static func read(_ node: DataNode, rule definition: RuleDefinition, into index: inout PhraseIndex) throws(DataError) -> ActionLexicon {
        try node.rejectUnknownKeys(["phrases", "between", "time", "verbs", "pairs"], what: "actions")
        let phrases = try index.addList("actions phrases", of: definition, from: node, key: "phrases")
        let between = try words(node.required("between"))
        let time = try words(node.required("time"))
        var verbs: [String: Verbs] = [:]
        for (name, list) in try node.required("verbs").map() {
            var phrases: Set<String> = []
            var longest = 1
            for item in try list.list() {
                let words = try item.string().split(separator: " ")
                guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" } && $0 == $0.lowercased() }) else {
                    throw item.error("expected lower-case words, not '\(item.scalar ?? "")'")
                }
                phrases.insert(words.joined(separator: " "))
                longest = max(longest, words.count)
            }
            verbs[name] = Verbs(phrases: phrases, longest: longest)
        }
        var pairs: [Pair] = []
        for (number, item) in try node.required("pairs").list().enumerated() {
            try item.rejectUnknownKeys(["subjects", "verbs", "time"], what: "a subject and verb pair")
            let verbNode = try item.required("verbs")
            guard let verbList = verbs[try verbNode.string()] else {
                throw verbNode.error("no verb list named '\(verbNode.scalar ?? "")' under verbs")
            }
            pairs.append(Pair(
                subjects: try index.addList("actions subjects \(number + 1)", of: definition, items: try item.required("subjects").list()),
                verbs: verbList, needsTime: try item["time"]?.bool() ?? false
            ))
        }
        return ActionLexicon(phrases: phrases, between: between, time: time, pairs: pairs)
    }

    /// A list of single lower-case words.
    private static func words(_ node: DataNode) throws(DataError) -> Set<String> {
        var words: Set<String> = []
        for item in try node.list() {
            let word = try item.string()
            guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0 == "'" }), word == word.lowercased() else {
                throw item.error("expected one lower-case word, not '\(word)'")
            }
            words.insert(word)
        }
        return words
    }

    /// Whether the tokens in `scope` hold a concrete next step.
    func isFound(in analysis: TextAnalysis, scope: Range<Int>) -> Bool {
        func inScope(_ hit: PhraseHit) -> Bool { scope.contains(Int(hit.start)) && Int(hit.end) <= scope.upperBound }
        if analysis.hits(phrases).contains(where: inScope) { return true }
        for pair in pairs {
            for subject in analysis.hits(pair.subjects) where inScope(subject) {
                // The verb starts right after the subject, or after up to three "between" words.
                var start = Int(subject.end)
                for step in 0...3 {
                    for end in verbEnds(at: start, pair.verbs, analysis, scope)
                    where !pair.needsTime || hasTime(after: end, in: analysis, scope: scope) {
                        return true
                    }
                    guard step < 3, start < scope.upperBound, between.contains(analysis.folded(analysis.tokens[start])) else { break }
                    start += 1
                }
            }
        }
        return false
    }

    /// Where verbs of the list that start at token `start` end.
    private func verbEnds(at start: Int, _ verbs: Verbs, _ analysis: TextAnalysis, _ scope: Range<Int>) -> [Int] {
        var ends: [Int] = []
        var key = ""
        for length in 1...verbs.longest {
            let index = start + length - 1
            guard index < scope.upperBound, analysis.tokens[index].kind == .word else { break }
            if length > 1 { key += " " }
            key += analysis.folded(analysis.tokens[index])
            if verbs.phrases.contains(key) { ends.append(index + 1) }
        }
        return ends
    }

    /// A time word ("by Friday", "tomorrow") within a few tokens after `end`, in the same sentence.
    private func hasTime(after end: Int, in analysis: TextAnalysis, scope: Range<Int>) -> Bool {
        let sentenceEnd = analysis.sentenceIndex(ofToken: max(end - 1, 0)).map { analysis.sentences[$0].upperBound } ?? scope.upperBound
        let limit = min(end + Self.timeWindow, sentenceEnd, scope.upperBound)
        guard end < limit else { return false }
        return (end..<limit).contains { time.contains(analysis.folded(analysis.tokens[$0])) }
    }
}
