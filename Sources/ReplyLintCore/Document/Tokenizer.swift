// Splits a visible text into tokens in one pass over its bytes. Words keep inner
// apostrophes and dots ("don't", "U.S", "file.txt"); numbers keep inner separators
// ("1,000.50", "11/24/2026"); URLs and e-mail addresses are one token each.

public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    /// Tokens of `buffer`, with offsets from its start.
    static func tokenize(_ buffer: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(buffer.count / 4 + 4)
        var scanner = Scanner(buffer: buffer)
        scanner.run(into: &tokens)
        return tokens
    }
}

private struct Scanner {
    let buffer: UnsafeBufferPointer<UInt8>
    /// Read once: a global table costs a lazy-initialisation check on every use. Indexed
    /// only with bytes below 0x80.
    let ascii = Characters.asciiTable
    var index = 0
    var pending: TokenFlags = [.spaceBefore]
    var newlines = 0

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    @inline(__always)
    func classAt(_ position: Int) -> (CharacterClass, Int) {
        let byte = buffer[position]
        if byte < 0x80 { return (ascii[Int(byte)], 1) }
        let (scalar, length) = Characters.decode(buffer, at: position)
        return (Characters.classify(scalar), length)
    }

    mutating func run(into tokens: inout [Token]) {
        let count = buffer.count
        while index < count {
            // A space and a lower-case letter, the commonest bytes, are told apart before the
            // switch over every class (a jump the processor mispredicts often).
            let byte = buffer[index]
            if byte == 0x20 {
                pending.insert(.spaceBefore)
                index += 1
                continue
            }
            if byte &- UInt8(ascii: "a") < 26 {
                if let end = urlEnd(from: index) {
                    emit(index, end, .url, into: &tokens)
                } else {
                    scanWord(into: &tokens)
                }
                continue
            }
            let (cls, length) = classAt(index)
            switch cls {
            case .space, .joinerMark:
                pending.insert(.spaceBefore)
                index += length
            case .newline:
                // CRLF counts once.
                if buffer[index] == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                newlines += 1
                pending.insert([.spaceBefore, .newlineBefore])
                if newlines >= 2 { pending.insert(.blankLineBefore) }
                index += length
            case .letter, .digit:
                if let end = urlEnd(from: index) {
                    emit(index, end, .url, into: &tokens)
                } else {
                    scanWord(into: &tokens)
                }
            case .punctuation, .apostrophe:
                emit(index, index + length, .punctuation, into: &tokens)
            case .symbol:
                if buffer[index] == UInt8(ascii: "@"), mergeEmail(into: &tokens) { continue }
                var end = index + length
                // Modifiers belong to the emoji before them; a zero-width joiner also
                // takes the emoji after it ("👨‍👩‍👧" is one symbol).
                var joined = false
                while end < count {
                    let (next, nextLength) = classAt(end)
                    if next == .joinerMark {
                        joined = buffer[end] == 0xE2 && nextLength == 3
                        end += nextLength
                    } else if joined, next == .symbol {
                        joined = false
                        end += nextLength
                    } else {
                        break
                    }
                }
                emit(index, end, .symbol, into: &tokens)
            }
        }
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, flags extra: TokenFlags = [], into tokens: inout [Token]) {
        var flags = pending
        flags.formUnion(extra)
        tokens.append(Token(start: start, end: end, kind: kind, flags: flags))
        pending = []
        newlines = 0
        index = end
    }

    /// A letter or digit run with its inner joiners.
    mutating func scanWord(into tokens: inout [Token]) {
        let count = buffer.count
        let start = index
        var position = index
        var letters = 0
        var upper = 0
        var lower = 0
        var digits = 0
        var nonASCII = false
        var dotted = false
        var firstUpper: Bool?
        while position < count {
            // Runs of lower-case ASCII letters, most of every word, in a loop of their own.
            let run = position
            while position < count, buffer[position] &- UInt8(ascii: "a") < 26 { position += 1 }
            if position > run {
                letters += position - run
                lower += position - run
                if firstUpper == nil { firstUpper = false }
                continue
            }
            let byte = buffer[position]
            if byte < 0x80 {
                switch ascii[Int(byte)] {
                case .letter:
                    letters += 1
                    let isUpper = byte < 0x61
                    if isUpper { upper += 1 } else { lower += 1 }
                    if firstUpper == nil { firstUpper = isUpper }
                    position += 1
                    continue
                case .digit:
                    digits += 1
                    position += 1
                    continue
                default:
                    break
                }
                // Inner joiners: an apostrophe between letters, a dot between
                // alphanumerics, separators between digits.
                guard position + 1 < count, position > start else { break }
                let next = buffer[position + 1]
                let nextClass: CharacterClass = next < 0x80 ? ascii[Int(next)] : .letter
                let previous = ascii[Int(buffer[position - 1] < 0x80 ? buffer[position - 1] : 0x61)]
                if byte == UInt8(ascii: "'"), previous == .letter, nextClass == .letter {
                    position += 1
                    continue
                }
                if byte == UInt8(ascii: "."), previous != .punctuation, nextClass == .letter || nextClass == .digit {
                    dotted = dotted || letters > 0 || nextClass == .letter
                    position += 1
                    continue
                }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-"),
                   previous == .digit, nextClass == .digit, letters == 0 {
                    position += 1
                    continue
                }
                break
            } else {
                let (scalar, length) = Characters.decode(buffer, at: position)
                let cls = Characters.classify(scalar)
                if cls == .letter {
                    letters += 1
                    nonASCII = true
                    if firstUpper == nil { firstUpper = false }
                    position += length
                    continue
                }
                if cls == .apostrophe, position > start, position + length < count,
                   buffer[position - 1] >= 0x41, isLetter(at: position + length) {
                    nonASCII = true
                    position += length
                    continue
                }
                break
            }
        }
        var flags: TokenFlags = []
        if nonASCII { flags.insert(.nonASCII) }
        if digits > 0 { flags.insert(.hasDigit) }
        if dotted { flags.insert(.dotted) }
        if letters > 0 {
            flags.insert(.hasLetter)
            if upper > 0, lower == 0 { flags.insert(.allCaps) }
            if firstUpper == true { flags.insert(.capitalized) }
        }
        emit(start, position, letters > 0 ? .word : .number, flags: flags, into: &tokens)
    }

    func isLetter(at position: Int) -> Bool {
        guard position < buffer.count else { return false }
        return classAt(position).0 == .letter
    }

    /// At an "@" glued to the word before it: if a domain follows, the glued run
    /// before it ("jo.doe+x") and the domain become one e-mail token.
    mutating func mergeEmail(into tokens: inout [Token]) -> Bool {
        guard !pending.contains(.spaceBefore), let last = tokens.last, last.kind == .word || last.kind == .number else { return false }
        let count = buffer.count
        var position = index + 1
        var sawDot = false
        while position < count, isDomainByte(buffer[position]) {
            if buffer[position] == UInt8(ascii: ".") { sawDot = true }
            position += 1
        }
        while position > index + 1, buffer[position - 1] == UInt8(ascii: ".") || buffer[position - 1] == UInt8(ascii: "-") {
            position -= 1
        }
        guard sawDot, position > index + 3 else { return false }
        // Walk back over the local part: tokens glued together with . _ % + -
        var first = tokens.count - 1
        while first > 0, !tokens[first].flags.contains(.spaceBefore) {
            let previous = tokens[first - 1]
            let glue = previous.kind == .punctuation || previous.kind == .symbol
            if glue, previous.length == 1, isLocalPartByte(buffer[Int(previous.start)]) {
                first -= 1
            } else if previous.kind == .word || previous.kind == .number {
                first -= 1
            } else {
                break
            }
        }
        while first < tokens.count - 1, tokens[first].kind != .word && tokens[first].kind != .number { first += 1 }
        let flags = tokens[first].flags.intersection([.spaceBefore, .newlineBefore, .blankLineBefore])
        let start = Int(tokens[first].start)
        tokens.removeSubrange(first...)
        tokens.append(Token(start: start, end: position, kind: .email, flags: flags))
        pending = []
        newlines = 0
        index = position
        return true
    }

    static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www.", "ftp://", "mailto:"].map { Array($0.utf8) }

    func urlEnd(from start: Int) -> Int? {
        // The first two letters of a prefix (ht, ww, ft, ma) turn away nearly every word
        // before the prefixes are compared ("we", "have", "from" and "my" are common).
        let count = buffer.count
        guard start + 1 < count else { return nil }
        let first = buffer[start] | 0x20
        let second = buffer[start + 1] | 0x20
        guard first == UInt8(ascii: "h") && second == UInt8(ascii: "t") || first == UInt8(ascii: "w") && second == UInt8(ascii: "w")
            || first == UInt8(ascii: "f") && second == UInt8(ascii: "t") || first == UInt8(ascii: "m") && second == UInt8(ascii: "a") else {
            return nil
        }
        var matched = false
        for prefix in Scanner.urlPrefixes where start + prefix.count < count {
            var same = true
            for offset in 0..<prefix.count where buffer[start + offset] | 0x20 != prefix[offset] | 0x20 {
                same = false
                break
            }
            if same {
                matched = true
                break
            }
        }
        guard matched else { return nil }
        var position = start
        while position < count {
            let byte = buffer[position]
            if byte <= 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") { break }
            if byte >= 0x80 {
                let (scalar, _) = Characters.decode(buffer, at: position)
                let cls = Characters.classify(scalar)
                if cls == .space || cls == .newline || scalar == 0x201C || scalar == 0x201D { break }
            }
            position += 1
        }
        // Trailing punctuation belongs to the sentence, not the URL.
        while position > start, let last = Optional(buffer[position - 1]),
              last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":")
                || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: ")") || last == UInt8(ascii: "]")
                || last == UInt8(ascii: "'") {
            position -= 1
        }
        return position > start + 4 ? position : nil
    }

    func isLocalPartByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    func isDomainByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
