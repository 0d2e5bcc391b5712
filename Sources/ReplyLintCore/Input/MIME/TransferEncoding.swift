// Content-Transfer-Encoding: quoted-printable and base64 decoded as bytes with their
// origins in the file; 7bit, 8bit, binary and unknown encodings are the bytes themselves.

enum TransferEncoding {
    case identity, quotedPrintable, base64

    init(_ header: [UInt8]?) {
        let name = ContentField.parse(header).value
        switch name {
        case "quoted-printable": self = .quotedPrintable
        case "base64": self = .base64
        default: self = .identity
        }
    }

    /// The decoded bytes of `range` and where each came from.
    func decode(_ bytes: [UInt8], _ range: Range<Int>) -> (bytes: [UInt8], origins: ByteOrigins) {
        switch self {
        case .identity: return (Array(bytes[range]), .copied(from: range.lowerBound))
        case .quotedPrintable: return QuotedPrintable.decode(bytes, range)
        case .base64: return (Base64Body.decode(bytes[range]), .constant(range.lowerBound))
        }
    }
}

enum QuotedPrintable {
    /// "=XX" is one byte that maps to its "="; "=" at a line end is a soft break and
    /// vanishes; an "=" that is neither is kept as it is. Literal bytes map to themselves.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> (bytes: [UInt8], origins: ByteOrigins) {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var origins = ByteOrigins()
        var index = range.lowerBound
        let end = range.upperBound
        var lastLiteral = -2
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "=") {
                if index + 2 < end, let high = Hex.value(bytes[index + 1]), let low = Hex.value(bytes[index + 2]) {
                    origins.add(decoded: output.count, source: index, stepping: false)
                    output.append(high << 4 | low)
                    lastLiteral = -2
                    index += 3
                    continue
                }
                var after = index + 1
                while after < end, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
                if after == end || bytes[after] == 0x0A || bytes[after] == 0x0D {
                    index = MIMELine.breakEnd(bytes, at: after, end: end)
                    lastLiteral = -2
                    continue
                }
            }
            if index != lastLiteral + 1 { origins.add(decoded: output.count, source: index, stepping: true) }
            output.append(byte)
            lastLiteral = index
            index += 1
        }
        return (output, origins)
    }
}

enum Base64Body {
    /// Decodes the base64 alphabet and skips everything else (line breaks, stray
    /// characters); padding ends a quantum, so concatenated blocks still decode.
    static func decode(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text {
            let value: UInt32
            switch byte {
            case 0x41...0x5A: value = UInt32(byte - 0x41)
            case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
            case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="):
                buffer = 0
                bits = 0
                continue
            default: continue
            }
            buffer = (buffer << 6 | value) & 0xFFFFFF
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return output
    }
}
