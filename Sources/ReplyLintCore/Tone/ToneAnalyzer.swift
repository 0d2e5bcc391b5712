// Scores the tone of a message (a customer's message or a draft reply) from the
// cues the shared automaton found in it, the waits it mentions and its emphasis.
//
// Scoring, step by step (weights and factors live in rules/tone/*.yml):
//  1. Each cue phrase adds its weight (negative = upset). Where phrases overlap, the
//     one that starts first (then the longest) wins; a mask ("would be great")
//     swallows the cue words inside it.
//  2. A negator up to 3 words before a cue, in the same clause, multiplies it by the
//     cue's `negated` factor ("not happy" turns praise into a complaint); an
//     intensifier just before multiplies it by `intensifier`, a downtoner by `downtoner`.
//  3. Waits ("3 weeks", "since May") add the weight of their length.
//  4. The clause before "but" counts `before_but`; praise in a question counts
//     `praise_in_question`.
//  5. Sarcasm: when the rest of the message complains, ironic praise ("amazing
//     service") turns into a complaint if a lead-in ("wow", "oh") comes before it,
//     it stands in quotes, its sentence is a short exclamation ("Fantastic."), or
//     its sentence holds a grievance (a wait, a broken promise) and no "but".
//     A wait or repeat in a sentence that (still) praises is no grievance ("It's been
//     two weeks and I still love it", "once again everything was perfect"): dropped.
//  6. Emphasis (capitals, "!!!", "??"): next to praise it strengthens the praise;
//     otherwise it adds its own (upset) weight. A single "!" strengthens its sentence.
//  7. Repeats of one cue count less and less (each `repeat` times the one before).
//  8. valence = sum / sqrt(sum² + smoothing); intensity = total / (total + 1), where
//     total is the sum of the absolute weights; the label comes from the valence.

public struct ToneAnalyzer: Sendable {
    let lexicon: ToneLexicon

    public init(_ lexicon: ToneLexicon) {
        self.lexicon = lexicon
    }

    /// The tone of what the sender of `document` wrote (without signature or quote).
    public func score(_ document: AnalyzedDocument) -> ToneScore {
        score(document.analysis, range: document.document.replyRange)
    }

    /// The tone of the bytes `range` of an analysed text (all of it by default).
    public func score(_ analysis: TextAnalysis, range: Range<Int>? = nil) -> ToneScore {
        let bytes = range ?? 0..<analysis.bytes.count
        let scope = analysis.firstToken(atOrAfter: bytes.lowerBound)..<analysis.firstToken(atOrAfter: bytes.upperBound)
        var pass = TonePass(lexicon: lexicon, analysis: analysis, scope: scope)
        pass.run()
        return pass.result()
    }
}

/// One scoring of one text: the evidence found so far, step by step.
struct TonePass {
    struct Evidence {
        var cue: Int
        var tokens: Range<Int>
        var weight: Double
        var sentence: Int
        var ironic = false
    }

    let lexicon: ToneLexicon
    let analysis: TextAnalysis
    let scope: Range<Int>
    var evidence: [Evidence] = []
    var modifiers = ToneModifiers()

    var scoring: ToneLexicon.Scoring { lexicon.scoring }

    mutating func run() {
        guard !scope.isEmpty else { return }
        collectPhrases()
        collectWaits()
        applyContrastsAndQuestions()
        applySarcasm()
        dropGrievancesInPraise()
        applyEmphasis()
        applyRepeats()
    }

    // MARK: Steps 1-3

    private mutating func collectPhrases() {
        let hits = analysis.hits(lexicon.list).filter { Int($0.start) >= scope.lowerBound && Int($0.end) <= scope.upperBound }
        let kept = ToneModifiers.resolve(hits, lexicon.entries)
        modifiers = ToneModifiers(kept, lexicon.entries)
        for hit in kept {
            let entry = lexicon.entries[Int(hit.item)]
            guard entry.role == .cue else { continue }
            var item = Evidence(cue: entry.cue, tokens: hit.tokenRange, weight: entry.weight, sentence: sentence(of: hit.tokenRange.lowerBound))
            let clause = clauseStart(before: item.tokens.lowerBound, sentence: item.sentence)
            if let factor = entry.negated, let negator = modifiers.negator(before: item.tokens.lowerBound, from: clause, reach: scoring.negationReach) {
                item.weight *= factor
                item.tokens = negator..<item.tokens.upperBound
                if factor < 0 { item.cue = lexicon.builtIn.negation }
            } else if let start = modifiers.intensifier(before: item.tokens.lowerBound, from: clause, reach: scoring.intensifierReach) {
                item.weight *= scoring.intensifier
                item.tokens = start..<item.tokens.upperBound
                item.ironic = entry.ironic
            } else if let start = modifiers.downtoner(before: item.tokens.lowerBound, from: clause, reach: scoring.intensifierReach) {
                item.weight *= scoring.downtoner
                item.tokens = start..<item.tokens.upperBound
                item.ironic = entry.ironic
            } else {
                item.ironic = entry.ironic
            }
            if item.weight != 0 { evidence.append(item) }
        }
    }

    private mutating func collectWaits() {
        let scanner = WaitingTimeScanner(words: lexicon.waiting, analysis: analysis, scope: scope)
        for wait in scanner.scan() {
            evidence.append(Evidence(cue: lexicon.builtIn.waiting, tokens: wait.tokens, weight: wait.weight, sentence: sentence(of: wait.tokens.lowerBound)))
        }
    }

    // MARK: Step 4

    private mutating func applyContrastsAndQuestions() {
        for index in evidence.indices {
            let item = evidence[index]
            let sentence = analysis.sentences[item.sentence]
            if modifiers.contrasts(in: item.tokens.upperBound..<max(item.tokens.upperBound, sentence.upperBound)).first != nil {
                evidence[index].weight *= scoring.beforeBut
            }
            if item.weight > 0, endsWithQuestion(sentence) {
                evidence[index].weight *= scoring.praiseInQuestion
            }
        }
    }

    // MARK: Step 5

    private mutating func applySarcasm() {
        let complaint = evidence.reduce(0) { $0 + ($1.weight < 0 ? -$1.weight : 0) }
        guard complaint >= scoring.complaintForSarcasm else { return }
        let bySentence = evidenceBySentence()
        for index in evidence.indices where evidence[index].ironic && evidence[index].weight > 0 {
            let item = evidence[index]
            let sentence = analysis.sentences[item.sentence]
            let neighbours = bySentence[item.sentence, default: []].filter { $0 != index }
            var start = item.tokens.lowerBound
            var sarcastic = false
            // A lead-in may stand a little further off than a negator: "Wow, just amazing".
            if let lead = modifiers.sarcasmLead(before: start, from: max(sentence.lowerBound, scope.lowerBound), reach: 3) {
                start = lead
                sarcastic = true
            }
            sarcastic = sarcastic || isQuoted(item.tokens) || isShortExclamation(sentence, neighbours: neighbours)
                || hasGrievance(sentence, neighbours: neighbours)
            if sarcastic {
                evidence[index].weight *= scoring.sarcasm
                evidence[index].cue = lexicon.builtIn.sarcasm
                evidence[index].tokens = start..<item.tokens.upperBound
            }
        }
    }

    /// Indices of the evidence in each sentence.
    private func evidenceBySentence() -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        for index in evidence.indices { result[evidence[index].sentence, default: []].append(index) }
        return result
    }

    private func isQuoted(_ tokens: Range<Int>) -> Bool {
        guard tokens.lowerBound > scope.lowerBound, tokens.upperBound < scope.upperBound else { return false }
        return isQuote(analysis.tokens[tokens.lowerBound - 1]) && isQuote(analysis.tokens[tokens.upperBound])
    }

    private func isQuote(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let bytes = analysis.bytes[token.range]
        return bytes.elementsEqual([UInt8(ascii: "'")]) || bytes.elementsEqual([UInt8(ascii: "\"")])
            || bytes.elementsEqual([0xE2, 0x80, 0x98]) || bytes.elementsEqual([0xE2, 0x80, 0x99])
            || bytes.elementsEqual([0xE2, 0x80, 0x9C]) || bytes.elementsEqual([0xE2, 0x80, 0x9D])
    }

    /// "Fantastic." "Really helpful." on their own: at most 4 words and nothing else in them.
    private func isShortExclamation(_ sentence: Range<Int>, neighbours: [Int]) -> Bool {
        guard neighbours.isEmpty else { return false }
        return analysis.tokens[sentence.clamped(to: scope)].reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } <= 4
    }

    private func hasGrievance(_ sentence: Range<Int>, neighbours: [Int]) -> Bool {
        guard modifiers.contrasts(in: sentence).isEmpty else { return false }
        return neighbours.contains { evidence[$0].weight < 0 && lexicon.isGrievance[evidence[$0].cue] }
    }

    private mutating func dropGrievancesInPraise() {
        var praise: [Int: Double] = [:]
        for item in evidence where !lexicon.isNeutralInPraise[item.cue] { praise[item.sentence, default: 0] += item.weight }
        evidence.removeAll { item in
            guard lexicon.isNeutralInPraise[item.cue], praise[item.sentence, default: 0] > 0 else { return false }
            return modifiers.contrasts(in: analysis.sentences[item.sentence]).isEmpty
        }
    }

    // MARK: Step 6

    private mutating func applyEmphasis() {
        let scanner = EmphasisScanner(caps: lexicon.caps, analysis: analysis, scope: scope)
        var capsTotal = 0.0
        var boosted: [Int: Int] = [:]
        let bySentence = evidenceBySentence()
        for emphasis in scanner.scan(punctuation: lexicon.punctuation) {
            let sentence = self.sentence(of: emphasis.tokens.lowerBound)
            let inSentence = bySentence[sentence, default: []]
            let net = inSentence.reduce(0) { $0 + evidence[$1].weight }
            if emphasis.kind == .exclamation {
                for index in inSentence { evidence[index].weight *= lexicon.punctuation.single }
                continue
            }
            let cue = emphasis.kind == .caps ? lexicon.builtIn.caps : lexicon.builtIn.punctuation
            var weight: Double
            if net > 0 {
                // Emphasis on praise: warmer, at most twice per sentence.
                guard boosted[sentence, default: 0] < 2 else { continue }
                boosted[sentence, default: 0] += 1
                weight = net * lexicon.punctuation.boost
            } else {
                weight = emphasis.weight
                if emphasis.kind == .caps {
                    weight = max(weight, lexicon.caps.most - capsTotal)
                    capsTotal += weight
                }
            }
            if weight != 0 { evidence.append(Evidence(cue: cue, tokens: emphasis.tokens, weight: weight, sentence: sentence)) }
        }
    }

    // MARK: Step 7

    private mutating func applyRepeats() {
        var byCue: [Int: [Int]] = [:]
        for index in evidence.indices { byCue[evidence[index].cue, default: []].append(index) }
        for (_, indices) in byCue where indices.count > 1 {
            let ranked = indices.sorted { abs(evidence[$0].weight) > abs(evidence[$1].weight) }
            var factor = 1.0
            for index in ranked {
                evidence[index].weight *= factor
                factor *= scoring.repeatFactor
            }
        }
    }

    // MARK: Step 8

    func result() -> ToneScore {
        let sum = evidence.reduce(0) { $0 + $1.weight }
        let total = evidence.reduce(0) { $0 + abs($1.weight) }
        let valence = sum / (sum * sum + scoring.smoothing).squareRoot()
        let label: ToneLabel = valence <= scoring.upsetAtMost ? .upset : valence >= scoring.positiveAtLeast ? .positive : .neutral
        let cues = evidence.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }.map { item in
            let cue = lexicon.cues[item.cue]
            let range = analysis.byteRange(item.tokens)
            return ToneCue(cue: cue.name, say: cue.say, excerpt: excerpt(range), range: range, weight: item.weight)
        }
        return ToneScore(label: label, valence: valence, intensity: total / (total + 1), cues: cues)
    }

    /// A cue's text on one line.
    private func excerpt(_ range: Range<Int>) -> String {
        Message.excerpt(analysis.text.string(range))
    }

    // MARK: Positions

    private func sentence(of token: Int) -> Int {
        analysis.sentenceIndex(ofToken: token) ?? 0
    }

    /// Where the clause holding `token` starts: after the last , ; : or contrast word
    /// (looking back only as far as a modifier can reach).
    private func clauseStart(before token: Int, sentence: Int) -> Int {
        let reach = max(scoring.negationReach, scoring.intensifierReach)
        let start = max(analysis.sentences[sentence].lowerBound, scope.lowerBound, token - reach)
        var index = token - 1
        while index >= start {
            let previous = analysis.tokens[index]
            if previous.kind == .punctuation, isClauseBreak(previous) { return index + 1 }
            if modifiers.contrasts(in: index..<index + 1).first != nil { return index + 1 }
            index -= 1
        }
        return start
    }

    private func isClauseBreak(_ token: Token) -> Bool {
        let byte = analysis.bytes[Int(token.start)]
        return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    private func endsWithQuestion(_ sentence: Range<Int>) -> Bool {
        var index = min(sentence.upperBound, scope.upperBound) - 1
        while index >= sentence.lowerBound, analysis.tokens[index].kind == .punctuation {
            if analysis.bytes[Int(analysis.tokens[index].start)] == UInt8(ascii: "?") { return true }
            index -= 1
        }
        return false
    }
}
