// Walks a message's MIME tree and picks what replylint reads: the first text/plain and the
// first text/html body part, and the first attached message (message/rfc822, e.g. the
// customer's message forwarded as an attachment). Attachments are skipped unread: only the
// boundary scan passes over them.

/// One leaf part: its header, body bytes and how to decode them.
struct MIMEPart {
    var body: Range<Int>
    var transfer: TransferEncoding
    var charset: String?
}

/// What one message (the file, or a message attached to it) holds.
final class MessageContents {
    var header: HeaderSection
    var plain: MIMEPart?
    var html: MIMEPart?
    var attached: MessageContents?
    /// A multipart without a boundary that could not be guessed.
    var missingBoundary = false

    init(header: HeaderSection) { self.header = header }
}

struct MIMEStructure {
    /// Deeper nesting than this is not read (a hostile or broken file).
    static let maximumDepth = 20

    let bytes: [UInt8]
    private(set) var notes: [String] = []
    private var noted: Set<String> = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Reads the message in `range` (header and body).
    mutating func message(_ range: Range<Int>, depth: Int = 0) -> MessageContents {
        let header = HeaderSection.parse(bytes, in: range)
        let contents = MessageContents(header: header)
        entity(header: header, body: header.bodyStart..<range.upperBound, defaultType: "text/plain", depth: depth, into: contents)
        return contents
    }

    private mutating func entity(header: HeaderSection, body: Range<Int>, defaultType: String, depth: Int, into contents: MessageContents) {
        var type = ContentField.parse(header.value("content-type"))
        if type.value.isEmpty || !type.value.contains("/") { type.value = defaultType }
        let disposition = ContentField.parse(header.value("content-disposition"))
        let named = disposition.parameters["filename"] != nil || type.parameters["name"] != nil
        let isAttachment = disposition.value == "attachment" || (named && disposition.value != "inline")
        let transfer = TransferEncoding(header.value("content-transfer-encoding"))

        if type.value.hasPrefix("multipart/") {
            multipart(type: type, body: body, depth: depth, into: contents)
        } else if type.value == "message/rfc822" || type.value == "message/global" {
            guard contents.attached == nil else { return }
            guard depth < Self.maximumDepth else { return note("MIME parts nested deeper than \(Self.maximumDepth) levels were not read") }
            guard case .identity = transfer else { return note("an attached message in base64 or quoted-printable was not read") }
            contents.attached = message(body, depth: depth + 1)
        } else if !isAttachment, type.value == "text/plain", contents.plain == nil {
            contents.plain = MIMEPart(body: body, transfer: transfer, charset: type.parameters["charset"])
        } else if !isAttachment, type.value == "text/html", contents.html == nil {
            contents.html = MIMEPart(body: body, transfer: transfer, charset: type.parameters["charset"])
        }
    }

    private mutating func multipart(type: ContentField, body: Range<Int>, depth: Int, into contents: MessageContents) {
        guard depth < Self.maximumDepth else {
            return note("MIME parts nested deeper than \(Self.maximumDepth) levels were not read")
        }
        var boundary = type.parameters["boundary"].map { Array($0.utf8) } ?? []
        if boundary.isEmpty {
            guard let guessed = MultipartBody.guessBoundary(bytes, in: body) else {
                contents.missingBoundary = true
                return
            }
            boundary = guessed
            note("\(type.value) without a boundary parameter; read with the boundary its first delimiter line shows")
        }
        let split = MultipartBody.split(bytes, in: body, boundary: boundary)
        if !split.closed, !split.parts.isEmpty {
            note("a multipart boundary is never closed; its last part was read to the end of the file")
        }
        let childDefault = type.value == "multipart/digest" ? "message/rfc822" : "text/plain"
        for part in split.parts {
            let header = HeaderSection.parse(bytes, in: part)
            entity(header: header, body: header.bodyStart..<part.upperBound, defaultType: childDefault, depth: depth + 1, into: contents)
        }
    }

    private mutating func note(_ text: String) {
        if noted.insert(text).inserted { notes.append(text) }
    }
}
