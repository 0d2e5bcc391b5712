// A reply draft taken apart once for answer checking: for each sentence of the
// reply (not the signature, not quoted history), the concepts it speaks about and
// the kinds of answer it holds.

struct DraftAnswers: Sendable {
    struct Sentence: Sendable {
        /// Byte range in the draft's body.
        var range: Range<Int>
        var concepts: Set<Concept>
        var evidence: AnswerEvidence
        /// At most three words ("Yes.", "Good news!").
        var isShort: Bool
    }

    let sentences: [Sentence]
    /// The sentences that speak of each concept, in order.
    let postings: [Concept: [Int]]

    init(_ draft: AnalyzedDocument, lexicon: QuestionLexicon) {
        let text = ClassifiedText(draft, lexicon: lexicon, inlineQuotes: false)
        let analysis = text.analysis
        let answers = lexicon.answers
        // Evidence from phrases, by sentence.
        var phraseEvidence = [AnswerEvidence](repeating: [], count: analysis.sentences.count)
        var offers = Set<Int>()
        let lists: [(PhraseListID, AnswerEvidence)] = [
            (answers.time, .time), (answers.amount, .amount), (answers.location, .location), (answers.response, .response),
            (answers.action, .action), (answers.offer, .action), (answers.reason, .reason),
            (answers.refusal, [.refusal, .response]),
            (answers.acknowledgement, .acknowledgement),
        ]
        for (list, kind) in lists {
            for hit in analysis.hits(list) where !text.hidden[Int(hit.start)] {
                guard let sentence = analysis.sentenceIndex(ofToken: Int(hit.start)) else { continue }
                phraseEvidence[sentence].insert(kind)
                if list == answers.offer { offers.insert(sentence) }
            }
        }
        let scanner = EvidenceScanner(text: text)
        let synonyms = lexicon.synonyms
        var sentences: [Sentence] = []
        for (number, tokenRange) in analysis.sentences.enumerated() where tokenRange.lowerBound < text.end {
            let tokens = tokenRange.filter { $0 < text.end && !text.hidden[$0] }
            guard let first = tokens.first, let last = tokens.last else { continue }
            var evidence = phraseEvidence[number].union(scanner.evidence(of: tokens))
            // A question back to the customer answers nothing, unless it offers to act
            // ("Would you like me to place a new one?").
            if tokens.suffix(2).contains(where: { text.isPunctuation($0, "?") }) {
                guard offers.contains(number) else { continue }
                evidence = evidence.intersection([.action, .acknowledgement])
            }
            var concepts = Set<Concept>()
            for token in tokens { concepts.formUnion(text.concepts(ofToken: token).concepts) }
            for (_, group) in text.phraseConcepts(in: first..<last + 1) { concepts.insert(.group(group)) }
            for (kind, groups) in synonyms.byEvidence where evidence.contains(kind) {
                concepts.formUnion(groups.map(Concept.group))
            }
            sentences.append(Sentence(
                range: Int(text.tokens[first].start)..<Int(text.tokens[last].end), concepts: concepts, evidence: evidence,
                isShort: tokens.filter { text.tokens[$0].isWord }.count <= 3
            ))
        }
        self.sentences = sentences
        var postings: [Concept: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() {
            for concept in sentence.concepts { postings[concept, default: []].append(index) }
        }
        self.postings = postings
    }

    /// The sentences that mention any of `concepts`, in order.
    func sentences(mentioning concepts: some Sequence<Concept>) -> [Int] {
        var found = Set<Int>()
        for concept in concepts { found.formUnion(postings[concept] ?? []) }
        return found.sorted()
    }
}
