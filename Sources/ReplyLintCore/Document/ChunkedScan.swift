// Tokens and phrase matches of a text, for a long text in parallel: it is cut at blank
// lines into pieces scanned on all cores, then joined. A blank line always separates two
// tokens and ends a sentence (no phrase gap spans it), so the pieces give the tokens and
// matches of the whole; the one difference is that a phrase written across a blank line
// is not matched in a text long enough to be cut.
import Dispatch
import Foundation

enum ChunkedScan {
    /// Texts shorter than this are scanned in one piece.
    static let minimumPiece = 512 << 10
    static let processors = ProcessInfo.processInfo.activeProcessorCount

    /// The hits of one piece, whose token numbers start at `tokenShift` in the whole text.
    struct PieceHits {
        var hits: [PhraseHit]
        var tokenShift: Int32
    }

    /// The tokens of the whole text, and the phrase hits piece by piece (TextAnalysis groups
    /// them by list straight from the pieces, without joining them first).
    static func tokensAndHits(_ bytes: [UInt8], phrases: PhraseIndex) -> ([Token], [PieceHits]) {
        // Asking for the processor count reads cgroup files: only a long text needs it.
        let cuts = bytes.count < 2 * minimumPiece
            ? [] : self.cuts(bytes, pieces: min(processors * 2, bytes.count / minimumPiece))
        guard cuts.count > 2 else {
            let tokens = Tokenizer.tokenize(bytes)
            return (tokens, [PieceHits(hits: phrases.match(tokens, in: bytes), tokenShift: 0)])
        }
        let pieces = cuts.count - 1
        let slots = Slots<([Token], [PhraseHit])>(count: pieces)
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            let start = cuts[piece]
            var tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokenize(UnsafeBufferPointer(rebasing: $0[start..<cuts[piece + 1]])) }
            let shift = Int32(start)
            for index in tokens.indices {
                tokens[index].start += shift
                tokens[index].end += shift
            }
            slots[piece] = (tokens, phrases.match(tokens, in: bytes))
        }
        // Tokens joined into one array of the exact size, each copied once: growing it piece
        // by piece copied a 10 MB draft's tokens several times over.
        let parts = slots.values
        let tokens = joined(parts.map(\.0))
        var hits: [PieceHits] = []
        var shift: Int32 = 0
        for (pieceTokens, pieceHits) in parts {
            hits.append(PieceHits(hits: pieceHits, tokenShift: shift))
            shift += Int32(pieceTokens.count)
        }
        return (tokens, hits)
    }

    /// The pieces one after another, copied once into an array of the exact size.
    static func joined<Element>(_ pieces: [[Element]]) -> [Element] {
        let total = pieces.reduce(0) { $0 + $1.count }
        return Array(unsafeUninitializedCapacity: total) { buffer, count in
            for piece in pieces {
                piece.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress else { return }
                    (buffer.baseAddress! + count).initialize(from: base, count: source.count)
                }
                count += piece.count
            }
        }
    }

    /// Offsets that cut `bytes` into about `pieces` parts, each cut at the start of a blank
    /// line ("\n\n"); the first is 0 and the last is the end.
    static func cuts(_ bytes: [UInt8], pieces: Int) -> [Int] {
        guard pieces > 1 else { return [0, bytes.count] }
        var cuts = [0]
        let size = bytes.count / pieces
        for piece in 1..<pieces {
            var at = max(piece * size, cuts[cuts.count - 1] + 1)
            while at + 1 < bytes.count, !(bytes[at] == 0x0A && bytes[at + 1] == 0x0A) { at += 1 }
            if at + 1 >= bytes.count { break }
            if at > cuts[cuts.count - 1] { cuts.append(at) }
        }
        cuts.append(bytes.count)
        return cuts
    }
}
