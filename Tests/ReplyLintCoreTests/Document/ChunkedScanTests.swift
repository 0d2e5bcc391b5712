// A long text is scanned in pieces on all cores: the tokens and phrase matches must be
// exactly those of one pass over the whole.
import Testing
@testable import ReplyLintCore

struct ChunkedScanTests {
    private static let paragraphs = [
        "Hi Sam,\n\nWe apologize for any inconvenience. As I already told you, u should have read the FAQ!!!",
        "I'm sorry your order #A-10492 arrived late; I've refunded the $12.50 shipping fee to https://example.com/r?id=1.",
        "Note to self: TODO check with legal. Where is my order?? It's the THIRD time I write, since May 3.",
        "Thanks so much, it arrived early and I love it — the colour is perfect. Contact the courier yourself.",
    ]

    private func text(bytes: Int) -> [UInt8] {
        var text: [UInt8] = []
        var index = 0
        while text.count < bytes {
            text += Array(Self.paragraphs[index % Self.paragraphs.count].utf8)
            text += index % 3 == 0 ? [0x0A, 0x0A] : [0x0A, 0x0A, 0x0A]
            index += 1
        }
        return text
    }

    private let key = { (hit: PhraseHit) in [hit.list, hit.start, hit.end, hit.item] }

    @Test func piecesGiveTheTokensAndMatchesOfOnePass() {
        let bytes = text(bytes: 3 * ChunkedScan.minimumPiece + 1000)
        let phrases = Fixture.rules.phrases
        let (tokens, pieces) = ChunkedScan.tokensAndHits(bytes, phrases: phrases)
        #expect(pieces.count > 1)
        #expect(ChunkedScan.cuts(bytes, pieces: 3).count == 4)
        let whole = Tokenizer.tokenize(bytes)
        #expect(tokens == whole)
        let hits = pieces.flatMap { piece in
            piece.hits.map { PhraseHit(list: $0.list, item: $0.item, start: $0.start + piece.tokenShift, end: $0.end + piece.tokenShift) }
        }
        #expect(hits.map(key).sorted { $0.lexicographicallyPrecedes($1) }
            == phrases.match(whole, in: bytes).map(key).sorted { $0.lexicographicallyPrecedes($1) })
        #expect(hits.count > 1000)
    }

    /// The analysis groups the pieces' hits by list, each list in order of start, and gets
    /// the very hits of one pass.
    @Test func aLongTextsHitsAreGroupedByListInOrder() {
        let bytes = text(bytes: 3 * ChunkedScan.minimumPiece + 1000)
        let phrases = Fixture.rules.phrases
        let analysis = TextAnalysis(VisibleText(bytes: bytes, map: SourceMap()), phrases: phrases)
        let whole = phrases.match(Tokenizer.tokenize(bytes), in: bytes)
        var found = 0
        for list in 0..<phrases.listCount {
            let grouped = Array(analysis.hits(PhraseListID(raw: list)))
            found += grouped.count
            #expect(grouped.allSatisfy { $0.list == list })
            #expect(zip(grouped, grouped.dropFirst()).allSatisfy { ($0.start, $0.end) <= ($1.start, $1.end) })
            #expect(grouped.map(key).sorted { $0.lexicographicallyPrecedes($1) }
                == whole.filter { $0.list == list }.map(key).sorted { $0.lexicographicallyPrecedes($1) })
        }
        #expect(found == whole.count)
    }

    @Test func cutsFallOnBlankLines() {
        let bytes = text(bytes: 200_000)
        let cuts = ChunkedScan.cuts(bytes, pieces: 4)
        #expect(cuts.first == 0 && cuts.last == bytes.count)
        for cut in cuts.dropFirst().dropLast() {
            #expect(bytes[cut] == 0x0A && bytes[cut + 1] == 0x0A)
        }
        #expect(ChunkedScan.cuts(Array("no blank line here".utf8), pieces: 4) == [0, 18])
    }
}
