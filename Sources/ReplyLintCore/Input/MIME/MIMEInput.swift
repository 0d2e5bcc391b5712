// .eml messages: the MIME tree read (MIMEStructure), the text/plain part (else the HTML
// part) decoded with a map into the file, split into reply, signature and quote like a
// plain-text draft; a message attached to the reply serves as the quoted message.

public enum MIMEInput {
    /// Reads an HTML part's bytes (in the part's charset, named by the second argument) into
    /// reply parts whose maps point into those bytes.
    public typealias HTMLReader = ([UInt8], String?) -> ReplyParts

    /// The largest .eml replylint reads: attachments are skipped without being decoded, so a
    /// message with a big attachment costs one scan of its bytes.
    public static let maximumSize = 100 * 1024 * 1024

    public static func document(path: String, bytes: [UInt8], htmlParts: HTMLReader) throws(InputError) -> Document {
        var structure = MIMEStructure(bytes: bytes)
        let message = structure.message(0..<bytes.count)
        if message.header.holdsNUL || message.header.fields.isEmpty && TextDecoding.looksBinary(bytes) {
            throw InputError(path: path, problem: "binary file (holds NUL bytes), not a draft")
        }
        var notes = structure.notes
        var regions: [(range: Range<Int>, charset: String?)] = []
        var end = 0

        let own = read(message, bytes: bytes, htmlParts: htmlParts, notes: &notes, regions: &regions, end: &end)
        var attached: (ReadPart, MessageHeaders)?
        if let attachedMessage = message.attached,
           let part = read(attachedMessage, bytes: bytes, htmlParts: htmlParts, notes: &notes, regions: &regions, end: &end) {
            attached = (part, attachedMessage.header.messageHeaders)
        }
        if own == nil, attached == nil {
            if message.missingBoundary { throw InputError(path: path, problem: "multipart message without a boundary parameter") }
            if !message.header.sawBlankLine { throw InputError(path: path, problem: "e-mail has headers but no body, nothing to lint") }
            throw InputError(path: path, problem: "e-mail has no text part, nothing to lint")
        }

        let built = MessageSource.build(bytes, through: end, regions: regions)
        func located(_ text: VisibleText) -> VisibleText {
            guard let fileToSource = built.fileToSource else { return text }
            return VisibleText(bytes: text.bytes, map: text.map.composed(through: fileToSource))
        }
        var parts = own.map { $0.parts } ?? ReplyParts(body: VisibleText(bytes: [], map: SourceMap()))
        parts.body = located(parts.body)
        parts.quoted = parts.quoted.map(located)
        if parts.body.isBlank, parts.quoted == nil, attached == nil {
            if !message.header.sawBlankLine { throw InputError(path: path, problem: "e-mail has headers but no body, nothing to lint") }
            throw InputError(path: path, problem: "empty draft, nothing to lint")
        }
        // A reply without a quote of its own quotes the message attached to it.
        if parts.quoted == nil, let (message, headers) = attached {
            let quoted = located(message.parts.body)
            if !quoted.isBlank {
                parts.quoted = quoted
                parts.quotedHeaders = headers
            }
        }
        return Document(
            path: path, format: .eml, source: built.source, body: parts.body, signatureStart: parts.signatureStart,
            quoted: parts.quoted, headers: message.header.messageHeaders, quotedHeaders: parts.quotedHeaders,
            bodySource: own?.name ?? attached.map { _ in "attached message" }, notes: notes
        )
    }

    /// Whether a path names an .eml file (it may be read up to `maximumSize`).
    public static func isMessagePath(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".eml")
    }

    private struct ReadPart {
        var parts: ReplyParts
        var name: String
    }

    /// The text/plain part of a message (else its HTML part) as reply parts mapped into the file.
    private static func read(
        _ message: MessageContents, bytes: [UInt8], htmlParts: HTMLReader, notes: inout [String],
        regions: inout [(range: Range<Int>, charset: String?)], end: inout Int
    ) -> ReadPart? {
        if let part = message.plain {
            let decoded = part.transfer.decode(bytes, part.body)
            let result = PartText.visible(decoded.bytes, origins: decoded.origins, charset: part.charset)
            // Some mail programs send an empty plain alternative next to the real HTML text.
            if !result.text.isBlank || message.html == nil {
                if let note = result.note { notes.append(note) }
                remember(part, regions: &regions, end: &end)
                return ReadPart(parts: QuoteSplitter.split(result.text), name: "text/plain part")
            }
        }
        if let part = message.html {
            let decoded = part.transfer.decode(bytes, part.body)
            if CharsetDecoder(charset: part.charset) == nil {
                notes.append("unknown charset \(part.charset ?? ""), read as UTF-8")
            }
            var parts = htmlParts(decoded.bytes, part.charset)
            let toFile = decoded.origins.sourceMap
            parts.body = VisibleText(bytes: parts.body.bytes, map: parts.body.map.composed(through: toFile))
            parts.quoted = parts.quoted.map { VisibleText(bytes: $0.bytes, map: $0.map.composed(through: toFile)) }
            remember(part, regions: &regions, end: &end)
            return ReadPart(parts: parts, name: "text/html part")
        }
        return nil
    }

    private static func remember(_ part: MIMEPart, regions: inout [(range: Range<Int>, charset: String?)], end: inout Int) {
        end = max(end, part.body.upperBound)
        if case .identity = part.transfer { regions.append((part.body, part.charset)) }
    }
}
