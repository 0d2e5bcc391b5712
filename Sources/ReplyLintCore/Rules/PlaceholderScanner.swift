// Finds unfilled placeholders and merge tags in visible text: the syntaxes of
// ../shared/placeholders.md, by a byte scan (brackets, braces, merge tags) and a
// token scan (filler words, empty name slots).

public enum PlaceholderSyntax: String, Sendable {
    case squareBrackets, doubleSquareBrackets, angleBrackets, chevrons
    case doubleBraces, bracePercent, braceBang, singleBraces
    case starPipe, dashes, percentBraces, hashBraces, percent, dollarBraces, dollar
    case filler, emptySlot

    /// Syntaxes a template engine uses for its variables, as opposed to text left for a human.
    public var isMergeTag: Bool {
        switch self {
        case .squareBrackets, .angleBrackets, .chevrons, .filler, .emptySlot: return false
        default: return true
        }
    }
}

public struct Placeholder: Sendable {
    public var range: Range<Int>
    public var syntax: PlaceholderSyntax
}

public struct PlaceholderScanner: Sendable {
    /// Words that make bracketed text a slot to fill ("name", "order", "insert").
    var keywords: Set<String>
    /// Bracketed tags that are not slots ("[EXTERNAL]", "[sic]").
    var tags: Set<String>
    /// Words that open a greeting, for empty name slots ("Hi ,").
    var greetings: Set<String>
    /// HTML element names: "<b>" in plain text is markup, not a slot.
    var htmlTags: Set<String>

    static let maximumLength = 80

    public func scan(_ analysis: TextAnalysis) -> [Placeholder] {
        var found = analysis.bytes.withUnsafeBufferPointer { scanBytes($0) }
        found += scanTokens(analysis)
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Keep the outermost of overlapping finds ("[[MISSING TOKEN x]]" holds "[x]").
        var result: [Placeholder] = []
        for placeholder in found {
            if let last = result.last, last.range.overlaps(placeholder.range) {
                if placeholder.range.count > last.range.count { result[result.count - 1] = placeholder }
                continue
            }
            result.append(placeholder)
        }
        return result
    }

    // MARK: Byte scan

    private func scanBytes(_ text: UnsafeBufferPointer<UInt8>) -> [Placeholder] {
        var found: [Placeholder] = []
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            var match: Placeholder?
            switch byte {
            case UInt8(ascii: "["): match = squareBrackets(text, index)
            case UInt8(ascii: "{"): match = braces(text, index)
            case UInt8(ascii: "<"): match = angleBrackets(text, index)
            case UInt8(ascii: "*"): match = starPipe(text, index)
            case UInt8(ascii: "%"): match = percent(text, index)
            case UInt8(ascii: "#"): match = prefixedBraces(text, index, .hashBraces)
            case UInt8(ascii: "$"): match = dollar(text, index)
            case UInt8(ascii: "-"): match = dashes(text, index)
            case 0xC2 where index + 1 < count && text[index + 1] == 0xAB: match = chevrons(text, index)
            default: break
            }
            if let match {
                found.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Index of `closer` after `start` on the same line and within reach, or nil.
    private func find(_ closer: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int = maximumLength, stopAt opener: UInt8? = nil) -> Int? {
        var index = start
        let end = min(text.count, start + limit)
        while index + closer.count <= end {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D { return nil }
            if let opener, byte == opener { return nil }
            if byte == closer[0] {
                var same = true
                for offset in 1..<closer.count where text[index + offset] != closer[offset] {
                    same = false
                    break
                }
                if same { return index }
            }
            index += 1
        }
        return nil
    }

    private func content(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    private func squareBrackets(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        if start + 1 < text.count, text[start + 1] == UInt8(ascii: "[") {
            guard let close = find([0x5D, 0x5D], in: text, from: start + 2, limit: 200) else { return nil }
            let inner = content(text, start + 2..<close).trimmingSpaces
            guard !inner.isEmpty, !inner.allSatisfy(\.isNumber) else { return nil }
            return Placeholder(range: start..<close + 2, syntax: .doubleSquareBrackets)
        }
        if start > 0, text[start - 1] == UInt8(ascii: "!") { return nil }   // Markdown image
        guard let close = find([0x5D], in: text, from: start + 1, stopAt: UInt8(ascii: "[")) else { return nil }
        if close + 1 < text.count {
            let next = text[close + 1]
            // Markdown links "[text](url)", "[text][1]" and reference definitions "[1]: url".
            if next == UInt8(ascii: "(") || next == UInt8(ascii: "[") || next == UInt8(ascii: ":") { return nil }
        }
        let inner = content(text, start + 1..<close)
        guard isSlot(inner) else { return nil }
        return Placeholder(range: start..<close + 1, syntax: .squareBrackets)
    }

    /// Whether bracketed text is a slot for a human to fill rather than a footnote, tag or aside.
    func isSlot(_ inner: String) -> Bool {
        let text = inner.trimmingSpaces
        guard !text.isEmpty, text.count <= 60 else { return false }
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "#" && $0 != "_" })
        guard !words.isEmpty, words.count <= 8 else { return false }
        if tags.contains(lower) || tags.contains(String(words[0])) { return false }
        if lower.hasPrefix("if ") || lower == "endif" || lower.hasPrefix("if mso") { return false }
        let leading = String(words[0])
        if leading == "insert" || leading == "enter" || leading == "add" { return true }
        // Links, addresses and attachment notes are not slots.
        if text.contains(where: { $0 == ":" || $0 == "/" || $0 == "@" || $0 == "=" || $0 == "\"" }) { return false }
        if text.contains("#"), words.count <= 4 { return true }
        return words.contains { keywords.contains(String($0)) }
    }

    private func braces(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        guard start + 1 < text.count else { return nil }
        let next = text[start + 1]
        if next == UInt8(ascii: "{") {
            if let close = find([0x7D, 0x7D], in: text, from: start + 2, limit: 200) {
                var end = close + 2
                if end < text.count, text[end] == UInt8(ascii: "}") { end += 1 }   // {{{raw}}}
                return Placeholder(range: start..<end, syntax: .doubleBraces)
            }
            // "{{name}" is a broken merge tag, still not something to send.
            if let close = find([0x7D], in: text, from: start + 2, limit: 60) {
                return Placeholder(range: start..<close + 1, syntax: .doubleBraces)
            }
            return nil
        }
        if next == UInt8(ascii: "%") {
            guard let close = find([0x25, 0x7D], in: text, from: start + 2, limit: 200) else { return nil }
            return Placeholder(range: start..<close + 2, syntax: .bracePercent)
        }
        if next == UInt8(ascii: "!") {
            guard let close = find([0x7D], in: text, from: start + 2),
                  isIdentifier(content(text, start + 2..<close), extra: ".") else { return nil }
            return Placeholder(range: start..<close + 1, syntax: .braceBang)
        }
        guard let close = find([0x7D], in: text, from: start + 1, stopAt: UInt8(ascii: "{")) else { return nil }
        let inner = content(text, start + 1..<close)
        // "{first_name}", "{contactfield=firstname|there}"; not JSON or prose.
        let name = inner.split(separator: "=", maxSplits: 1).first.map(String.init) ?? inner
        guard isIdentifier(name, extra: "._"), name.contains(where: \.isLetter) else { return nil }
        if inner.contains("=") {
            let value = inner.split(separator: "=", maxSplits: 1).last ?? ""
            guard !value.contains(" ") || value.contains("|") else { return nil }
        }
        return Placeholder(range: start..<close + 1, syntax: .singleBraces)
    }

    private func prefixedBraces(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ syntax: PlaceholderSyntax) -> Placeholder? {
        guard start + 1 < text.count, text[start + 1] == UInt8(ascii: "{"),
              let close = find([0x7D], in: text, from: start + 2) else { return nil }
        let inner = content(text, start + 2..<close).trimmingSpaces
        guard !inner.isEmpty, isIdentifier(inner, extra: "._ |,=") else { return nil }
        return Placeholder(range: start..<close + 1, syntax: syntax)
    }

    private func angleBrackets(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        guard let close = find([0x3E], in: text, from: start + 1, limit: 60, stopAt: UInt8(ascii: "<")) else { return nil }
        let inner = content(text, start + 1..<close).trimmingSpaces
        guard let first = inner.first, first.isLetter else { return nil }   // "</p>", "<3", "<!-- -->"
        if inner.contains(where: { ":@/=\"'.".contains($0) }) { return nil }
        let lower = inner.lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "_" })
        if words.count == 1, htmlTags.contains(lower) { return nil }
        if inner.hasPrefix("OTRS_") { return Placeholder(range: start..<close + 1, syntax: .angleBrackets) }
        guard words.count <= 6 else { return nil }
        let capitals = inner.filter(\.isLetter).allSatisfy(\.isUppercase) && inner.filter(\.isLetter).count >= 2
        let titled = inner.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
        let keyword = words.contains { keywords.contains(String($0)) }
        guard keyword && (capitals || titled || inner.contains("_")) || (capitals && inner.contains("_")) else { return nil }
        return Placeholder(range: start..<close + 1, syntax: .angleBrackets)
    }

    private func chevrons(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        guard let close = find([0xC2, 0xBB], in: text, from: start + 2, limit: 60) else { return nil }
        let inner = content(text, start + 2..<close)
        guard isIdentifier(inner, extra: "_"), inner.count >= 2 else { return nil }
        let camel = inner.dropFirst().contains(where: \.isUppercase) || inner.contains("_")
        guard camel || keywords.contains(inner.lowercased()) else { return nil }
        return Placeholder(range: start..<close + 2, syntax: .chevrons)
    }

    private func starPipe(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        guard start + 1 < text.count, text[start + 1] == UInt8(ascii: "|"),
              let close = find([0x7C, 0x2A], in: text, from: start + 2) else { return nil }
        let inner = content(text, start + 2..<close)
        guard !inner.isEmpty, isIdentifier(inner, extra: "_:-. ") else { return nil }
        return Placeholder(range: start..<close + 2, syntax: .starPipe)
    }

    private func percent(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        if start > 0, isWordByte(text[start - 1]) { return nil }   // "50%"
        if start + 1 < text.count, text[start + 1] == UInt8(ascii: "{") {
            return prefixedBraces(text, start, .percentBraces)
        }
        guard let close = find([0x25], in: text, from: start + 1, limit: 40) else { return nil }
        let inner = content(text, start + 1..<close)
        guard inner.count >= 2, isIdentifier(inner, extra: "_."), inner.first!.isLetter else { return nil }
        if close + 1 < text.count, isWordByte(text[close + 1]) { return nil }
        return Placeholder(range: start..<close + 1, syntax: .percent)
    }

    private func dollar(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        guard start + 1 < text.count else { return nil }
        if text[start + 1] == UInt8(ascii: "{") {
            guard let close = find([0x7D], in: text, from: start + 2) else { return nil }
            return Placeholder(range: start..<close + 1, syntax: .dollarBraces)
        }
        if start > 0, isWordByte(text[start - 1]) { return nil }
        guard let close = find([0x24], in: text, from: start + 1, limit: 40) else { return nil }
        let inner = content(text, start + 1..<close)
        guard inner.count >= 2, isIdentifier(inner, extra: "_"), inner.first!.isLetter else { return nil }
        return Placeholder(range: start..<close + 1, syntax: .dollar)
    }

    /// SendGrid's "-first_name-", standing alone.
    private func dashes(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Placeholder? {
        if start > 0, !isSpaceOrOpener(text[start - 1]) { return nil }
        guard let close = find([0x2D], in: text, from: start + 1, limit: 32) else { return nil }
        let inner = content(text, start + 1..<close)
        guard inner.count >= 3, inner.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "_" }) else { return nil }
        guard inner.contains("_") || keywords.contains(inner) else { return nil }
        if close + 1 < text.count, isWordByte(text[close + 1]) { return nil }
        return Placeholder(range: start..<close + 1, syntax: .dashes)
    }

    private func isIdentifier(_ text: String, extra: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || extra.contains($0) }
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    private func isSpaceOrOpener(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: "(")
    }

    // MARK: Token scan: filler words and empty slots

    private func scanTokens(_ analysis: TextAnalysis) -> [Placeholder] {
        var found: [Placeholder] = []
        let tokens = analysis.tokens
        let bytes = analysis.bytes
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            if token.kind == .word, token.flags.contains(.allCaps), token.length <= 12 {
                let word = analysis.string(token)
                if let end = xRun(from: index, analysis) {
                    // "$XX.XX": the currency sign belongs to the slot.
                    var start = Int(token.start)
                    if index > 0, !token.flags.contains(.spaceBefore), tokens[index - 1].kind == .symbol { start = Int(tokens[index - 1].start) }
                    found.append(Placeholder(range: start..<Int(tokens[end - 1].end), syntax: .filler))
                    index = end - 1
                    continue
                }
                if word == "TBD" || word == "FILLIN" || word == "TK" && standsAlone(index, analysis) {
                    found.append(Placeholder(range: token.range, syntax: .filler))
                } else if word == "FILL", index + 1 < tokens.count, analysis.string(tokens[index + 1]) == "IN" {
                    found.append(Placeholder(range: Int(token.start)..<Int(tokens[index + 1].end), syntax: .filler))
                }
                continue
            }
            if token.kind == .symbol, bytes[Int(token.start)] == UInt8(ascii: "#") {
                if index > 0, let slot = emptyNumberSlot(at: index, analysis) {
                    found.append(Placeholder(range: slot, syntax: .emptySlot))
                }
                continue
            }
            guard token.kind == .word, token.length <= 9 else { continue }
            let first = bytes[Int(token.start)] | 0x20
            if first == UInt8(ascii: "l"), token.length == 5, index + 1 < tokens.count,
               analysis.folded(token) == "lorem", analysis.folded(tokens[index + 1]) == "ipsum" {
                found.append(Placeholder(range: Int(token.start)..<Int(tokens[index + 1].end), syntax: .filler))
            } else if index + 1 < tokens.count, tokens[index + 1].kind == .punctuation,
                      bytes[Int(tokens[index + 1].start)] == UInt8(ascii: ","),
                      greetings.contains(analysis.folded(token)), let slot = emptyNameSlot(after: index, analysis) {
                found.append(Placeholder(range: Int(token.start)..<slot, syntax: .emptySlot))
            }
        }
        return found
    }

    /// "XXX", "XX/XX/XXXX", "$XX.XX": capital X's, alone or joined by / - . : (returns the end token).
    private func xRun(from start: Int, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        func isX(_ token: Token) -> Bool {
            let bytes = analysis.bytes[token.range]
            return token.kind == .word && bytes.allSatisfy { $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: ".") }
                && bytes.filter { $0 == UInt8(ascii: "X") }.count >= 2
        }
        guard isX(tokens[start]) else { return nil }
        var end = start + 1
        var groups = 1
        while end + 1 < tokens.count, !tokens[end].flags.contains(.spaceBefore), tokens[end].kind != .word,
              "/-.:".utf8.contains(analysis.bytes[Int(tokens[end].start)]),
              !tokens[end + 1].flags.contains(.spaceBefore), isX(tokens[end + 1]) {
            end += 2
            groups += 1
        }
        // A word glued on ("XXX-Large") makes it a name, not a slot.
        if end < tokens.count, !tokens[end].flags.contains(.spaceBefore), tokens[end].kind != .word,
           end + 1 < tokens.count, !tokens[end + 1].flags.contains(.spaceBefore), tokens[end + 1].kind == .word {
            return nil
        }
        let dotted = analysis.bytes[tokens[start].range].contains(UInt8(ascii: "."))
        return groups > 1 || dotted || tokens[start].length >= 3 ? end : nil
    }

    /// Not part of a capitalised name ("TK Maxx").
    private func standsAlone(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].flags.contains(.capitalized),
           !tokens[index + 1].flags.contains(.newlineBefore) { return false }
        if index > 0, tokens[index - 1].kind == .word, tokens[index - 1].flags.contains(.capitalized),
           !tokens[index].flags.contains(.newlineBefore) { return false }
        return true
    }

    /// "Hi ," or "Dear," at the start of a line: a greeting whose name was never filled in.
    private func emptyNameSlot(after index: Int, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        guard index + 1 < tokens.count else { return nil }
        let greeting = tokens[index]
        guard index == 0 || greeting.flags.contains(.newlineBefore) else { return nil }
        let next = tokens[index + 1]
        guard next.kind == .punctuation, analysis.bytes[Int(next.start)] == UInt8(ascii: ",") else { return nil }
        let word = analysis.folded(greeting)
        // "Hi," alone is a fine greeting; "Hi ," and "Dear," are not.
        guard next.flags.contains(.spaceBefore) || word == "dear" else { return nil }
        return Int(next.end)
    }

    /// "order # " with nothing after the sign.
    private func emptyNumberSlot(at index: Int, _ analysis: TextAnalysis) -> Range<Int>? {
        let tokens = analysis.tokens
        let previous = analysis.folded(tokens[index - 1])
        guard ["order", "number", "ticket", "case", "invoice", "tracking", "reference", "no", "no."].contains(previous) else { return nil }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.kind == .number || next.flags.contains(.hasDigit) { return nil }
            if next.kind == .word, !next.flags.contains(.spaceBefore) { return nil }
            if next.kind == .word, next.flags.contains(.allCaps) || next.flags.contains(.capitalized) { return nil }
        }
        return Int(tokens[index - 1].start)..<Int(tokens[index].end)
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
