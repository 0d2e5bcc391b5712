// The parts of a multipart body, found by scanning the bytes for "--boundary" at the start
// of a line (memmem, no regexes). Preamble and epilogue are left out; a part whose closing
// delimiter never comes runs to the end of the body.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum MultipartBody {
    struct Split {
        var parts: [Range<Int>]
        /// Whether the closing delimiter ("--boundary--") was found.
        var closed: Bool
    }

    /// Most parts one multipart may have; the rest are left unread.
    static let maximumParts = 1000

    static func split(_ bytes: [UInt8], in range: Range<Int>, boundary: [UInt8]) -> Split {
        let delimiter = [UInt8(ascii: "-"), UInt8(ascii: "-")] + boundary
        var parts: [Range<Int>] = []
        var partStart: Int?
        var search = range.lowerBound
        let end = range.upperBound
        while search < end, parts.count < maximumParts {
            guard let hit = find(delimiter, in: bytes, from: search, to: end) else { break }
            let atLineStart = hit == range.lowerBound || bytes[hit - 1] == 0x0A || bytes[hit - 1] == 0x0D
            var after = hit + delimiter.count
            let closing = after + 1 < end && bytes[after] == UInt8(ascii: "-") && bytes[after + 1] == UInt8(ascii: "-")
            if closing { after += 2 }
            while after < end, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
            let endsLine = after == end || bytes[after] == 0x0A || bytes[after] == 0x0D
            guard atLineStart, endsLine || closing else {
                search = hit + 1
                continue
            }
            if let start = partStart {
                parts.append(start..<max(start, lineBreakStart(bytes, before: hit, notBefore: start)))
            }
            let next = closing ? MIMELine.next(bytes, after: after, end: end) : MIMELine.breakEnd(bytes, at: after, end: end)
            if closing { return Split(parts: parts, closed: true) }
            partStart = next
            search = next
        }
        if let start = partStart, parts.count < maximumParts { parts.append(start..<end) }
        return Split(parts: parts, closed: false)
    }

    /// A boundary for a multipart whose Content-Type has none: the first line that looks
    /// like a delimiter ("--" then a token) within the first lines of the body.
    static func guessBoundary(_ bytes: [UInt8], in range: Range<Int>) -> [UInt8]? {
        var position = range.lowerBound
        var lines = 0
        while position < range.upperBound, lines < 200 {
            let contentEnd = MIMELine.contentEnd(bytes, from: position, end: range.upperBound)
            var textEnd = contentEnd
            while textEnd > position, bytes[textEnd - 1] == 0x20 || bytes[textEnd - 1] == 0x09 { textEnd -= 1 }
            let length = textEnd - position
            if length > 2, length <= 72, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-"),
               !bytes[(position + 2)..<textEnd].contains(where: { $0 <= 0x20 || $0 >= 0x7F }) {
                return Array(bytes[(position + 2)..<textEnd])
            }
            position = MIMELine.breakEnd(bytes, at: contentEnd, end: range.upperBound)
            lines += 1
        }
        return nil
    }

    /// The line break before a delimiter belongs to the delimiter, not to the part.
    private static func lineBreakStart(_ bytes: [UInt8], before index: Int, notBefore start: Int) -> Int {
        var end = index
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The first place `needle` occurs in `bytes[start..<end]`: memchr to its first byte, then a compare.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard end - start >= needle.count, let first = needle.first else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                let base = haystack.baseAddress!
                var position = start
                let last = end - pattern.count
                while position <= last {
                    guard let found = memchr(base + position, Int32(first), last - position + 1) else { return nil }
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + index, pattern.baseAddress!, pattern.count) == 0 { return index }
                    position = index + 1
                }
                return nil
            }
        }
    }
}
