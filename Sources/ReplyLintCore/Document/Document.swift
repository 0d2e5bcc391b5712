// What replylint sees in one file: the reply the sender wrote (then their
// signature), the quoted earlier message, and the message headers.

public enum InputFormat: String, Sendable, CaseIterable {
    case txt, html, eml
}

public struct MessageHeaders: Sendable {
    public var subject: String?
    public var from: String?
    public var to: String?
    /// The Date header as written.
    public var date: String?
    /// The Date header as an instant, when it parsed.
    public var sentAt: Double?

    public init(subject: String? = nil, from: String? = nil, to: String? = nil, date: String? = nil, sentAt: Double? = nil) {
        self.subject = subject
        self.from = from
        self.to = to
        self.date = date
        self.sentAt = sentAt
    }

    public var isEmpty: Bool { subject == nil && from == nil && to == nil && date == nil }
}

public struct Document: Sendable {
    public var path: String
    public var format: InputFormat
    /// The file as on disk (transcoded to UTF-8 if needed): positions point here.
    public var source: SourceText
    /// What the sender wrote: the reply, then the signature if one was found.
    public var body: VisibleText
    /// Offset in `body` where the signature starts.
    public var signatureStart: Int?
    /// The earlier message quoted under the reply, if any.
    public var quoted: VisibleText?
    public var headers: MessageHeaders
    /// The headers of the quoted message when they were found (Outlook header blocks,
    /// an attached message/rfc822), for the incoming message's sender and date.
    public var quotedHeaders: MessageHeaders
    /// Which part of the file was read, for `parse` ("text/plain part", ...).
    public var bodySource: String?
    /// What the reader had to repair or skip, said to the user once.
    public var notes: [String]

    public init(
        path: String, format: InputFormat, source: SourceText, body: VisibleText,
        signatureStart: Int? = nil, quoted: VisibleText? = nil,
        headers: MessageHeaders = MessageHeaders(), quotedHeaders: MessageHeaders = MessageHeaders(),
        bodySource: String? = nil, notes: [String] = []
    ) {
        self.path = path
        self.format = format
        self.source = source
        self.body = body
        self.signatureStart = signatureStart
        self.quoted = quoted
        self.headers = headers
        self.quotedHeaders = quotedHeaders
        self.bodySource = bodySource
        self.notes = notes
    }

    /// The reply without the signature.
    public var replyRange: Range<Int> { 0..<(signatureStart ?? body.bytes.count) }

    public var signatureRange: Range<Int>? {
        signatureStart.map { $0..<body.bytes.count }
    }

    /// Line and column in the file of a byte offset in a visible text of this document.
    public func location(of offset: Int, in text: VisibleText) -> SourceLocation {
        source.location(of: text.map.sourceOffset(for: offset))
    }

    /// The incoming message this document quotes, as a document of its own whose
    /// positions still point into this file.
    public var quotedMessage: Document? {
        guard let quoted, !quoted.isBlank else { return nil }
        return Document(
            path: path, format: format, source: source, body: quoted,
            headers: quotedHeaders, bodySource: "quoted message"
        )
    }
}
