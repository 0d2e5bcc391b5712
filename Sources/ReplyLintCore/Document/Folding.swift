// Normalisation for matching: case folding, one apostrophe, one double quote,
// one dash, "..." for an ellipsis. Rules and phrases see only folded text.

public enum Folding {
    /// The folded form of an ASCII byte (upper-case letters to lower case).
    @inline(__always)
    static func fold(ascii byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Appends the folded form of `bytes[range]` to `output`.
    @inline(__always)
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into output: inout [UInt8]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(fold(ascii: byte))
                index += 1
                continue
            }
            let (scalar, length) = Characters.decode(bytes, at: index)
            switch scalar {
            case 0x2018, 0x2019, 0x02BC, 0x2032:
                output.append(UInt8(ascii: "'"))
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB:
                output.append(UInt8(ascii: "\""))
            case 0x2010...0x2015, 0x2212:
                output.append(UInt8(ascii: "-"))
            case 0x2026:
                output.append(contentsOf: [0x2E, 0x2E, 0x2E])
            default:
                if let scalarValue = Unicode.Scalar(scalar), scalarValue.properties.isUppercase {
                    output.append(contentsOf: String(scalarValue).lowercased().utf8)
                } else {
                    output.append(contentsOf: bytes[index..<min(index + length, end)])
                }
            }
            index += length
        }
    }

    /// The folded form of a string, as used for phrase words and lexicons.
    public static func fold(_ string: String) -> String {
        var bytes = Array(string.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        bytes.withUnsafeMutableBufferPointer { buffer in
            fold(UnsafeBufferPointer(buffer), 0..<buffer.count, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
