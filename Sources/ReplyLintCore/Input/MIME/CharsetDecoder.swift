// Charsets to UTF-8 one character at a time, so every output character knows the input
// byte it started at. UTF-8 and US-ASCII are read directly; every other charset goes
// through iconv (single-byte charsets as a 256-entry table iconv fills once per run).
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct CharsetDecoder {
    private enum Kind {
        case utf8
        /// UTF-8 for each byte of a single-byte charset (ASCII bytes map to themselves).
        case table([[UInt8]])
        /// A multi-byte or stateful charset, read through iconv a character at a time.
        case stream(IconvStream)
    }

    private let kind: Kind
    /// Whether bytes below 0x80 are ASCII whatever comes before them.
    let asciiCompatible: Bool

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// A decoder for `charset`, or nil when neither replylint nor iconv knows it.
    init?(charset: String?) {
        let name = CharsetDecoder.canonicalName(charset)
        if name == "utf-8" {
            kind = .utf8
            asciiCompatible = true
            return
        }
        if let table = CharsetTables.shared.table(for: name) {
            kind = .table(table)
            asciiCompatible = true
            return
        }
        guard let stream = IconvStream(charset: name) else { return nil }
        kind = .stream(stream)
        asciiCompatible = !["utf-16", "utf-32", "utf-7", "iso-2022", "hz", "ucs-2", "ucs-4", "utf-16le", "utf-16be"]
            .contains { name.hasPrefix($0) }
    }

    /// Lower-cased, unquoted, with the aliases mail programs write that iconv does not know.
    static func canonicalName(_ charset: String?) -> String {
        var name = (charset ?? "us-ascii").trimmingBlanks.lowercased()
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        switch name {
        case "", "us-ascii", "ascii", "utf-8", "utf8", "ansi_x3.4-1968", "us", "646": return "utf-8"
        case "ks_c_5601-1987", "ks_c_5601": return "cp949"
        case "gb2312", "x-gbk": return "gbk"
        case "iso-8859-8-i", "iso-8859-6-i": return String(name.dropLast(2))
        default: return name
        }
    }

    /// The UTF-8 of the character at `index` and how many input bytes it took.
    func character(_ bytes: [UInt8], at index: Int) -> (utf8: [UInt8], length: Int) {
        switch kind {
        case .utf8:
            let length = TextDecoding.validSequenceLength(bytes, at: index)
            return length > 0 ? (Array(bytes[index..<index + length]), length) : (Self.replacement, 1)
        case .table(let table):
            return (table[Int(bytes[index])], 1)
        case .stream(let stream):
            return stream.character(bytes, at: index)
        }
    }

    /// Length of the run from `index` that is already UTF-8 and copies through unchanged.
    func copiedRunLength(_ bytes: [UInt8], from index: Int, limit: Int) -> Int {
        var end = index
        switch kind {
        case .utf8:
            while end < limit {
                let byte = bytes[end]
                if byte < 0x80 {
                    if byte == 0x0D { break }
                    end += 1
                    continue
                }
                let length = TextDecoding.validSequenceLength(bytes, at: end)
                if length == 0 || end + length > limit { break }
                end += length
            }
        case .table, .stream:
            guard asciiCompatible else { return 0 }
            while end < limit, bytes[end] < 0x80, bytes[end] != 0x0D { end += 1 }
        }
        return end - index
    }

    /// Bytes in `charset` as UTF-8 without a map (header words); unknown charsets are read as UTF-8.
    static func utf8(_ bytes: [UInt8], charset: String?) -> [UInt8] {
        let decoder = CharsetDecoder(charset: charset) ?? CharsetDecoder(charset: "utf-8")!
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let run = decoder.copiedRunLength(bytes, from: index, limit: bytes.count)
            if run > 0 {
                output.append(contentsOf: bytes[index..<index + run])
                index += run
                continue
            }
            let (text, length) = decoder.character(bytes, at: index)
            output.append(contentsOf: text)
            index += length
        }
        return output
    }
}

/// Single-byte charsets' tables, filled from iconv on first use and kept for the run.
final class CharsetTables: @unchecked Sendable {
    static let shared = CharsetTables()
    private let lock = NSLock()
    private var tables: [String: [[UInt8]]?] = [:]

    func table(for name: String) -> [[UInt8]]? {
        lock.lock()
        defer { lock.unlock() }
        if let known = tables[name] { return known }
        let table = Self.build(name)
        tables[name] = .some(table)
        return table
    }

    /// nil when iconv does not know the charset or it is not a single-byte, ASCII-compatible one.
    private static func build(_ name: String) -> [[UInt8]]? {
        guard let stream = IconvStream(charset: name) else { return nil }
        var table: [[UInt8]] = []
        table.reserveCapacity(256)
        for byte in 0...255 {
            let (text, used, complete) = stream.convert([UInt8(byte)], at: 0, length: 1)
            if used == -1 {
                table.append(CharsetDecoder.replacement)  // no character in this charset
                continue
            }
            if !complete || used != 1 { return nil }
            if byte < 0x80, text != [UInt8(byte)] { return nil }
            table.append(text)
        }
        return table
    }
}

/// An iconv conversion to UTF-8, used a character at a time.
final class IconvStream: @unchecked Sendable {
    private let handle: iconv_t

    init?(charset: String) {
        let opened = iconv_open("UTF-8", charset)
        guard let opened, opened != iconv_t(bitPattern: -1) else { return nil }
        handle = opened
    }

    deinit { iconv_close(handle) }

    func character(_ bytes: [UInt8], at index: Int) -> (utf8: [UInt8], length: Int) {
        var length = 1
        while index + length <= bytes.count, length <= 8 {
            let (text, used, complete) = convert(bytes, at: index, length: length)
            if complete { return used == 0 ? (CharsetDecoder.replacement, 1) : (text, used) }
            if used < 0 { break }  // an invalid sequence
            length += 1
        }
        iconv(handle, nil, nil, nil, nil)
        return (CharsetDecoder.replacement, 1)
    }

    /// Converts `length` bytes from `index`: the output, the bytes used (-1 for an invalid
    /// sequence), and whether the input formed whole characters (false: need more bytes).
    func convert(_ bytes: [UInt8], at index: Int, length: Int) -> (utf8: [UInt8], used: Int, complete: Bool) {
        var input = Array(bytes[index..<index + length]).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: 64)
        var inLeft = length
        var outLeft = output.count
        let result: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                return iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        let produced = output[0..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
        if result == -1 {
            if errno == EINVAL { return (produced, length - inLeft, false) }
            iconv(handle, nil, nil, nil, nil)
            return ([], -1, false)
        }
        return (produced, length - inLeft, true)
    }
}
