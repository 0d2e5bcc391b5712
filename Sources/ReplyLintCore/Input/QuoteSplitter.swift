// Divides a message's visible text into the reply the sender wrote, their
// signature, and the earlier message quoted below (or between) the reply's lines.
// One pass over the lines, no regexes; the parts keep their map to the file.

public struct ReplyParts: Sendable {
    /// The reply, then the signature.
    public var body: VisibleText
    /// Offset in `body` where the signature starts.
    public var signatureStart: Int?
    /// The quoted earlier message, with quote markers ("> ") removed.
    public var quoted: VisibleText?
    /// Headers of the quoted message when a header block introduced it.
    public var quotedHeaders: MessageHeaders
    /// A header block that opens the text itself ("From: / To: / Subject:" above a plain-text
    /// draft): the message's own headers, kept out of the body.
    public var headers: MessageHeaders

    public init(body: VisibleText, signatureStart: Int? = nil, quoted: VisibleText? = nil,
                quotedHeaders: MessageHeaders = MessageHeaders(), headers: MessageHeaders = MessageHeaders()) {
        self.body = body
        self.signatureStart = signatureStart
        self.quoted = quoted
        self.quotedHeaders = quotedHeaders
        self.headers = headers
    }

    /// The reply without the signature.
    public var reply: VisibleText { body.slice(0..<(signatureStart ?? body.bytes.count)) }

    public var signature: VisibleText? { signatureStart.map { body.slice($0..<body.bytes.count) } }
}

public enum QuoteSplitter {
    public static func split(_ text: VisibleText) -> ReplyParts {
        var parts = divide(text)
        // The quoted message may quote an older one in turn: the customer's message is the
        // newest, so its own quoted history is cut off too (one level is enough for that).
        if let quoted = parts.quoted {
            let inner = divide(quoted)
            if !inner.body.isBlank {
                parts.quoted = inner.body
            } else if let older = inner.quoted {
                parts.quoted = older
                if parts.quotedHeaders.isEmpty { parts.quotedHeaders = inner.quotedHeaders }
            }
            if parts.quotedHeaders.isEmpty { parts.quotedHeaders = inner.headers }
        }
        parts.signatureStart = SignatureDetector.start(in: parts.body.bytes)
        return parts
    }

    /// Reply and quote, without looking for a signature.
    static func divide(_ text: VisibleText) -> ReplyParts {
        let reader = LineReader(bytes: text.bytes)
        var layout = Layout()
        var quotedHeaders = MessageHeaders()
        var ownHeaders = MessageHeaders()
        var sawReply = false
        var restIsQuoted = false
        var position = 0
        var previousReplyLine: TextLine?
        while position < reader.count {
            let line = reader.line(at: position)
            if let previous = previousReplyLine, previous.end != line.start { previousReplyLine = nil }
            let prefix = reader.quotePrefix(line)
            if prefix.depth > 0 || restIsQuoted {
                layout.quote(prefix.depth > 0 ? prefix.afterOneLevel..<line.end : line.start..<line.end)
                position = line.end
                continue
            }
            let content = reader.text(line)
            if content.isEmpty {
                layout.reply(line.start..<line.end, blank: true)
                position = line.end
                continue
            }
            // Most lines are prose: only a line that ends in ':' or opens like a marker is looked at closely.
            guard content.last == UInt8(ascii: ":") || AttributionLine.opened(content) || HeaderBlockLine.mayStart(content) else {
                layout.reply(line.start..<line.end, blank: false)
                sawReply = true
                previousReplyLine = line
                position = line.end
                continue
            }
            if let attribution = AttributionLine.detect(reader, at: line, previous: previousReplyLine) {
                if quotedHeaders.isEmpty { quotedHeaders = attribution.headers }
                layout.drop(from: attribution.range.lowerBound)
                position = HeaderBlockLine.skipBlankLines(reader, from: attribution.range.upperBound)
                restIsQuoted = !attribution.quoteFollows
                continue
            }
            if let block = HeaderBlockLine.detect(reader, at: line) {
                if !block.separated, !sawReply, !layout.hasQuote {
                    // Headers above everything else are this message's own, not a quote.
                    if ownHeaders.isEmpty { ownHeaders = block.headers }
                } else {
                    if quotedHeaders.isEmpty { quotedHeaders = block.headers }
                    layout.drop(from: line.start)
                    restIsQuoted = true
                }
                position = block.range.upperBound
                continue
            }
            layout.reply(line.start..<line.end, blank: false)
            sawReply = true
            previousReplyLine = line
            position = line.end
        }
        return layout.parts(of: text, quotedHeaders: quotedHeaders, headers: ownHeaders)
    }
}

/// The byte ranges of the reply and of the quote, gathered line by line; adjacent
/// ranges merge, so a text without a quote is a single range.
private struct Layout {
    enum Piece {
        case text(Range<Int>)
        /// A removed block stood here: the texts on either side are separate paragraphs.
        case gap(Int)
    }

    var reply: [Piece] = []
    var quote: [Piece] = []
    var hasQuote: Bool { !quote.isEmpty }
    private var replyLast: Int?
    private var quoteLast: Int?
    /// Where the text was last cut (a quote or an attribution left out of the reply).
    private var cut = false

    mutating func reply(_ range: Range<Int>, blank: Bool) {
        if cut, !blank {
            if !reply.isEmpty { reply.append(.gap(range.lowerBound)) }
            cut = false
        }
        Layout.append(range, to: &reply, last: &replyLast)
    }

    mutating func quote(_ range: Range<Int>) {
        if let last = quoteLast, last != range.lowerBound, !quote.isEmpty, replyLast.map({ $0 > last }) ?? false {
            quote.append(.gap(range.lowerBound))
        }
        Layout.append(range, to: &quote, last: &quoteLast)
        cut = true
    }

    /// Leaves the text from `offset` on out of the reply; it may take back the end of the
    /// last reply line (a wrapped attribution's first line).
    mutating func drop(from offset: Int) {
        if case .text(let last)? = reply.last, last.upperBound > offset {
            if last.lowerBound >= offset {
                reply.removeLast()
            } else {
                reply[reply.count - 1] = .text(last.lowerBound..<offset)
            }
            replyLast = offset
        }
        cut = true
    }

    private static func mergeable(_ pieces: [Piece], _ range: Range<Int>) -> Range<Int>? {
        guard case .text(let previous)? = pieces.last, previous.upperBound == range.lowerBound else { return nil }
        return previous.lowerBound..<range.upperBound
    }

    private static func append(_ range: Range<Int>, to pieces: inout [Piece], last: inout Int?) {
        guard !range.isEmpty else { return }
        if let merged = mergeable(pieces, range) {
            pieces[pieces.count - 1] = .text(merged)
        } else {
            pieces.append(.text(range))
        }
        last = range.upperBound
    }

    func parts(of text: VisibleText, quotedHeaders: MessageHeaders, headers: MessageHeaders) -> ReplyParts {
        let quoted = quote.isEmpty ? nil : build(quote, from: text)
        let body: VisibleText
        if reply.count == 1, case .text(let range) = reply[0], range == 0..<text.bytes.count {
            body = text
        } else {
            body = build(reply, from: text)
        }
        return ReplyParts(body: body, quoted: quoted.flatMap { $0.isBlank ? nil : $0 }, quotedHeaders: quotedHeaders, headers: headers)
    }

    private func build(_ pieces: [Piece], from text: VisibleText) -> VisibleText {
        var builder = VisibleTextBuilder()
        for piece in pieces {
            switch piece {
            case .text(let range):
                builder.append(text, range)
            case .gap(let offset):
                // Keep the paragraphs apart so sentences do not run together across the cut.
                if builder.last != 0x0A, !builder.bytes.isEmpty {
                    builder.append(standingFor: text.map.sourceOffset(for: offset), [0x0A])
                }
                if !builder.endsWithBlankLine {
                    builder.append(standingFor: text.map.sourceOffset(for: offset), [0x0A])
                }
            }
        }
        return builder.build()
    }
}
