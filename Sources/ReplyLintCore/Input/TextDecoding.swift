// Bytes to UTF-8 text: strips a BOM, converts UTF-16, and replaces invalid
// UTF-8 sequences with U+FFFD (one per bad byte), saying where the first one was.
import Foundation

public enum TextDecoding {
    public struct Result {
        public var bytes: [UInt8]
        /// A note for the user when the text had to be repaired.
        public var note: String?
    }

    /// Whether the bytes look like a binary file rather than text (a NUL early on).
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }

    public static func utf8(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
                return Result(bytes: Array(text.utf8), note: nil)
            }
        }
        guard let firstBad = firstInvalidOffset(bytes) else { return Result(bytes: bytes, note: nil) }
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                repaired.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                repaired.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
            }
        }
        let line = bytes[..<firstBad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return Result(bytes: repaired, note: "invalid UTF-8 (first at line \(line)); read with replacement characters")
    }

    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = asciiPrefixLength(bytes)
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// How many bytes at the start are ASCII, eight at a time (nearly all of most drafts).
    static func asciiPrefixLength(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { raw in
            var index = 0
            while index + 8 <= raw.count,
                  raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            while index < raw.count, raw[index] < 0x80 { index += 1 }
            return index
        }
    }

    /// Length of the well-formed UTF-8 sequence at `index`, or 0.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let count = bytes.count
        func continuation(_ offset: Int) -> Bool {
            index + offset < count && bytes[index + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1) && bytes[index + 1] >= 0xA0 && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1) && bytes[index + 1] < 0xA0 && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1) && bytes[index + 1] >= 0x90 && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1) && bytes[index + 1] < 0x90 && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
