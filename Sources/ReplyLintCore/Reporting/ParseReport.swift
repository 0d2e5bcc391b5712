// `replylint parse`: what replylint sees in a file (reply, signature, quoted message,
// headers), as JSON (../shared/CLI.md) or as a readable dump with headings.

public struct ParseReport {
    public let document: Document

    public init(_ document: Document) {
        self.document = document
    }

    /// The reply the sender wrote, without the signature, surrounding blank lines trimmed.
    public var reply: String { Self.trimmed(document.body.string(document.replyRange)) }

    public var signature: String? {
        document.signatureRange.map { Self.trimmed(document.body.string($0)) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    public var quoted: String? {
        document.quoted.map { Self.trimmed($0.string) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// ISO 8601 when the date parsed, else the date as written.
    static func date(_ headers: MessageHeaders) -> String? {
        headers.sentAt.map(MailDate.iso8601) ?? headers.date
    }

    public func json() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("path", document.path)
        json.field("format", document.format.rawValue)
        json.field("part", document.bodySource)
        json.field("subject", document.headers.subject)
        json.field("from", document.headers.from)
        json.field("date", Self.date(document.headers))
        json.field("reply", reply)
        json.field("quoted", quoted)
        json.field("signature", signature)
        let quotedHeaders = document.quotedHeaders
        if quotedHeaders.isEmpty {
            json.null("quotedHeaders")
        } else {
            json.beginObject("quotedHeaders")
            json.field("from", quotedHeaders.from)
            json.field("to", quotedHeaders.to)
            json.field("subject", quotedHeaders.subject)
            json.field("date", Self.date(quotedHeaders))
            json.endObject()
        }
        json.endObject()
        return json.string
    }

    public func text() -> String {
        var out = "File:    \(document.path)\n"
        out += "Format:  \(document.format.rawValue)" + (document.bodySource.map { " (\($0))" } ?? "") + "\n"
        if let subject = document.headers.subject { out += "Subject: \(subject)\n" }
        if let from = document.headers.from { out += "From:    \(from)\n" }
        if let date = Self.date(document.headers) { out += "Date:    \(date)\n" }
        out += section("Reply", reply.isEmpty ? nil : reply)
        out += section("Signature", signature)
        var heading = "Quoted message"
        let quotedHeaders = document.quotedHeaders
        let about = [quotedHeaders.from.map { "from \($0)" }, Self.date(quotedHeaders).map { "sent \($0)" },
                     quotedHeaders.subject.map { "subject \($0)" }].compactMap { $0 }
        if !about.isEmpty { heading += " (" + about.joined(separator: ", ") + ")" }
        out += section(heading, quoted)
        for note in document.notes { out += "\nNote: \(note)\n" }
        return out
    }

    private func section(_ heading: String, _ body: String?) -> String {
        "\n== \(heading) ==\n" + (body.map { $0 + "\n" } ?? "(none)\n")
    }

    /// Without blank lines and blanks at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
