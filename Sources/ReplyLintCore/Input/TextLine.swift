// Lines of a visible text as byte ranges, and the small byte tests the quote and
// signature detectors make on them (ASCII case folding, no allocation, no regexes).

/// One line: where it starts, where its text ends (before CR/LF), and where the next line starts.
struct TextLine {
    var start: Int
    var contentEnd: Int
    var end: Int
}

/// Walks the lines of a byte buffer; a line ends at LF, CRLF or a lone CR, as in SourceText.
struct LineReader {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    func line(at start: Int) -> TextLine {
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A { return TextLine(start: start, contentEnd: index, end: index + 1) }
                if byte == 0x0D {
                    let end = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                    return TextLine(start: start, contentEnd: index, end: end)
                }
                index += 1
            }
            return TextLine(start: start, contentEnd: count, end: count)
        }
    }

    /// The line after `line`, or nil at the end of the text.
    func line(after line: TextLine) -> TextLine? {
        line.end < bytes.count ? self.line(at: line.end) : nil
    }

    /// The text of a line without surrounding blanks.
    func text(_ line: TextLine) -> LineText {
        LineText(bytes, line.start..<line.contentEnd)
    }

    /// How many `>` prefixes open a line ("> > text", ">> text"; up to two spaces before
    /// the first), and where the line's text starts once one level is removed.
    func quotePrefix(_ line: TextLine) -> (depth: Int, afterOneLevel: Int) {
        var index = line.start
        var spaces = 0
        while index < line.contentEnd, bytes[index] == 0x20, spaces < 2 {
            index += 1
            spaces += 1
        }
        guard index < line.contentEnd, bytes[index] == UInt8(ascii: ">") else { return (0, line.start) }
        index += 1
        let afterOne = index < line.contentEnd && bytes[index] == 0x20 ? index + 1 : index
        var depth = 1
        while index < line.contentEnd {
            if bytes[index] == UInt8(ascii: ">") {
                depth += 1
            } else if bytes[index] != 0x20 {
                break
            }
            index += 1
        }
        return (depth, afterOne)
    }
}

/// A line's text without surrounding blanks (spaces, tabs, no-break spaces).
struct LineText {
    let bytes: [UInt8]
    let range: Range<Int>

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        self.bytes = bytes
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if LineText.isBlank(bytes[lower]) { lower += 1 } else if bytes[lower] == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 { lower += 2 } else { break }
        }
        while upper > lower {
            if LineText.isBlank(bytes[upper - 1]) { upper -= 1 } else if bytes[upper - 1] == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 { upper -= 2 } else { break }
        }
        self.range = lower..<upper
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C }

    var isEmpty: Bool { range.isEmpty }
    var count: Int { range.count }
    var first: UInt8? { range.isEmpty ? nil : bytes[range.lowerBound] }
    var last: UInt8? { range.isEmpty ? nil : bytes[range.upperBound - 1] }
    var string: String { String(decoding: bytes[range], as: UTF8.self) }

    /// Lower-cased (ASCII letters only) with runs of blanks made one space: for table look-ups.
    var folded: String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for byte in bytes[range] {
            if LineText.isBlank(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text starts with `prefix` (given in lower case), ignoring ASCII case.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard prefix.count <= range.count else { return false }
        for (offset, expected) in prefix.enumerated() where LineText.lower(bytes[range.lowerBound + offset]) != expected {
            return false
        }
        return true
    }

    /// Whether the text ends with `suffix` (given in lower case), ignoring ASCII case.
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        guard suffix.count <= range.count else { return false }
        let start = range.upperBound - suffix.count
        for (offset, expected) in suffix.enumerated() where LineText.lower(bytes[start + offset]) != expected {
            return false
        }
        return true
    }

    func contains(_ byte: UInt8) -> Bool { bytes[range].contains(byte) }

    /// Whether `needle` (given in lower case) starts at byte `index` of the text, ignoring ASCII case.
    func has(_ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= range.upperBound else { return false }
        for (offset, expected) in needle.enumerated() where LineText.lower(bytes[index + offset]) != expected { return false }
        return true
    }

    /// Whether `needle` (given in lower case) occurs in the text, ignoring ASCII case.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= range.count else { return needle.isEmpty }
        var start = range.lowerBound
        while start + needle.count <= range.upperBound {
            if LineText.lower(bytes[start]) == needle[0] {
                var offset = 1
                while offset < needle.count && LineText.lower(bytes[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether the text is made only of `characters` (at least `minimum` of them).
    func consists(of characters: [UInt8], minimum: Int) -> Bool {
        range.count >= minimum && bytes[range].allSatisfy { characters.contains($0) }
    }

    var wordCount: Int { wordCount(upTo: .max) }

    /// Words (runs of non-blank bytes), counted no further than `limit`.
    func wordCount(upTo limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var words = 0
            var inWord = false
            for index in range {
                let blank = LineText.isBlank(buffer[index])
                if !blank && !inWord {
                    words += 1
                    if words >= limit { return words }
                }
                inWord = !blank
            }
            return words
        }
    }

    var digitCount: Int { bytes[range].reduce(0) { $1 >= 0x30 && $1 <= 0x39 ? $0 + 1 : $0 } }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC3 }
}

extension VisibleTextBuilder {
    /// Appends `range` of `text`, keeping where each byte came from.
    mutating func append(_ text: VisibleText, _ range: Range<Int>) {
        text.map.forEachRun(in: range) { run, source, contiguous in
            if contiguous {
                append(copied: text.bytes[run], from: source)
            } else {
                append(standingFor: source, text.bytes[run])
            }
        }
    }

    /// Whether the text built so far ends with an empty line (or is empty).
    var endsWithBlankLine: Bool {
        var index = bytes.count - 1
        var breaks = 0
        while index >= 0, breaks < 2 {
            let byte = bytes[index]
            if byte == 0x0A {
                breaks += 1
            } else if !LineText.isBlank(byte) {
                return false
            }
            index -= 1
        }
        return breaks >= 2 || bytes.isEmpty
    }
}
