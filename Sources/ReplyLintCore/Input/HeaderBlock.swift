// Recognises the markers above a quoted or forwarded message that carry its headers:
// "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded
// message:", and Outlook's "From: / Sent: / To: / Subject:" block (also after a line of
// underscores or dashes, with "Date:" for "Sent:", and in other languages).

/// A header block or message separator, and where the quoted message below it starts.
struct HeaderBlock {
    /// Byte range of the marker: the separator line, the header lines, the blank lines after.
    var range: Range<Int>
    var headers: MessageHeaders
    /// Whether a separator line ("-----Original Message-----", "_____") stands above the headers.
    var separated: Bool
}

enum HeaderBlockLine {
    enum Field { case from, date, to, copy, subject, other }

    /// Header names of the header blocks mail programs write, in the languages we read.
    static let fields: [String: Field] = {
        var table: [String: Field] = [:]
        for name in ["from", "de", "von", "van", "da", "från", "fra", "od", "от"] { table[name] = .from }
        for name in ["sent", "date", "envoyé", "envoye", "gesendet", "datum", "enviado", "enviado el", "fecha",
                     "verzonden", "inviato", "data", "enviada em", "enviado em", "skickat", "sendt", "отправлено", "дата"] {
            table[name] = .date
        }
        for name in ["to", "à", "a", "an", "aan", "para", "till", "til", "кому"] { table[name] = .to }
        for name in ["cc", "bcc", "cci", "kopie", "copie", "copia", "kopia", "копия"] { table[name] = .copy }
        for name in ["subject", "objet", "betreff", "asunto", "onderwerp", "oggetto", "assunto", "ämne", "emne", "тема"] {
            table[name] = .subject
        }
        for name in ["reply-to", "importance", "wichtigkeit", "priority", "attachments"] { table[name] = .other }
        return table
    }()

    /// What stands between the dashes of a separator line ("-----Original Message-----").
    static let separatorPhrases: Set<String> = [
        "original message", "forwarded message", "forwarded message follows", "message d'origine", "message transféré",
        "ursprüngliche nachricht", "weitergeleitete nachricht", "mensaje original", "mensaje reenviado",
        "oorspronkelijk bericht", "doorgestuurd bericht", "messaggio originale", "messaggio inoltrato",
        "mensagem original", "mensagem encaminhada", "original", "reply message",
    ]

    /// Lines that introduce a forwarded message without dashes.
    static let forwardIntroductions: Set<String> = [
        "begin forwarded message:", "forwarded message:", "début du message réexpédié :", "début du message réexpédié:",
        "anfang der weitergeleiteten nachricht:", "inicio del mensaje reenviado:", "begin doorgestuurd bericht:",
        "inizio messaggio inoltrato:", "início da mensagem reencaminhada:",
    ]

    static let ruleCharacters: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), 0x20]

    static func detect(_ reader: LineReader, at line: TextLine) -> HeaderBlock? {
        let text = reader.text(line)
        guard let first = text.first else { return nil }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "_") || first == UInt8(ascii: "=") {
            if isSeparator(text) {
                return block(reader, after: line, from: line.start, requireHeaders: false)
            }
            if text.consists(of: ruleCharacters, minimum: 4) {
                // A plain rule is a quote marker only with a header block below it.
                return block(reader, after: line, from: line.start, requireHeaders: true)
            }
            return nil
        }
        if text.last == UInt8(ascii: ":"), text.count < 60, forwardIntroductions.contains(text.folded) {
            return block(reader, after: line, from: line.start, requireHeaders: false)
        }
        guard let fields = headerFields(reader, from: line) else { return nil }
        return HeaderBlock(range: line.start..<skipBlankLines(reader, from: fields.end), headers: fields.headers, separated: false)
    }

    /// Whether a header block or separator may start on this line: it opens with a rule
    /// character, or a field name and its colon come within the first few bytes.
    static func mayStart(_ text: LineText) -> Bool {
        guard let first = text.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "_") || first == UInt8(ascii: "=") || first == UInt8(ascii: "*") { return true }
        var index = text.range.lowerBound
        let end = min(text.range.upperBound, index + 26)
        while index < end {
            if text.bytes[index] == UInt8(ascii: ":") { return true }
            index += 1
        }
        return false
    }

    /// "-----Original Message-----", "---------- Forwarded message ---------", "----- Original -----".
    static func isSeparator(_ text: LineText) -> Bool {
        guard text.count <= 80, text.first == UInt8(ascii: "-"), text.last == UInt8(ascii: "-") else { return false }
        var lower = text.range.lowerBound
        var upper = text.range.upperBound
        while lower < upper, text.bytes[lower] == UInt8(ascii: "-") { lower += 1 }
        while upper > lower, text.bytes[upper - 1] == UInt8(ascii: "-") { upper -= 1 }
        guard lower - text.range.lowerBound >= 2, text.range.upperBound - upper >= 2 else { return false }
        return separatorPhrases.contains(LineText(text.bytes, lower..<upper).folded)
    }

    /// The header block after a separator line (blank lines may stand between), or the
    /// separator alone when `requireHeaders` is false.
    private static func block(_ reader: LineReader, after line: TextLine, from start: Int, requireHeaders: Bool) -> HeaderBlock? {
        var current = line
        for _ in 0..<3 {
            guard let next = reader.line(after: current) else { break }
            if reader.text(next).isEmpty {
                current = next
                continue
            }
            if let fields = headerFields(reader, from: next) {
                return HeaderBlock(range: start..<skipBlankLines(reader, from: fields.end), headers: fields.headers, separated: true)
            }
            break
        }
        if requireHeaders { return nil }
        return HeaderBlock(range: start..<skipBlankLines(reader, from: line.end), headers: MessageHeaders(), separated: true)
    }

    /// Consecutive "Name: value" lines with a sender and at least two other known fields.
    static func headerFields(_ reader: LineReader, from line: TextLine) -> (headers: MessageHeaders, end: Int)? {
        var headers = MessageHeaders()
        var known = 0
        var sawFrom = false
        var current: TextLine? = line
        var end = line.start
        var lastField: HeaderBlockLine.Field?
        var lines = 0
        while let here = current, lines < 16 {
            let text = reader.text(here)
            if text.isEmpty { break }
            if let (field, value) = field(text) {
                known += 1
                lastField = field
                // A field that comes twice is a list of lines, not a header block; stopping
                // there keeps a text of many "Subject:" lines linear.
                switch field {
                case .from:
                    if sawFrom { return nil }
                    sawFrom = true
                    headers.from = value
                case .date:
                    if headers.date != nil { return nil }
                    headers.date = value
                case .to:
                    if headers.to != nil { return nil }
                    headers.to = value
                case .subject:
                    if headers.subject != nil { return nil }
                    headers.subject = value
                case .copy, .other: break
                }
            } else if lastField != nil, here.start < here.contentEnd, LineText.isBlank(reader.bytes[here.start]) {
                // A long To: or Cc: list wrapped onto an indented line.
            } else {
                break
            }
            end = here.end
            lines += 1
            current = reader.line(after: here)
        }
        // The block must start with a field we know, hold a sender, and two more fields.
        guard sawFrom, known >= 3 else { return nil }
        if let date = headers.date { headers.sentAt = MailDate.parse(date) }
        return (headers, end)
    }

    /// "From: Priya <p@example.com>", also "*From:* …" (bold markers of a rich-text mail) → (field, value).
    static func field(_ text: LineText) -> (Field, String?)? {
        let bytes = text.bytes
        var index = text.range.lowerBound
        while index < text.range.upperBound, bytes[index] == UInt8(ascii: "*") { index += 1 }
        let nameStart = index
        while index < text.range.upperBound, bytes[index] != UInt8(ascii: ":"), index - nameStart <= 24 { index += 1 }
        guard index < text.range.upperBound, bytes[index] == UInt8(ascii: ":"), index > nameStart else { return nil }
        var nameEnd = index
        while nameEnd > nameStart, bytes[nameEnd - 1] == UInt8(ascii: "*") || bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        var name = LineText(bytes, nameStart..<nameEnd).folded
        if name.utf8.contains(where: { $0 >= 0x80 }) { name = name.lowercased() }  // "От:", "Ämne:"
        guard let field = fields[name] else { return nil }
        var valueStart = index + 1
        while valueStart < text.range.upperBound, bytes[valueStart] == UInt8(ascii: "*") { valueStart += 1 }
        let value = AttributionLine.clean(bytes[valueStart..<text.range.upperBound])
        return (field, value)
    }

    static func skipBlankLines(_ reader: LineReader, from offset: Int) -> Int {
        var position = offset
        while position < reader.count {
            let line = reader.line(at: position)
            guard reader.text(line).isEmpty else { break }
            position = line.end
        }
        return position
    }
}
