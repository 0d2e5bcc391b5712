// The reply of a draft (without its signature) seen as lines and sentences: what the
// structure rules (greeting, closing, feedback-thanks, no-next-step, late-response)
// measure and point at.

/// A class: every structure rule gets it from the draft's memo, and a struct this size would be
/// copied (a dozen reference counts) each time.
final class ReplyLines {
    let analysis: TextAnalysis
    /// Tokens of the reply, without the signature.
    let scope: Range<Int>
    /// Tokens of the signature block, if the draft has one.
    let signature: Range<Int>
    /// Token ranges of the reply's lines that hold at least one token.
    let lines: [Range<Int>]
    /// First tokens of the reply's paragraphs after the first (a blank line before them).
    let paragraphStarts: [Int]
    /// Words in the reply.
    let wordCount: Int
    /// Words of each sentence of the reply, in order.
    let sentenceWords: [Int]

    /// The reply of the draft being linted, taken apart once for every rule that asks.
    static func of(_ context: LintContext) -> ReplyLines {
        context.cached("structure.reply-lines") { ReplyLines(context) }
    }

    private init(_ context: LintContext) {
        analysis = context.analysis
        let reply = context.document.replyRange
        scope = analysis.firstToken(atOrAfter: reply.lowerBound)..<analysis.firstToken(atOrAfter: reply.upperBound)
        signature = scope.upperBound..<analysis.tokens.count
        var lines: [Range<Int>] = []
        var paragraphs: [Int] = []
        var words = 0
        var start = scope.lowerBound
        for index in scope {
            let token = analysis.tokens[index]
            if token.kind == .word || token.kind == .number { words += 1 }
            guard index > scope.lowerBound else { continue }
            if token.flags.contains(.newlineBefore) {
                lines.append(start..<index)
                start = index
            }
            if token.flags.contains(.blankLineBefore) { paragraphs.append(index) }
        }
        if start < scope.upperBound { lines.append(start..<scope.upperBound) }
        self.lines = lines
        paragraphStarts = paragraphs
        wordCount = words
        var sentenceWords: [Int] = []
        for sentence in analysis.sentences where sentence.overlaps(scope) {
            sentenceWords.append(analysis.tokens[sentence.clamped(to: scope)].reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) })
        }
        self.sentenceWords = sentenceWords
    }

    func words(_ range: Range<Int>) -> Int {
        analysis.tokens[range].reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
    }

    /// Sentences of the reply with at least `minimumWords` words: "Hi Sam," and "Best," do not count.
    func sentenceCount(minimumWords: Int) -> Int {
        sentenceWords.reduce(0) { $0 + ($1 >= minimumWords ? 1 : 0) }
    }

    /// Hits of a phrase list that lie inside `range`.
    func hits(_ list: PhraseListID, in range: Range<Int>) -> [PhraseHit] {
        analysis.hits(list).filter { range.contains(Int($0.start)) && Int($0.end) <= range.upperBound }
    }

    /// Whether a token starts a line or a sentence.
    func startsLineOrSentence(_ index: Int) -> Bool {
        if index == 0 || analysis.tokens[index].flags.contains(.newlineBefore) { return true }
        guard let sentence = analysis.sentenceIndex(ofToken: index) else { return false }
        return analysis.sentences[sentence].lowerBound == index
    }

    /// "Hi Priya," / "Sam,": a short line ending in a comma, which is how a salutation is written.
    func isAddressLine(_ line: Range<Int>) -> Bool {
        guard line.count <= 6, let last = line.last, analysis.tokens[last].kind == .punctuation else { return false }
        return analysis.bytes[Int(analysis.tokens[last].start)] == UInt8(ascii: ",")
    }

    /// Where a reply-wide finding points: the first line after a salutation, up to the end
    /// of its first sentence (a long paragraph on one line stays readable).
    func firstContentLine() -> Range<Int> {
        guard let first = lines.first else { return emptyRange }
        var line = isAddressLine(first) && lines.count > 1 ? lines[1] : first
        if let sentence = analysis.sentenceIndex(ofToken: line.lowerBound) {
            line = line.lowerBound..<min(line.upperBound, analysis.sentences[sentence].upperBound)
        }
        return analysis.byteRange(line)
    }

    /// The first line of the reply, as bytes.
    func firstLine() -> Range<Int> {
        lines.first.map { analysis.byteRange($0) } ?? emptyRange
    }

    /// The last line of the reply, as bytes.
    func lastLine() -> Range<Int> {
        lines.last.map { analysis.byteRange($0) } ?? emptyRange
    }

    /// Where a closing stands: the last `count` sentences of the reply, together with any
    /// name block after them that the signature detector left in the reply ("Morgan" /
    /// "Billing Support, Northwind Goods": short lines without a full stop).
    func closingSentences(_ count: Int) -> Range<Int> {
        var end = scope.upperBound
        while let block = trailingNameBlock(before: end) { end = block.lowerBound }
        var start = end
        var seen = 0
        for sentence in analysis.sentences.reversed() where seen < count {
            guard sentence.lowerBound < end else { continue }
            if sentence.upperBound <= scope.lowerBound { break }
            start = max(sentence.lowerBound, scope.lowerBound)
            seen += 1
        }
        return start..<scope.upperBound
    }

    /// The paragraph ending at `end` when it is a name block: at most 4 lines of at most
    /// 6 words, none ending a sentence; nil otherwise, or when it is the whole reply.
    private func trailingNameBlock(before end: Int) -> Range<Int>? {
        guard let start = paragraphStarts.last(where: { $0 < end }) else { return nil }
        var checked = 0
        for line in lines.reversed() where line.lowerBound < end {
            if line.lowerBound < start { break }
            checked += 1
            guard checked <= 4, words(line) <= 6, let last = line.last else { return nil }
            let token = analysis.tokens[last]
            if token.kind == .punctuation, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(analysis.bytes[Int(token.start)]) {
                return nil
            }
        }
        return start..<end
    }

    /// The first `count` lines of the signature block.
    func signatureLines(_ count: Int) -> Range<Int> {
        var seen = 0
        for index in signature where index > signature.lowerBound && analysis.tokens[index].flags.contains(.newlineBefore) {
            seen += 1
            if seen == count { return signature.lowerBound..<index }
        }
        return signature
    }

    private var emptyRange: Range<Int> {
        let at = analysis.byteRange(scope).lowerBound
        return at..<at
    }
}
