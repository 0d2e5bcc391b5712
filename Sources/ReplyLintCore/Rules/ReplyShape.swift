// The parts of a draft's reply that tone-mismatch points at: its first line (after a
// greeting), its content lines, its emoji and its exclaimed sentences.

struct ReplyShape {
    let analysis: TextAnalysis
    /// Tokens of the reply, without the signature.
    let scope: Range<Int>
    let bytes: Range<Int>
    private let greetings: PhraseListID

    init(context: LintContext, greetings: PhraseListID) {
        analysis = context.analysis
        bytes = context.document.replyRange
        scope = analysis.firstToken(atOrAfter: bytes.lowerBound)..<analysis.firstToken(atOrAfter: bytes.upperBound)
        self.greetings = greetings
    }

    func hits(_ list: PhraseListID) -> [PhraseHit] {
        analysis.hits(list).filter { scope.contains(Int($0.start)) && Int($0.end) <= scope.upperBound }
    }

    func byteRange(_ hit: PhraseHit) -> Range<Int> {
        analysis.byteRange(hit.tokenRange)
    }

    /// Token ranges of the reply's lines.
    var lines: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = scope.lowerBound
        for index in scope where index > start && analysis.tokens[index].flags.contains(.newlineBefore) {
            result.append(start..<index)
            start = index
        }
        if start < scope.upperBound { result.append(start..<scope.upperBound) }
        return result
    }

    /// "Hi Priya," on a line of its own (at most 5 tokens).
    private func isGreeting(_ line: Range<Int>) -> Bool {
        line.count <= 5 && analysis.hits(greetings).contains { Int($0.start) == line.lowerBound }
    }

    private func words(_ line: Range<Int>) -> Int {
        analysis.tokens[line].reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
    }

    /// Where something missing would go: the first line after a greeting, up to the
    /// end of its first sentence (a long paragraph on one line stays readable).
    func firstLine() -> Range<Int> {
        let all = lines
        guard let first = all.first else { return bytes.lowerBound..<bytes.lowerBound }
        var line = isGreeting(first) && all.count > 1 ? all[1] : first
        if let sentence = analysis.sentenceIndex(ofToken: line.lowerBound) {
            line = line.lowerBound..<min(line.upperBound, analysis.sentences[sentence].upperBound)
        }
        return analysis.byteRange(line)
    }

    /// One line of content (besides a greeting and a short sign-off) of at most `maximumWords` words.
    func isCurt(maximumWords: Int) -> Bool {
        var content = lines
        if let first = content.first, isGreeting(first), content.count > 1 { content.removeFirst() }
        // "Best," "Sam" "Thanks, Sam": short lines at the end without a full stop.
        while content.count > 1, let last = content.last, words(last) <= 3, !endsSentence(last) {
            content.removeLast()
        }
        return content.count == 1 && words(content[0]) <= maximumWords
    }

    private func endsSentence(_ line: Range<Int>) -> Bool {
        guard let last = line.last, analysis.tokens[last].kind == .punctuation else { return false }
        let byte = analysis.bytes[Int(analysis.tokens[last].start)]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Byte ranges of emoji (pictographs and dingbats), each run once.
    func emoji() -> [Range<Int>] {
        var found: [Range<Int>] = []
        analysis.bytes.withUnsafeBufferPointer { buffer in
            for index in scope where analysis.tokens[index].kind == .symbol {
                let token = analysis.tokens[index]
                let (scalar, _) = Characters.decode(buffer, at: Int(token.start))
                guard (0x1F000...0x1FAFF).contains(scalar) || (0x2600...0x27BF).contains(scalar) else { continue }
                if let last = found.last, last.upperBound == Int(token.start) {
                    found[found.count - 1] = last.lowerBound..<Int(token.end)
                } else {
                    found.append(token.range)
                }
            }
        }
        return found
    }

    /// The exclamation marks of the reply (a run such as "!!" once), leaving out those
    /// of breezy phrases; each as the stretch of text it ends, from the start of its
    /// sentence or line, whichever is later.
    func exclamations(avoiding breezy: [Range<Int>]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let inBreezy = CoveredTokens(breezy)
        let breezyEnds = breezy.map(\.upperBound).sorted()
        var nextEnd = 0   // breezyEnds[..<nextEnd] are at or before `index`
        var index = scope.lowerBound
        while index < scope.upperBound {
            defer { index += 1 }
            let token = analysis.tokens[index]
            guard token.kind == .punctuation, analysis.bytes[Int(token.start)] == UInt8(ascii: "!"),
                  !inBreezy.contains(index) else { continue }
            // At most 60 tokens back, so a run-on line stays cheap.
            var start = max(analysis.sentences[analysis.sentenceIndex(ofToken: index) ?? 0].lowerBound, scope.lowerBound, index - 60)
            for earlier in stride(from: index, to: start, by: -1) where analysis.tokens[earlier].flags.contains(.newlineBefore) {
                start = earlier
                break
            }
            // The latest breezy phrase ending before this mark, if it ends after `start`.
            while nextEnd < breezyEnds.count, breezyEnds[nextEnd] <= index { nextEnd += 1 }
            if nextEnd > 0, breezyEnds[nextEnd - 1] > start { start = breezyEnds[nextEnd - 1] }
            found.append(analysis.byteRange(start..<index + 1))
            while index + 1 < scope.upperBound, analysis.tokens[index + 1].kind == .punctuation,
                  !analysis.tokens[index + 1].flags.contains(.spaceBefore) {
                index += 1
            }
        }
        return found
    }
}
