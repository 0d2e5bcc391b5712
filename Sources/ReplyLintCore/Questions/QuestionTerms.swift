// The content words of a question, weighted by how much they say about what is
// asked: a word of the question alone counts 1; a generic word ("order") or a word
// the message also uses elsewhere (its topic, not its point) counts half.

struct QuestionTerms {
    let text: ClassifiedText
    /// How often each concept occurs in the writer's own text.
    private let counts: [Concept: Int]

    init(_ text: ClassifiedText, clauses: [Clause]) {
        self.text = text
        var counts: [Concept: Int] = [:]
        for clause in clauses {
            for concept in QuestionTerms.concepts(of: clause.tokens, text) { counts[concept, default: 0] += 1 }
        }
        self.counts = counts
    }

    /// Every concept of some tokens, one entry per word or phrase.
    private static func concepts(of tokens: [Int], _ text: ClassifiedText) -> [Concept] {
        var result: [Concept] = []
        for token in tokens { result += text.concepts(ofToken: token).concepts }
        if let first = tokens.first, let last = tokens.last {
            result += text.phraseConcepts(in: first..<last + 1).map { Concept.group($0.group) }
        }
        return result
    }

    /// Terms of a question's clause from `start` on, outside the cue phrase `skipping`,
    /// weighted against the rest of the message.
    func terms(_ clause: [Int], from start: Int, skipping: Range<Int>?) -> [Question.Term] {
        guard start < clause.count else { return [] }
        var local: [Concept: Int] = [:]
        for concept in QuestionTerms.concepts(of: clause, text) { local[concept, default: 0] += 1 }
        let isElsewhere = { (concept: Concept) in (counts[concept] ?? 0) > (local[concept] ?? 0) }
        return build(Array(clause[start...]), skipping: skipping) { concepts, generic in
            let base = generic ? 0.5 : 1
            return concepts.contains(where: isElsewhere) ? base / 2 : base
        }
    }

    /// Terms of a clause the question refers back to ("Why?" after "I've been charged twice."),
    /// at the weight of topic words.
    func context(_ tokens: [Int]) -> [Question.Term] {
        build(tokens, skipping: nil) { _, generic in generic ? 0.25 : 0.5 }
    }

    private func build(_ tokens: [Int], skipping: Range<Int>?, weight: ([Concept], Bool) -> Double) -> [Question.Term] {
        guard let first = tokens.first, let last = tokens.last else { return [] }
        var terms: [Question.Term] = []
        var covered = Set<Int>()
        for (range, group) in text.phraseConcepts(in: first..<last + 1) where skipping.map({ !$0.overlaps(range) }) ?? true {
            covered.formUnion(range)
            let generic = text.lexicon.synonyms.isGeneric(group)
            terms.append(Question.Term(concepts: [.group(group)], weight: weight([.group(group)], generic)))
        }
        for token in tokens where !covered.contains(token) && !(skipping?.contains(token) ?? false) {
            let (concepts, generic) = text.concepts(ofToken: token)
            guard !concepts.isEmpty else { continue }
            terms.append(Question.Term(concepts: concepts, weight: weight(concepts, generic)))
        }
        // The same word twice is one term.
        var seen = Set<[Concept]>()
        return terms.filter { seen.insert($0.concepts.sorted()).inserted }
    }
}
