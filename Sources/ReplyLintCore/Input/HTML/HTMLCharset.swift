// Brings HTML bytes to UTF-8 for the parser, keeping a map back to the original bytes:
// the charset given (by a MIME part) or declared in <meta>, converted with iconv line by
// line; invalid UTF-8 repaired byte by byte. Valid UTF-8 is taken as UTF-8 whatever a
// <meta> claims (mail programs often keep a stale declaration; ASCII reads the same).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct HTMLCharset {
    /// The HTML as UTF-8.
    var bytes: [UInt8]
    /// From `bytes` to the original bytes; nil when they are the same.
    var map: SourceMap?
    var note: String?

    init(_ html: [UInt8], charset given: String?) {
        var body = html
        var shift = 0
        if html.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = Array(html.dropFirst(3))
            shift = 3
        } else if html.starts(with: [0xFF, 0xFE]) || html.starts(with: [0xFE, 0xFF]) {
            // UTF-16: converted whole; positions are those of the converted text.
            let decoded = TextDecoding.utf8(html)
            self.init(bytes: decoded.bytes, map: nil, note: decoded.note)
            return
        }
        let charset = (given ?? HTMLCharset.declared(in: body)).map(HTMLCharset.normalised)
        let firstInvalid = TextDecoding.firstInvalidOffset(body)
        if firstInvalid == nil, !body.contains(0x1B) || charset == nil || charset == "utf-8" {
            self.init(bytes: body, map: shift == 0 ? nil : SourceMap(offset: shift), note: nil)
            return
        }
        if let charset, charset != "utf-8", charset != "us-ascii", let converted = HTMLCharset.convert(body, from: charset, shift: shift) {
            self = converted
            return
        }
        var repaired = HTMLCharset.repaired(body, shift: shift)
        if let charset, charset != "utf-8", charset != "us-ascii" {
            repaired.note = "unknown charset \(charset); read as UTF-8"
        }
        self = repaired
    }

    private init(bytes: [UInt8], map: SourceMap?, note: String?) {
        self.bytes = bytes
        self.map = map
        self.note = note
    }

    static func normalised(_ name: String) -> String {
        let lower = name.lowercased()
        switch lower {
        case "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "ascii", "us_ascii", "ansi_x3.4-1968": return "us-ascii"
        // Browsers read Latin-1 as Windows-1252, which defines 0x80–0x9F.
        case "iso-8859-1", "latin1", "iso8859-1", "latin-1": return "windows-1252"
        default: return lower
        }
    }

    /// The charset a <meta> near the top declares (charset="…" or content="…; charset=…").
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        let needle = Array("charset".utf8)
        var index = head.startIndex
        while index + needle.count < head.endIndex {
            if head[index] | 0x20 == needle[0], zip(head[index..<index + needle.count], needle).allSatisfy({ $0 | 0x20 == $1 }) {
                var scan = index + needle.count
                while scan < head.endIndex, head[scan] == 0x20 { scan += 1 }
                if scan < head.endIndex, head[scan] == UInt8(ascii: "=") {
                    scan += 1
                    while scan < head.endIndex, head[scan] == 0x20 || head[scan] == UInt8(ascii: "\"") || head[scan] == UInt8(ascii: "'") { scan += 1 }
                    var end = scan
                    while end < head.endIndex, end - scan < 40 {
                        let byte = head[end]
                        let allowed = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
                            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
                        guard allowed else { break }
                        end += 1
                    }
                    if end > scan { return String(decoding: head[scan..<end], as: UTF8.self) }
                }
            }
            index += 1
        }
        return nil
    }

    /// Invalid bytes become U+FFFD, each mapped to the byte it replaces.
    private static func repaired(_ body: [UInt8], shift: Int) -> HTMLCharset {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count + 16)
        var map = SourceMap()
        var index = 0
        var bad = 0
        while index < body.count {
            let length = TextDecoding.validSequenceLength(body, at: index)
            if length > 0 {
                map.add(visible: bytes.count, source: index + shift)
                bytes.append(contentsOf: body[index..<index + length])
                index += length
            } else {
                map.add(visible: bytes.count, source: index + shift, contiguous: false)
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
                bad += 1
            }
        }
        let note = bad > 0 ? "\(bad) invalid UTF-8 byte\(bad == 1 ? "" : "s"); read with replacement characters" : nil
        return HTMLCharset(bytes: bytes, map: map, note: note)
    }

    /// Converts with iconv one line at a time, so every line maps to its line in the
    /// original; within a line of a single-byte charset every character maps exactly.
    private static func convert(_ body: [UInt8], from charset: String, shift: Int) -> HTMLCharset? {
        let descriptor = iconv_open("UTF-8", charset)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count + body.count / 4)
        var map = SourceMap()
        var lineStart = 0
        var replaced = 0
        while lineStart < body.count {
            var lineEnd = lineStart
            while lineEnd < body.count, body[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd < body.count { lineEnd += 1 }
            let line = Array(body[lineStart..<lineEnd])
            let (converted, failures) = convertLine(line, descriptor)
            replaced += failures
            let scalars = converted.reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
            if scalars == line.count {
                // One byte, one character: ASCII stays contiguous, others map to their byte.
                var source = lineStart
                var index = 0
                while index < converted.count {
                    let length = converted[index] < 0x80 ? 1 : TextDecoding.validSequenceLength(converted, at: index)
                    map.add(visible: bytes.count, source: source + shift, contiguous: length == 1)
                    bytes.append(contentsOf: converted[index..<index + max(1, length)])
                    index += max(1, length)
                    source += 1
                }
            } else {
                map.add(visible: bytes.count, source: lineStart + shift, contiguous: false)
                bytes.append(contentsOf: converted)
            }
            lineStart = lineEnd
        }
        let note = replaced > 0 ? "\(replaced) byte\(replaced == 1 ? "" : "s") not valid in charset \(charset); read with replacement characters" : nil
        return HTMLCharset(bytes: bytes, map: map, note: note)
    }

    private static func convertLine(_ line: [UInt8], _ descriptor: iconv_t) -> ([UInt8], Int) {
        var output: [UInt8] = []
        var failures = 0
        var input = line
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: max(64, line.count * 4 + 16))
        _ = iconv(descriptor, nil, nil, nil, nil)
        while offset < input.count {
            var inLeft = input.count - offset
            var outLeft = buffer.count
            let result = input.withUnsafeMutableBufferPointer { inBuffer in
                buffer.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + offset)
                        .assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            output.append(contentsOf: buffer[0..<(buffer.count - outLeft)])
            offset = input.count - inLeft
            if result == -1 {
                if errno == E2BIG { continue }
                // An invalid or cut-off sequence: one replacement character, then go on.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                failures += 1
                offset += 1
                _ = iconv(descriptor, nil, nil, nil, nil)
            }
        }
        input.removeAll()
        return (output, failures)
    }
}
