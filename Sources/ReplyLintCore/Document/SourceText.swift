// The file as it is on disk, as UTF-8 text with the same lines: every position
// replylint reports is a line and column in this text.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct SourceLocation: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

public struct SourceText: Sendable {
    /// UTF-8 bytes; a file in another charset is transcoded first, keeping its lines.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; lines end at LF, CRLF or a lone CR.
    public let lineStarts: [Int]
    /// Only for files with a line longer than `block` bytes: the number of Unicode scalars
    /// before each multiple of `block`, so a column in a megabyte-long line costs at most
    /// `block` steps instead of a scan from the line's start (quadratic with many findings).
    private let scalarsBeforeBlock: [Int]
    private static let block = 4096

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let (starts, longestLine) = bytes.withUnsafeBufferPointer(Self.lines)
        self.lineStarts = starts
        self.scalarsBeforeBlock = longestLine > Self.block ? Self.blockCounts(bytes) : []
    }

    /// Where each line starts, and the longest line's length in bytes.
    private static func lines(_ buffer: UnsafeBufferPointer<UInt8>) -> ([Int], Int) {
        var starts = [0]
        var longest = 0
        guard let base = buffer.baseAddress else { return (starts, 0) }
        let count = buffer.count
        if memchr(base, 0x0D, count) == nil {
            // Only LF line ends (nearly every file): memchr finds them many bytes at a time.
            var index = 0
            while index < count, let found = memchr(base + index, 0x0A, count - index) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                longest = max(longest, end + 1 - index)
                starts.append(end + 1)
                index = end + 1
            }
        } else {
            for index in 0..<count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D && (index + 1 == count || buffer[index + 1] != 0x0A) {
                    longest = max(longest, index + 1 - starts[starts.count - 1])
                    starts.append(index + 1)
                }
            }
        }
        return (starts, max(longest, count - starts[starts.count - 1]))
    }

    private static func blockCounts(_ bytes: [UInt8]) -> [Int] {
        var counts: [Int] = []
        counts.reserveCapacity(bytes.count / block + 1)
        var running = 0
        var start = 0
        while start <= bytes.count {
            counts.append(running)
            for index in start..<min(start + block, bytes.count) where bytes[index] & 0xC0 != 0x80 { running += 1 }
            start += block
        }
        return counts
    }

    /// Unicode scalars in bytes[0..<offset], from the block counts.
    private func scalars(before offset: Int) -> Int {
        let blockIndex = offset / Self.block
        var count = scalarsBeforeBlock[blockIndex]
        for index in blockIndex * Self.block..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        let lineIndex = lineIndex(containing: offset)
        if offset - lineStarts[lineIndex] > Self.block, !scalarsBeforeBlock.isEmpty {
            let column = 1 + scalars(before: offset) - scalars(before: lineStarts[lineIndex])
            return SourceLocation(line: lineIndex + 1, column: column)
        }
        var column = 1
        var index = lineStarts[lineIndex]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: lineIndex + 1, column: column)
    }

    /// Index into `lineStarts` of the line holding `offset`.
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Byte range of a 1-based line, without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// Byte offset of a 1-based line and column; the end of the line if the column is past it.
    public func offset(of location: SourceLocation) -> Int {
        let range = lineRange(location.line)
        var index = range.lowerBound
        var column = 1
        while index < range.upperBound, column < location.column {
            index += 1
            while index < range.upperBound, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
