// HTML drafts and HTML parts of e-mails: the reply, signature and quote a reader sees,
// each mapped byte for byte back to the HTML.

public enum HTMLInput {
    /// The reply, signature and quoted message of an HTML text; `charset` is the one a MIME
    /// part names (nil: the <meta> declaration, else UTF-8). Maps point into `html`.
    public static func parts(html: [UInt8], charset: String?) -> ReplyParts {
        let converted = HTMLCharset(html, charset: charset)
        var parts = render(converted.bytes)
        guard let map = converted.map else { return parts }
        parts.body = parts.body.remapped(through: map)
        parts.quoted = parts.quoted?.remapped(through: map)
        return parts
    }

    /// A Document for an HTML file; positions are lines and columns of the file (converted
    /// to UTF-8 when it declares another charset, lines kept).
    public static func document(path: String, bytes: [UInt8], notes: [String]) -> Document {
        let converted = HTMLCharset(bytes, charset: nil)
        // The source is the UTF-8 text itself, so positions need no second map.
        let text = converted.bytes
        let parts = render(text)
        var notes = notes
        if let note = converted.note { notes.append(note) }
        if parts.body.isBlank, parts.quoted == nil { notes.append("the HTML shows no text") }
        return Document(
            path: path, format: .html, source: SourceText(bytes: text), body: parts.body, signatureStart: parts.signatureStart,
            quoted: parts.quoted, headers: parts.headers, quotedHeaders: parts.quotedHeaders, bodySource: "HTML", notes: notes
        )
    }

    static func render(_ utf8: [UInt8]) -> ReplyParts {
        let output = HTMLRenderer.render(utf8)
        guard !output.text.bytes.isEmpty else { return ReplyParts(body: VisibleText(bytes: [], map: SourceMap())) }
        var parts = HTMLReplyLayout.parts(output)
        parts.body.map = parts.body.map.clamped(below: utf8.count)
        if let quoted = parts.quoted { parts.quoted?.map = quoted.map.clamped(below: utf8.count) }
        return parts
    }
}

extension VisibleText {
    /// This text with its map followed by `outer` (visible → converted HTML → original bytes).
    func remapped(through outer: SourceMap) -> VisibleText {
        var builder = VisibleTextBuilder()
        let inner = map.isEmpty ? SourceMap(offset: 0) : map
        inner.forEachRun(in: 0..<bytes.count) { run, source, contiguous in
            if contiguous {
                var position = run.lowerBound
                outer.forEachRun(in: source..<source + run.count) { outerRun, original, outerContiguous in
                    let piece = position..<position + outerRun.count
                    if outerContiguous {
                        builder.append(copied: bytes[piece], from: original)
                    } else {
                        builder.append(standingFor: original, bytes[piece])
                    }
                    position += outerRun.count
                }
            } else {
                builder.append(standingFor: outer.sourceOffset(for: source), bytes[run])
            }
        }
        return builder.build()
    }
}
