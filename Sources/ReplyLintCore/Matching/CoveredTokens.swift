// The tokens inside any of some token ranges (exception hits, breezy phrases), so that
// "does this range touch one of them?" costs the length of the range asked about, not
// the number of ranges: a draft with a hundred thousand of them stays linear.

struct CoveredTokens {
    private var covered: [Bool] = []

    init(_ ranges: [Range<Int>]) {
        guard let end = ranges.map(\.upperBound).max() else { return }
        covered = Array(repeating: false, count: end)
        for range in ranges {
            for token in range { covered[token] = true }
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        range.contains { contains($0) }
    }

    func contains(_ token: Int) -> Bool {
        token >= 0 && token < covered.count && covered[token]
    }
}
