// A visible text taken apart once for all rules: tokens, sentences and the
// phrase matches of every rule, found in one pass.

public struct TextAnalysis: Sendable {
    public let text: VisibleText
    public let tokens: [Token]
    /// Token ranges of the sentences, in order.
    public let sentences: [Range<Int>]
    private let hits: [PhraseHit]
    /// `hits[listStarts[n]..<listStarts[n + 1]]` are the hits of list n, by start.
    private let listStarts: [Int]

    public init(_ text: VisibleText, phrases: PhraseIndex) {
        self.text = text
        let (tokens, found) = ChunkedScan.tokensAndHits(text.bytes, phrases: phrases)
        self.tokens = tokens
        self.sentences = Sentences.split(tokens, text.bytes)
        let (hits, starts) = Self.grouped(found, lists: Int(phrases.listCount))
        self.hits = hits
        self.listStarts = starts
    }

    /// Hits grouped by list (a counting sort, straight from the pieces of a long text), each
    /// list's hits ordered by start then end; and where each list's hits start (`lists + 1`
    /// entries).
    private static func grouped(_ pieces: [ChunkedScan.PieceHits], lists: Int) -> ([PhraseHit], [Int]) {
        var starts = [Int](repeating: 0, count: lists + 1)
        for piece in pieces {
            for hit in piece.hits { starts[Int(hit.list) + 1] += 1 }
        }
        for list in 0..<lists { starts[list + 1] += starts[list] }
        var next = starts
        let total = starts[lists]
        var hits = [PhraseHit](unsafeUninitializedCapacity: total) { buffer, count in
            for piece in pieces {
                let shift = piece.tokenShift
                for hit in piece.hits {
                    let list = Int(hit.list)
                    (buffer.baseAddress! + next[list]).initialize(
                        to: PhraseHit(list: hit.list, item: hit.item, start: hit.start + shift, end: hit.end + shift)
                    )
                    next[list] += 1
                }
            }
            count = total
        }
        // The automaton reports by end, which for one list is nearly always by start too.
        for list in 0..<lists where starts[list + 1] - starts[list] > 1 {
            let range = starts[list]..<starts[list + 1]
            let ordered = zip(hits[range], hits[range].dropFirst()).allSatisfy { ($0.start, $0.end) <= ($1.start, $1.end) }
            if !ordered { hits[range].sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        }
        return (hits, starts)
    }

    public var bytes: [UInt8] { text.bytes }

    /// The matches of one phrase list, ordered by start.
    public func hits(_ list: PhraseListID) -> ArraySlice<PhraseHit> {
        let list = Int(list.raw)
        guard list + 1 < listStarts.count else { return [] }
        return hits[listStarts[list]..<listStarts[list + 1]]
    }

    /// Byte range covered by a token range.
    public func byteRange(_ tokenRange: Range<Int>) -> Range<Int> {
        guard !tokenRange.isEmpty else {
            let at = tokenRange.lowerBound < tokens.count ? Int(tokens[tokenRange.lowerBound].start) : text.bytes.count
            return at..<at
        }
        return Int(tokens[tokenRange.lowerBound].start)..<Int(tokens[tokenRange.upperBound - 1].end)
    }

    public func string(_ token: Token) -> String {
        String(decoding: text.bytes[token.range], as: UTF8.self)
    }

    public func string(tokens range: Range<Int>) -> String {
        text.string(byteRange(range))
    }

    /// The folded form of a token ("Don’t" → "don't").
    public func folded(_ token: Token) -> String {
        var output: [UInt8] = []
        text.bytes.withUnsafeBufferPointer { Folding.fold($0, token.range, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Index of the sentence holding a token.
    public func sentenceIndex(ofToken token: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = sentences[middle]
            if token < range.lowerBound { high = middle - 1 } else if token >= range.upperBound { low = middle + 1 } else { return middle }
        }
        return nil
    }

    /// The first token whose start is at or after a byte offset.
    public func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
