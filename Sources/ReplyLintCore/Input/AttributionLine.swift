// Recognises the line a mail program writes above a quoted message: "On <date>, <name> wrote:"
// (also wrapped over up to three lines, and its French, German, Spanish, Dutch, Italian and
// Portuguese forms) and "<name> wrote:", and reads the sender and date from it.

/// An attribution line (or lines) and what it says about the quoted message.
struct Attribution {
    /// Byte range of the attribution, line breaks included.
    var range: Range<Int>
    var headers: MessageHeaders
    /// Whether a `>`-quoted block follows (after blank lines); if not, the rest of the text is the quote.
    var quoteFollows: Bool
}

enum AttributionLine {
    /// Words that open an attribution: On (en), Le (fr), Am (de), El (es), Op (nl), Il (it), Em (pt).
    static let openers: [[UInt8]] = ["On ", "Le ", "Am ", "El ", "Op ", "Il ", "Em "].map { Array($0.utf8) }
    /// Verbs that end one: "… wrote:", "… a écrit :", "… escribió:", …
    static let closingVerbs: [[UInt8]] = ["wrote", "a écrit", "escribió", "ha scritto", "escreveu", "schrieb", "schreef", "skrev", "napisał",
                                          "написал", "написала", "написал(а)"]
        .map { Array($0.utf8) }
    /// Verbs that stand before the name in German and Dutch: "Am <date> schrieb <name>:".
    static let innerVerbs: [[UInt8]] = [" schrieb ", " schreef "].map { Array($0.utf8) }
    static let maximumLines = 3
    static let maximumLength = 400

    /// The attribution starting at `line`; `previous` is the reply line right above it, which
    /// a wrapped "<name> <address>\nwrote:" attribution takes along.
    static func detect(_ reader: LineReader, at line: TextLine, previous: TextLine? = nil) -> Attribution? {
        let first = reader.text(line)
        guard first.count >= 6 else { return nil }
        let single = detectLines(reader, at: line)
        // "wrote:" alone, or "address> wrote:": the name and address began on the line above.
        if !opened(first), first.last == UInt8(ascii: ":"), let previous,
           single == nil || single?.headers.from.map(isCutShort) ?? true,
           let wrapped = detectWrapped(reader, previous: previous, line: line) {
            return wrapped
        }
        return single
    }

    /// "bob@example.com>": an address whose opening '<' stands on the line before.
    static func isCutShort(_ from: String) -> Bool {
        guard let close = from.firstIndex(of: ">") else { return false }
        return !from[..<close].contains("<")
    }

    static func opened(_ text: LineText) -> Bool {
        openers.contains { opener in
            opener.count <= text.count && text.bytes[text.range.prefix(opener.count)].elementsEqual(opener)
        }
    }

    /// "02.04.2012 14:20 <name> <\naddress> написал:": the line above holds an address or a date,
    /// and reads as the start of the attribution, not as a sentence.
    private static func detectWrapped(_ reader: LineReader, previous: TextLine, line: TextLine) -> Attribution? {
        let above = reader.text(previous)
        guard previous.end == line.start, !above.isEmpty, above.count <= 200, let last = above.last,
              ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(last),
              above.contains(UInt8(ascii: "@")) || (above.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) else { return nil }
        let text = reader.text(line)
        let joined = Array(above.bytes[above.range]) + [0x20] + Array(text.bytes[text.range])
        guard let reading = read(joined, opened: false), joined.contains(UInt8(ascii: "@")) else { return nil }
        return Attribution(range: previous.start..<line.end, headers: reading, quoteFollows: nextContentIsQuoted(reader, after: line))
    }

    private static func detectLines(_ reader: LineReader, at line: TextLine) -> Attribution? {
        let first = reader.text(line)
        let opened = opened(first)
        var lines = [line]
        if opened {
            // Mail programs wrap a long attribution: look for the line that ends in ':'.
            while reader.text(lines[lines.count - 1]).last != UInt8(ascii: ":") {
                guard lines.count < maximumLines, let next = reader.line(after: lines[lines.count - 1]) else { return nil }
                let text = reader.text(next)
                if text.isEmpty || reader.quotePrefix(next).depth > 0 || next.end - line.start > maximumLength { return nil }
                lines.append(next)
            }
        } else if first.last != UInt8(ascii: ":") || first.count > 200 {
            return nil
        }
        var joined: [UInt8] = []
        for piece in lines {
            let text = reader.text(piece)
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: text.bytes[text.range])
        }
        guard let reading = read(joined, opened: opened) ?? readDated(joined, opened: opened) else { return nil }
        let range = line.start..<lines[lines.count - 1].end
        let quoteFollows = nextContentIsQuoted(reader, after: lines[lines.count - 1])
        // Without a date or an address an attribution is too easily a sentence of the reply
        // ("On Monday the team wrote:"): then only a quoted block below makes it one.
        let looksLikeHeader = joined.contains(UInt8(ascii: "@")) || opened && joined.contains { $0 >= 0x30 && $0 <= 0x39 }
        guard quoteFollows || looksLikeHeader else { return nil }
        return Attribution(range: range, headers: reading, quoteFollows: quoteFollows)
    }

    /// The sender and date an attribution names, or nil when it is not one.
    static func read(_ joined: [UInt8], opened: Bool) -> MessageHeaders? {
        var core = LineText(joined, 0..<joined.count)
        guard core.last == UInt8(ascii: ":") else { return nil }
        core = LineText(joined, core.range.lowerBound..<core.range.upperBound - 1)
        let start = opened ? 3 : 0
        for verb in closingVerbs where core.hasSuffix(verb) {
            let verbStart = core.range.upperBound - verb.count
            if verbStart > start, LineText.isLetter(joined[verbStart - 1]) { continue }
            let middle = Array(joined[start..<max(start, verbStart)])
            if !opened, middle.first.map({ $0 < 0x30 || $0 > 0x39 }) ?? true { return MessageHeaders(from: sender(middle[...])) }
            let split = dateEnd(middle)
            let date = clean(middle[..<split])
            return MessageHeaders(from: sender(middle[split...]), date: date, sentAt: date.flatMap(MailDate.parse))
        }
        guard opened else { return nil }
        for verb in innerVerbs {
            guard let at = firstIndex(of: verb, in: joined, from: start, before: core.range.upperBound) else { continue }
            let date = clean(joined[start..<at])
            return MessageHeaders(from: sender(joined[(at + verb.count)..<core.range.upperBound]), date: date,
                                  sentAt: date.flatMap(MailDate.parse))
        }
        return nil
    }

    /// "26.06.2014, 14:41, "Alexander L" <abc@example.com>:" and "Thu, 26 Jun 2014 14:00:51 +0400 от
    /// Alexander L <abc@example.com>:" (Yandex, Mail.ru): a date with a time, then an address, then ':'.
    static func readDated(_ joined: [UInt8], opened: Bool) -> MessageHeaders? {
        guard !opened, joined.count >= 3, joined[joined.count - 1] == UInt8(ascii: ":"), joined[joined.count - 2] == UInt8(ascii: ">"),
              joined.contains(UInt8(ascii: "@")) else { return nil }
        let split = dateEnd(joined)
        guard split > 0, joined[..<split].contains(UInt8(ascii: ":")) else { return nil }
        let date = clean(joined[..<split])
        return MessageHeaders(from: clean(joined[split..<(joined.count - 1)]), date: date, sentAt: date.flatMap(MailDate.parse))
    }

    /// Where the date part of "Tue, Apr 29, 2014 at 4:22 PM, Example Dev <dev@example.com>" ends:
    /// after the last time, year, AM/PM or zone before the name's address or quotes.
    static func dateEnd(_ text: [UInt8]) -> Int {
        var end = 0
        var index = 0
        let count = text.count
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < count {
            let byte = text[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") { break }
            if isDigit(byte) {
                var next = index
                while next < count, isDigit(text[next]) { next += 1 }
                if next + 1 < count, text[next] == UInt8(ascii: ":"), isDigit(text[next + 1]) {
                    next += 1
                    while next < count, isDigit(text[next]) || text[next] == UInt8(ascii: ":") { next += 1 }
                    end = next
                } else if next - index == 4 {
                    end = next
                }
                index = next
            } else if LineText.isLetter(byte) {
                var next = index
                var word: [UInt8] = []
                while next < count, LineText.isLetter(text[next]) || text[next] == UInt8(ascii: ".") {
                    if text[next] != UInt8(ascii: ".") { word.append(LineText.lower(text[next])) }
                    next += 1
                }
                let folded = String(decoding: word, as: UTF8.self)
                if folded == "am" || folded == "pm" || folded == "uhr" || MailDate.zones[folded] != nil { end = next }
                index = next
            } else {
                index += 1
            }
        }
        return end
    }

    /// The sender an attribution names: an address, or words that read as a name. "Here is
    /// what you wrote:" above a quote names nobody, and a rule comparing names must not see "Here".
    static func sender(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let text = clean(bytes) else { return nil }
        let folded = Array(text.utf8)
        if folded.contains(UInt8(ascii: "@")) { return text }
        let line = LineText(folded, 0..<folded.count)
        return SignatureLine.isName(line, words: line.wordCount) ? text : nil
    }

    /// Text with blanks collapsed and stray commas trimmed; nil when nothing is left.
    static func clean(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        var pendingSpace = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            // Left-to-right and right-to-left marks that Windows Mail scatters through dates.
            if byte == 0xE2, index + 1 < bytes.endIndex, bytes[index] == 0x80, bytes[index + 1] == 0x8E || bytes[index + 1] == 0x8F {
                index += 2
                continue
            }
            if LineText.isBlank(byte) || byte == 0x0A {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        while let first = out.first, first == UInt8(ascii: ",") || first == 0x20 { out.removeFirst() }
        while let last = out.last, last == UInt8(ascii: ",") || last == 0x20 { out.removeLast() }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        guard end - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= end {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Whether the first non-blank line after `line` (within a few lines) is `>`-quoted.
    static func nextContentIsQuoted(_ reader: LineReader, after line: TextLine) -> Bool {
        var current = line
        for _ in 0..<8 {
            guard let next = reader.line(after: current) else { return false }
            if reader.quotePrefix(next).depth > 0 { return true }
            if !reader.text(next).isEmpty { return false }
            current = next
        }
        return false
    }
}
