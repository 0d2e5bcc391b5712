// Finds where the signature starts at the end of a reply: at a "-- " line, a "Sent from my
// iPhone" line, a sign-off with a short name block below it, a name with contact details, a
// "-Name" line, or a rule above a footer. Only the last lines are read, so it costs nothing
// on long texts; every candidate must leave reply text above it and no sentences below it.

enum SignatureDetector {
    /// How many lines from the end a signature may start.
    static let tailLines = 60

    /// Offset in `bytes` where the signature starts, or nil.
    static func start(in bytes: [UInt8]) -> Int? {
        guard let firstContent = bytes.firstIndex(where: { !LineText.isBlank($0) && $0 != 0x0A }) else { return nil }
        let reader = LineReader(bytes: bytes)
        let lines = tail(reader)
        guard !lines.isEmpty else { return nil }

        // What follows each line: how many non-blank lines, the longest, whether any is prose or contact details.
        var below = [Below](repeating: Below(), count: lines.count + 1)
        for index in stride(from: lines.count - 1, through: 0, by: -1) {
            var next = below[index + 1]
            let line = lines[index]
            if line.kind != .blank {
                next.lines += 1
                next.longest = max(next.longest, line.length)
                next.prose = next.prose || line.isProse
                next.contact = next.contact || line.isContact
                next.firstKind = line.kind
                next.first = index
            }
            below[index] = next
        }

        for (index, line) in lines.enumerated() {
            let after = below[index + 1]
            let textAbove = firstContent < line.line.start
            switch line.kind {
            case .delimiter:
                if after.lines >= 1, after.lines <= 25 { return line.line.start }
            case .mobile:
                if after.lines <= 4, !after.prose { return nameBlockStart(lines, above: index, firstContent: firstContent) }
            case .signOff:
                if textAbove, after.lines >= 1, after.lines <= 8, !after.prose, after.longest <= 80,
                   let first = after.first, lines[first].isName || isSigner(lines[first]) {
                    return line.line.start
                }
            case .dashedName:
                // "-Refund\n-Replacement" is a list: a dashed name stands alone.
                let aboveKind = lines[..<index].last { $0.kind != .blank }?.kind
                if textAbove, after.lines <= 10, !after.prose, after.longest <= 100, after.firstKind != .dashedName,
                   aboveKind != .dashedName {
                    return line.line.start
                }
            case .rule:
                if textAbove, after.lines >= 1, after.lines <= 15, !after.prose, after.longest <= 100 { return line.line.start }
            case .other:
                // A name opening the last paragraph, with an address, a web site or a phone number below.
                let opensParagraph = index > 0 && lines[index - 1].kind == .blank
                let above = lines[..<index].last { $0.kind != .blank }
                let ledInto = above?.endsWith([UInt8(ascii: ":"), UInt8(ascii: ",")]) ?? false
                if textAbove, opensParagraph, !ledInto, line.isName, index + 1 < lines.count, lines[index + 1].kind != .blank,
                   after.lines <= 7, after.contact, !after.prose, after.longest <= SignatureLine.longestContactLine {
                    return line.line.start
                }
                // A name alone in the last paragraph ("…\n\nBob"), or right under a finished sentence;
                // not the last line of an address ("12 High Street\nLondon") or of a list.
                if textAbove, after.lines == 0, line.isName, line.words <= 3,
                   !SignatureLine.isShortAnswer(line.text, words: line.words),
                   let above, above.kind != .signOff, !ledInto,
                   opensParagraph || above.endsWith([UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]) {
                    return line.line.start
                }
            case .blank:
                break
            }
        }
        return nil
    }

    private struct Below {
        var lines = 0
        var longest = 0
        var prose = false
        var contact = false
        var firstKind: SignatureLineKind = .blank
        /// The first non-blank line below.
        var first: Int?
    }

    /// The last `tailLines` lines of the text.
    private static func tail(_ reader: LineReader) -> [SignatureLine] {
        let bytes = reader.bytes
        var index = bytes.count - 1
        if index >= 0, bytes[index] == 0x0A { index -= 1 }
        var breaks = 0
        while index >= 0 {
            if bytes[index] == 0x0A {
                breaks += 1
                if breaks >= tailLines { break }
            }
            index -= 1
        }
        var lines: [SignatureLine] = []
        var position = index + 1
        while position < bytes.count {
            let line = reader.line(at: position)
            lines.append(SignatureLine(reader, line))
            position = line.end
        }
        return lines
    }

    /// Who signs below a sign-off: a name, a placeholder for one ("[Agent Name]"), or a team.
    private static func isSigner(_ line: SignatureLine) -> Bool {
        let text = line.text
        guard let first = text.first, text.count <= 60 else { return false }
        if slotOpeners.contains(first) { return true }
        return text.wordCount <= 6 && teamWords.contains(where: text.hasSuffix)
    }
    private static let slotOpeners: [UInt8] = [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: "%")]
    private static let teamWords: [[UInt8]] = ["team", "support"].map { Array($0.utf8) }

    /// A mobile line's signature also takes the short name lines right above it
    /// ("Stavros\nvia mobile"), unless they are the whole reply.
    private static func nameBlockStart(_ lines: [SignatureLine], above index: Int, firstContent: Int) -> Int {
        var top = index
        while top > 0, index - top < 3, lines[top - 1].kind != .blank, lines[top - 1].isName { top -= 1 }
        guard top < index, top > 0, lines[top - 1].kind == .blank, firstContent < lines[top].line.start else {
            return lines[index].line.start
        }
        return lines[top].line.start
    }
}

private extension SignatureLine {
    func endsWith(_ marks: [UInt8]) -> Bool {
        text.last.map(marks.contains) ?? false
    }
}
