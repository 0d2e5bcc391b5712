// Reads character data straight from the HTML source: runs of text, white space and
// character references, each with its byte offset. Markup that libxml2 consumed without
// telling (a stray end tag, a comment) is skipped here, so a range may hold some.
import CLibXML2

enum HTMLTextScanner {
    /// What the scanner finds, in order.
    protocol Sink {
        /// Bytes shown as they stand in the source.
        mutating func visible(_ range: Range<Int>)
        /// White space (collapsible unless preformatted), the source range it covers.
        mutating func whitespace(_ range: Range<Int>)
        /// A character reference decoded to `scalar`, written at `offset`.
        mutating func decoded(_ scalar: Unicode.Scalar, at offset: Int)
    }

    static func scan<S: Sink>(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into sink: inout S) {
        var index = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        var runStart = index
        func flush(_ upTo: Int) {
            if upTo > runStart { sink.visible(runStart..<upTo) }
        }
        while index < end {
            let byte = bytes[index]
            if byte > 0x3C {
                // Most bytes: letters, high UTF-8 bytes (only '<' 0x3C and below are special, and 0xC2 0xA0).
                if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                    flush(index)
                    sink.decoded(" ", at: index)
                    index += 2
                    runStart = index
                    continue
                }
                index += 1
                continue
            }
            if byte == 0x20, index > runStart, index + 1 < end, bytes[index + 1] > 0x20, bytes[index + 1] != 0x3C, bytes[index + 1] != 0x26 {
                // One space between words shows as itself: the run goes on (one map segment per line of text).
                index += 1
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                flush(index)
                var stop = index + 1
                while stop < end, isSpace(bytes[stop]) { stop += 1 }
                sink.whitespace(index..<stop)
                index = stop
                runStart = index
            } else if byte == UInt8(ascii: "&") {
                if let (scalar, length) = reference(bytes, at: index, end: end) {
                    flush(index)
                    sink.decoded(scalar, at: index)
                    index += length
                    runStart = index
                } else {
                    index += 1
                }
            } else if byte == UInt8(ascii: "<"), let skip = markupEnd(bytes, at: index, end: end) {
                flush(index)
                index = skip
                runStart = index
            } else if byte < 0x20 {
                // Control characters other than white space are not shown.
                flush(index)
                index += 1
                runStart = index
            } else {
                index += 1
            }
        }
        flush(end)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// The end of a tag, comment or declaration starting at `index`, or nil when the '<' is text.
    private static func markupEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard index + 1 < end else { return nil }
        let next = bytes[index + 1]
        let letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
        guard letter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else { return nil }
        if next == UInt8(ascii: "!"), index + 3 < end, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
            var scan = index + 4
            while scan + 2 < end {
                if bytes[scan] == UInt8(ascii: "-"), bytes[scan + 1] == UInt8(ascii: "-"), bytes[scan + 2] == UInt8(ascii: ">") { return scan + 3 }
                scan += 1
            }
            return end
        }
        var scan = index + 1
        while scan < end, bytes[scan] != UInt8(ascii: ">") { scan += 1 }
        return min(end, scan + 1)
    }

    /// A character reference at `index` ("&amp;", "&#233;", "&#x2019;", "&nbsp" without ';'):
    /// the character and how many bytes it takes.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var scan = index + 1
        guard scan < end else { return nil }
        if bytes[scan] == UInt8(ascii: "#") {
            scan += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = scan < end && (bytes[scan] | 0x20) == UInt8(ascii: "x")
            if hex { scan += 1 }
            while scan < end, digits < 8 {
                let byte = bytes[scan]
                let digit: UInt32
                if byte >= 0x30, byte <= 0x39 {
                    digit = UInt32(byte - 0x30)
                } else if hex, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                scan += 1
            }
            guard digits > 0 else { return nil }
            if scan < end, bytes[scan] == UInt8(ascii: ";") { scan += 1 }
            let scalar = Unicode.Scalar(windows1252(value)) ?? "\u{FFFD}"
            return (value == 0 ? "\u{FFFD}" : scalar, scan - index)
        }
        var name: [CChar] = []
        while scan < end, name.count < 32 {
            let byte = bytes[scan]
            let alphanumeric = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
            guard alphanumeric else { break }
            name.append(CChar(bitPattern: byte))
            scan += 1
        }
        guard !name.isEmpty else { return nil }
        let terminated = scan < end && bytes[scan] == UInt8(ascii: ";")
        name.append(0)
        guard let entity = htmlEntityLookup(name.map { UInt8(bitPattern: $0) }), let scalar = Unicode.Scalar(entity.pointee.value) else {
            return nil
        }
        // Without ';' only the old Latin-1 names are references ("&nbsp", "&copy"), not "&order".
        if !terminated, entity.pointee.value > 255 { return nil }
        return (scalar, scan - index + (terminated ? 1 : 0))
    }

    /// Numeric references 128–159 name Windows-1252 characters in every browser.
    private static func windows1252(_ value: UInt32) -> UInt32 {
        let table: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                               0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        return value >= 0x80 && value <= 0x9F ? table[Int(value - 0x80)] : value
    }
}
