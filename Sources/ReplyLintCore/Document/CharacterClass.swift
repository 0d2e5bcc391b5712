// Byte-level classification of characters for the tokenizer: ASCII by table,
// other scalars by a few ranges (spaces, punctuation, symbols; the rest are letters).

enum CharacterClass: UInt8 {
    case space, newline, letter, digit, punctuation, symbol, apostrophe, joinerMark
}

enum Characters {
    /// Class of each ASCII byte.
    static let ascii: [CharacterClass] = {
        var table = [CharacterClass](repeating: .punctuation, count: 128)
        for byte in 0..<32 { table[byte] = .space }
        table[0x0A] = .newline
        table[0x0D] = .newline
        table[0x20] = .space
        table[0x7F] = .space
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = .letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = .letter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = .digit }
        table[Int(UInt8(ascii: "'"))] = .apostrophe
        for symbol in "$%&+<=>^`|~#*@\\/_" { table[Int(symbol.asciiValue!)] = .symbol }
        return table
    }()

    /// `ascii` as a plain pointer, for the tokenizer's inner loop: an array there costs a
    /// bounds check and a reload of its count on every byte. Made once, never freed.
    nonisolated(unsafe) static let asciiTable: UnsafePointer<CharacterClass> = {
        let table = UnsafeMutablePointer<CharacterClass>.allocate(capacity: 128)
        table.initialize(from: ascii, count: 128)
        return UnsafePointer(table)
    }()

    /// Decodes the scalar starting at `index` (which must hold a lead byte);
    /// returns the scalar value and its length, U+FFFD for a malformed sequence.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead & 0xE0 == 0xC0, index + 1 < count {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count {
            let value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    /// Class of a scalar outside ASCII.
    static func classify(_ scalar: UInt32) -> CharacterClass {
        switch scalar {
        case 0x80...0x9F, 0xA0, 0xAD, 0x1680, 0x2000...0x200C, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
            return .space
        case 0x2028, 0x2029, 0x85:
            return .newline
        case 0x2019, 0x2018, 0x02BC:
            return .apostrophe
        case 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF, 0x2010...0x2017, 0x201A...0x2027, 0x2030...0x205E,
             0x3001...0x3003, 0x3008...0x3011, 0xFF01...0xFF0F:
            return .punctuation
        case 0xA2...0xA6, 0xA8...0xAA, 0xAC, 0xAE...0xB1, 0xB4, 0xB8, 0xD7, 0xF7, 0x2100...0x2BFF,
             0x1F000...0x1F3FA, 0x1F400...0x1FAFF, 0xFFFD, 0xE000...0xF8FF:
            return .symbol
        case 0x20A0...0x20CF:
            return .symbol
        case 0xFE00...0xFE0F, 0x200D, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
            // Variation selectors, the zero-width joiner, skin tones and tag characters
            // belong to the emoji they follow.
            return .joinerMark
        default:
            return .letter
        }
    }
}
