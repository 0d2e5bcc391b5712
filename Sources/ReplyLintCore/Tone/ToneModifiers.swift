// Which phrase hits count, and where the modifiers (negators, intensifiers,
// downtoners, sarcasm lead-ins, contrasts) stand, for one scoring.

struct ToneModifiers {
    /// Exclusive end token → start token of each modifier.
    private var negators: [Int: Int] = [:]
    private var intensifiers: [Int: Int] = [:]
    private var downtoners: [Int: Int] = [:]
    private var leads: [Int: Int] = [:]
    /// First tokens of contrast words ("but"), in text order.
    private(set) var contrasts: [Int] = []

    init() {}

    init(_ hits: [PhraseHit], _ entries: [ToneLexicon.Entry]) {
        for hit in hits {
            let (start, end) = (Int(hit.start), Int(hit.end))
            switch entries[Int(hit.item)].role {
            case .negator: negators[end] = start
            case .intensifier: intensifiers[end] = start
            case .downtoner: downtoners[end] = start
            case .sarcasmLead: leads[end] = start
            case .contrast: contrasts.append(start)
            case .cue, .mask: break
            }
        }
    }

    /// The hits that count. Cues and masks are read leftmost-longest, as words are:
    /// one that overlaps an earlier (or longer) cue or mask is dropped ("so much for"
    /// inside "thank you so much for"). A modifier is dropped only when it lies
    /// strictly inside a longer cue or mask ("not" in "not working"). Masks
    /// themselves add nothing.
    static func resolve(_ hits: [PhraseHit], _ entries: [ToneLexicon.Entry]) -> [PhraseHit] {
        let ordered = hits.sorted { ($0.start, $1.end, $0.item) < ($1.start, $0.end, $1.item) }
        var covers: [PhraseHit] = []
        var kept: [PhraseHit] = []
        for hit in ordered {
            covers.removeAll { $0.end <= hit.start }
            let role = entries[Int(hit.item)].role
            let isCueOrMask = role == .cue || role == .mask
            let blocked = covers.contains { cover in
                if isCueOrMask { return true }
                return cover.start <= hit.start && cover.end >= hit.end && cover.end - cover.start > hit.end - hit.start
            }
            if blocked { continue }
            if isCueOrMask { covers.append(hit) }
            if role != .mask { kept.append(hit) }
        }
        return kept
    }

    /// The contrast words inside a token range.
    func contrasts(in range: Range<Int>) -> ArraySlice<Int> {
        var low = 0
        var high = contrasts.count
        while low < high {
            let middle = (low + high) / 2
            if contrasts[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < contrasts.count, contrasts[end] < range.upperBound { end += 1 }
        return contrasts[low..<end]
    }

    func negator(before token: Int, from clause: Int, reach: Int) -> Int? {
        find(negators, before: token, from: clause, reach: reach)
    }

    func intensifier(before token: Int, from clause: Int, reach: Int) -> Int? {
        find(intensifiers, before: token, from: clause, reach: reach)
    }

    func downtoner(before token: Int, from clause: Int, reach: Int) -> Int? {
        find(downtoners, before: token, from: clause, reach: reach)
    }

    func sarcasmLead(before token: Int, from sentence: Int, reach: Int) -> Int? {
        find(leads, before: token, from: sentence, reach: reach)
    }

    /// The start of a modifier ending within `reach` tokens before `token`, not before `from`.
    private func find(_ table: [Int: Int], before token: Int, from: Int, reach: Int) -> Int? {
        guard !table.isEmpty else { return nil }
        var end = token
        while end > from, token - end < reach {
            if let start = table[end], start >= from { return start }
            end -= 1
        }
        return nil
    }
}
