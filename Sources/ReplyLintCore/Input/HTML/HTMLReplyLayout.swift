// Turns rendered HTML into reply, signature and quote. The markup says what is quoted
// (blockquotes, Gmail/Thunderbird/Yahoo quote containers, Outlook separators); the reply
// then goes through the same QuoteSplitter as plain text, so "On … wrote:", header blocks,
// "-- " and "Sent from my iPhone" are found exactly as in a .txt draft.

enum HTMLReplyLayout {
    static func parts(_ output: HTMLRenderer.Output) -> ReplyParts {
        let text = output.text
        var depths = output.depths
        // Only the first few boxes are looked at: a separator comes early, and a page of
        // bordered boxes must not cost a look-up each.
        if let start = output.borderTopStarts.prefix(20).first(where: { depth(at: $0, in: depths) == 0 && opensHeaderBlock(text, at: $0) }) {
            depths = raised(depths, from: start)
        }
        var parts = QuoteSplitter.split(collect(text, depths) { $0 == 0 })
        let quoteDepth = depths.lazy.map(\.depth).filter { $0 > 0 }.min()
        if let quoteDepth {
            let quoted = collect(text, depths) { $0 == quoteDepth }
            let textual = parts.quoted.map { $0.map.sourceOffset(for: 0) }
            if !quoted.isBlank, textual.map({ quoted.map.sourceOffset(for: 0) < $0 }) ?? true {
                let (message, headers) = newestMessage(in: quoted)
                parts.quoted = message
                // An attribution in the reply's text ("<date> <name>:" above a blockquote) named it.
                if !headers.isEmpty { parts.quotedHeaders = headers }
            }
        }
        if let marked = output.signatureStart {
            let source = text.map.sourceOffset(for: marked)
            if let start = firstOffset(in: parts.body, atOrAfter: source), start > 0,
               !parts.body.slice(0..<start).isBlank, start < (parts.signatureStart ?? Int.max) {
                parts.signatureStart = start
            }
        }
        return parts
    }

    /// The quoted message without its own quoted history, and the headers its attribution
    /// or header block gave (as QuoteSplitter does for a plain-text quote).
    static func newestMessage(in quoted: VisibleText) -> (VisibleText?, MessageHeaders) {
        let inner = QuoteSplitter.divide(quoted)
        var message: VisibleText? = quoted
        var headers = MessageHeaders()
        if !inner.body.isBlank {
            message = inner.body
        } else if let older = inner.quoted {
            message = older
            headers = inner.quotedHeaders
        }
        if headers.isEmpty { headers = inner.headers }
        return (message.flatMap { $0.isBlank ? nil : $0 }, headers)
    }

    /// The parts of `text` whose quote depth passes `keep`, a blank line where others were cut out.
    static func collect(_ text: VisibleText, _ depths: [(offset: Int, depth: Int)], keep: (Int) -> Bool) -> VisibleText {
        if depths.count == 1, keep(depths[0].depth) { return trimmed(text) }
        var builder = VisibleTextBuilder()
        var cut = false
        for (index, run) in depths.enumerated() {
            let end = index + 1 < depths.count ? depths[index + 1].offset : text.bytes.count
            guard run.offset < end else { continue }
            guard keep(run.depth) else {
                cut = true
                continue
            }
            if cut, !builder.bytes.isEmpty, !builder.endsWithBlankLine {
                let source = text.map.sourceOffset(for: run.offset)
                builder.append(standingFor: source, builder.last == 0x0A ? [0x0A] : [0x0A, 0x0A])
            }
            cut = false
            builder.append(text, run.offset..<end)
        }
        return trimmed(builder.build())
    }

    /// Without the line breaks and spaces a block left at the end.
    private static func trimmed(_ text: VisibleText) -> VisibleText {
        var end = text.bytes.count
        while end > 0, HTMLTextScanner.isSpace(text.bytes[end - 1]) { end -= 1 }
        return end == text.bytes.count ? text : text.slice(0..<end)
    }

    private static func depth(at offset: Int, in depths: [(offset: Int, depth: Int)]) -> Int {
        var low = 0
        var high = depths.count
        while low < high {
            let middle = (low + high) / 2
            if depths[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : depths[low - 1].depth
    }

    /// Everything from `start` on is one level deeper: the quoted message after Outlook's separator.
    private static func raised(_ depths: [(offset: Int, depth: Int)], from start: Int) -> [(offset: Int, depth: Int)] {
        var result: [(offset: Int, depth: Int)] = []
        for (index, run) in depths.enumerated() {
            let end = index + 1 < depths.count ? depths[index + 1].offset : Int.max
            if end <= start {
                result.append(run)
            } else if run.offset >= start {
                result.append((run.offset, run.depth + 1))
            } else {
                result.append(run)
                result.append((start, run.depth + 1))
            }
        }
        return result
    }

    /// Whether a header block ("From: … / Sent: … / To: …") starts at `offset`.
    private static func opensHeaderBlock(_ text: VisibleText, at offset: Int) -> Bool {
        let reader = LineReader(bytes: text.bytes)
        guard offset < reader.count else { return false }
        return HeaderBlockLine.headerFields(reader, from: reader.line(at: offset)) != nil
    }

    /// The first offset in `text` whose byte comes from `source` or later in the file.
    private static func firstOffset(in text: VisibleText, atOrAfter source: Int) -> Int? {
        var found: Int?
        text.map.forEachRun(in: 0..<text.bytes.count) { run, start, contiguous in
            guard found == nil else { return }
            let last = contiguous ? start + run.count - 1 : start
            if start >= source {
                found = run.lowerBound
            } else if contiguous, last >= source {
                found = run.lowerBound + (source - start)
            }
        }
        return found
    }
}
