// Plain-text drafts: the file is the visible text, split into reply, signature and quote.

public enum PlainTextInput {
    public static func document(path: String, text: [UInt8], notes: [String] = []) -> Document {
        let source = SourceText(bytes: text)
        let parts = QuoteSplitter.split(VisibleText(bytes: text, map: SourceMap()))
        return Document(
            path: path, format: .txt, source: source, body: parts.body, signatureStart: parts.signatureStart,
            quoted: parts.quoted, headers: parts.headers, quotedHeaders: parts.quotedHeaders,
            bodySource: "plain text", notes: notes
        )
    }
}
