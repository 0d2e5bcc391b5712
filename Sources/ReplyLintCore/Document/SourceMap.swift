// Maps each byte of a visible text back to a byte of the source file. A run of
// visible bytes copied straight from the source is one segment; text replylint
// inserts (a line break for a <p>, a decoded entity) starts a new one.

public struct SourceMap: Sendable {
    /// Segment starts in visible-text offsets, ascending.
    private var visibleStarts: [Int]
    /// Where each segment starts in the source.
    private var sourceStarts: [Int]
    /// Whether a segment's bytes advance through the source one for one; when
    /// false every byte of the segment maps to its start (decoded or inserted text).
    private var contiguous: [Bool]

    /// A visible text that is the source itself, shifted by `offset` bytes.
    public init(offset: Int = 0) {
        visibleStarts = [0]
        sourceStarts = [offset]
        contiguous = [true]
    }

    public init() {
        visibleStarts = []
        sourceStarts = []
        contiguous = []
    }

    public var isEmpty: Bool { visibleStarts.isEmpty }

    /// Records that visible bytes from `visible` on come from `source` on.
    public mutating func add(visible: Int, source: Int, contiguous isContiguous: Bool = true) {
        // Text removed from the end of a visible text takes its segments with it.
        while let last = visibleStarts.last, last > visible {
            visibleStarts.removeLast()
            sourceStarts.removeLast()
            contiguous.removeLast()
        }
        if let last = visibleStarts.last {
            if visible == last {
                sourceStarts[sourceStarts.count - 1] = source
                contiguous[contiguous.count - 1] = isContiguous
                return
            }
            // A segment that simply continues the previous one adds nothing.
            if isContiguous, contiguous[contiguous.count - 1],
               source - sourceStarts[sourceStarts.count - 1] == visible - last {
                return
            }
        }
        visibleStarts.append(visible)
        sourceStarts.append(source)
        contiguous.append(isContiguous)
    }

    /// The source offset of a visible offset.
    public func sourceOffset(for visible: Int) -> Int {
        guard !visibleStarts.isEmpty else { return visible }
        var low = 0
        var high = visibleStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if visibleStarts[middle] <= visible { low = middle } else { high = middle - 1 }
        }
        if visible < visibleStarts[low] { return sourceStarts[low] }
        return contiguous[low] ? sourceStarts[low] + (visible - visibleStarts[low]) : sourceStarts[low]
    }

    /// Calls `body` for each run of the visible `range` that maps one way: the run, the
    /// source offset of its first byte, and whether it advances through the source one
    /// for one. Lets a reader copy part of a visible text with its map.
    public func forEachRun(in range: Range<Int>, _ body: (Range<Int>, Int, Bool) -> Void) {
        guard !range.isEmpty else { return }
        guard !visibleStarts.isEmpty else { return body(range, range.lowerBound, true) }
        var start = range.lowerBound
        if start < visibleStarts[0] {
            let end = min(visibleStarts[0], range.upperBound)
            body(start..<end, sourceStarts[0], false)
            start = end
        }
        guard start < range.upperBound else { return }
        var low = 0
        var high = visibleStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if visibleStarts[middle] <= start { low = middle } else { high = middle - 1 }
        }
        var index = low
        while start < range.upperBound {
            let segmentEnd = index + 1 < visibleStarts.count ? visibleStarts[index + 1] : Int.max
            let end = min(segmentEnd, range.upperBound)
            let source = contiguous[index] ? sourceStarts[index] + (start - visibleStarts[index]) : sourceStarts[index]
            body(start..<end, source, contiguous[index])
            start = end
            index += 1
        }
    }

    /// This map with every source offset below `limit`: text a reader inserts after the
    /// last byte (a line break for an unclosed block at the end) maps to the last byte.
    public func clamped(below limit: Int) -> SourceMap {
        guard limit > 0, let last = sourceStarts.last, last >= limit || sourceStarts.contains(where: { $0 >= limit }) else {
            return self
        }
        var result = SourceMap()
        for index in visibleStarts.indices {
            let outside = sourceStarts[index] >= limit
            result.add(visible: visibleStarts[index], source: outside ? limit - 1 : sourceStarts[index],
                       contiguous: contiguous[index] && !outside)
        }
        return result
    }

    /// This map for a slice of the visible text that starts at `start`.
    public func sliced(from start: Int) -> SourceMap {
        var result = SourceMap()
        result.add(visible: 0, source: sourceOffset(for: start), contiguous: segmentIsContiguous(at: start))
        for index in visibleStarts.indices where visibleStarts[index] > start {
            result.add(visible: visibleStarts[index] - start, source: sourceStarts[index], contiguous: contiguous[index])
        }
        return result
    }

    /// This map followed by `outer`, for text decoded in two steps (an HTML part of an
    /// e-mail: visible text → HTML bytes of the part → bytes of the .eml file).
    public func composed(through outer: SourceMap) -> SourceMap {
        if isEmpty { return outer }
        if outer.isEmpty { return self }
        var result = SourceMap()
        for index in visibleStarts.indices {
            let visibleStart = visibleStarts[index]
            let source = sourceStarts[index]
            result.add(visible: visibleStart, source: outer.sourceOffset(for: source),
                       contiguous: contiguous[index] && outer.segmentIsContiguous(at: source))
            guard contiguous[index] else { continue }
            let length = index + 1 < visibleStarts.count ? visibleStarts[index + 1] - visibleStart : Int.max
            // Where the outer map starts a new segment inside this one, so does the result.
            // Binary search for the first outer segment after `source`: a linear walk from
            // the start made composing two long maps quadratic.
            var low = 0
            var high = outer.visibleStarts.count
            while low < high {
                let middle = (low + high) / 2
                if outer.visibleStarts[middle] <= source { low = middle + 1 } else { high = middle }
            }
            for outerIndex in low..<outer.visibleStarts.count {
                let outerStart = outer.visibleStarts[outerIndex]
                if outerStart - source >= length { break }
                result.add(visible: visibleStart + (outerStart - source), source: outer.sourceStarts[outerIndex],
                           contiguous: outer.contiguous[outerIndex])
            }
        }
        return result
    }

    private func segmentIsContiguous(at visible: Int) -> Bool {
        guard let index = visibleStarts.lastIndex(where: { $0 <= visible }) else { return true }
        return contiguous[index]
    }
}
