// Sentence boundaries over tokens: after . ! ? (outside abbreviations) when
// white space follows, at blank lines, and before list bullets on a new line.

enum Sentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "inc", "ltd", "jr", "sr", "approx", "dept", "est",
        "fig", "co", "corp", "ave", "apt", "p.s", "e.g", "i.e", "a.m", "p.m",
    ]

    static func split(_ tokens: [Token], _ bytes: [UInt8]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if index > start, startsNewBlock(token, bytes) {
                sentences.append(start..<index)
                start = index
            }
            if token.kind == .punctuation, isTerminal(token, bytes) {
                // Take the whole run: "?!", "...", "!!!", and a closing quote or bracket.
                var end = index + 1
                while end < tokens.count, !tokens[end].flags.contains(.spaceBefore), tokens[end].kind == .punctuation || tokens[end].kind == .symbol {
                    end += 1
                }
                let next = end < tokens.count ? tokens[end] : nil
                if let next, !next.flags.contains(.spaceBefore) {
                    index = end
                    continue
                }
                if bytes[Int(token.start)] == UInt8(ascii: "."), end == index + 1, index > start,
                   isAbbreviation(tokens[index - 1], bytes), let next, !next.flags.contains(.newlineBefore) {
                    index = end
                    continue
                }
                sentences.append(start..<end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
    private static let bullet: [UInt8] = [0xE2, 0x80, 0xA2]

    private static func isTerminal(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let byte = bytes[Int(token.start)]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return true }
        return bytes[token.range].elementsEqual(ellipsis)
    }

    /// A paragraph break, or a new line that starts a list item.
    private static func startsNewBlock(_ token: Token, _ bytes: [UInt8]) -> Bool {
        if token.flags.contains(.blankLineBefore) { return true }
        guard token.flags.contains(.newlineBefore) else { return false }
        if token.kind == .punctuation || token.kind == .symbol {
            let byte = bytes[Int(token.start)]
            return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ">") || bytes[token.range].elementsEqual(bullet)
        }
        return false
    }

    private static func isAbbreviation(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .word, token.length <= 6 else { return false }
        let word = String(decoding: bytes[token.range], as: UTF8.self).lowercased()
        return abbreviations.contains(word) || (token.length == 1 && token.flags.contains(.allCaps))
    }
}
