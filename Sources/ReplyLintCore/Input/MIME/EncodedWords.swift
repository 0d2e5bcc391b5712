// RFC 2047 encoded words in header values ("=?UTF-8?B?...?=", "=?iso-8859-1?Q?caf=E9?=");
// blanks between two adjacent encoded words are dropped, as the RFC says.

enum EncodedWords {
    static func decode(_ value: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        var index = 0
        var pendingBlanks: Range<Int>?
        var lastWasEncoded = false
        while index < value.count {
            let byte = value[index]
            if byte == 0x20 || byte == 0x09 {
                var end = index
                while end < value.count, value[end] == 0x20 || value[end] == 0x09 { end += 1 }
                pendingBlanks = index..<end
                index = end
                continue
            }
            if byte == UInt8(ascii: "="), index + 1 < value.count, value[index + 1] == UInt8(ascii: "?"),
               let word = encodedWord(value, at: index) {
                if let blanks = pendingBlanks, !lastWasEncoded || output.isEmpty { output.append(contentsOf: value[blanks]) }
                output.append(contentsOf: word.text)
                pendingBlanks = nil
                lastWasEncoded = true
                index = word.end
                continue
            }
            if let blanks = pendingBlanks { output.append(contentsOf: value[blanks]) }
            pendingBlanks = nil
            lastWasEncoded = false
            var end = index
            while end < value.count, value[end] != 0x20, value[end] != 0x09 { end += 1 }
            output.append(contentsOf: value[index..<end])
            index = end
        }
        if let blanks = pendingBlanks { output.append(contentsOf: value[blanks]) }
        return HeaderText.string(output)
    }

    /// The UTF-8 text of the encoded word at `start` and where it ends, or nil when it is not one.
    private static func encodedWord(_ value: [UInt8], at start: Int) -> (text: [UInt8], end: Int)? {
        // =?charset?E?text?=
        let question = UInt8(ascii: "?")
        var index = start + 2
        let charsetStart = index
        while index < value.count, value[index] != question, index - charsetStart < 64 {
            if value[index] <= 0x20 { return nil }
            index += 1
        }
        guard index + 2 < value.count, value[index] == question, index > charsetStart else { return nil }
        var charset = String(decoding: value[charsetStart..<index], as: UTF8.self)
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }  // RFC 2231 language
        let encoding = value[index + 1] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q"), value[index + 2] == question else { return nil }
        let textStart = index + 3
        var textEnd = textStart
        while textEnd + 1 < value.count, !(value[textEnd] == question && value[textEnd + 1] == UInt8(ascii: "=")) {
            if value[textEnd] == 0x20 || value[textEnd] == 0x09 { return nil }
            textEnd += 1
        }
        guard textEnd + 1 < value.count else { return nil }
        let encoded = value[textStart..<textEnd]
        let bytes = encoding == UInt8(ascii: "b") ? Base64Body.decode(encoded) : qDecode(encoded)
        let text = CharsetDecoder.utf8(bytes, charset: charset)
        return (text, textEnd + 2)
    }

    /// The "Q" encoding: "_" is a space, "=XX" a byte.
    private static func qDecode(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "_") {
                output.append(0x20)
            } else if byte == UInt8(ascii: "="), index + 2 < text.endIndex,
                      let high = Hex.value(text[index + 1]), let low = Hex.value(text[index + 2]) {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }
}

/// Header bytes outside encoded words: UTF-8 (RFC 6532), else Windows-1252, the charset
/// of most raw 8-bit headers.
enum HeaderText {
    static func string(_ bytes: [UInt8]) -> String {
        if TextDecoding.firstInvalidOffset(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: CharsetDecoder.utf8(bytes, charset: "windows-1252"), as: UTF8.self)
    }
}

enum Hex {
    static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
