// RFC 5322 header sections: fields unfolded (CRLF, LF or a lone CR before a blank joins
// the next line on), names lower-cased, values kept as bytes until a reader decodes them.

struct HeaderField {
    /// Lower-cased field name.
    let name: String
    /// The value with its folds removed (the blanks after a fold are kept).
    var value: [UInt8]
}

struct HeaderSection {
    var fields: [HeaderField] = []
    /// Where the body starts: after the blank line, at the first line that is not a
    /// header field, or at the end when there is no body.
    var bodyStart: Int
    /// Whether a blank line ended the header (false: the message is all header).
    var sawBlankLine = false
    /// Whether the header holds a NUL byte (a binary file, not a message).
    var holdsNUL = false

    /// A value longer than this is cut: no real header needs more, and a broken file
    /// must not make one unbounded string.
    static let maximumValueLength = 65536

    /// The first field called `name` (lower case), as bytes.
    func value(_ name: String) -> [UInt8]? {
        fields.first { $0.name == name }?.value
    }

    /// A field as text: encoded words decoded, blanks trimmed; nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = value(name) else { return nil }
        let trimmed = EncodedWords.decode(value).collapsingBlanks
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Subject, From, To and Date as MessageHeaders, the date read into an instant.
    var messageHeaders: MessageHeaders {
        var headers = MessageHeaders(subject: text("subject"), from: text("from"), to: text("to"), date: text("date"))
        if let date = headers.date { headers.sentAt = MailDate.parse(date) }
        return headers
    }

    static func parse(_ bytes: [UInt8], in range: Range<Int>) -> HeaderSection {
        var section = HeaderSection(bodyStart: range.upperBound)
        var position = range.lowerBound
        let end = range.upperBound
        // An mbox "From " envelope line may open a saved message file.
        if position == 0, bytes[position..<end].starts(with: Array("From ".utf8)) {
            position = MIMELine.next(bytes, after: position, end: end)
        }
        var current: HeaderField?
        while position < end {
            let contentEnd = MIMELine.contentEnd(bytes, from: position, end: end)
            let next = MIMELine.breakEnd(bytes, at: contentEnd, end: end)
            if contentEnd == position {
                section.sawBlankLine = true
                section.bodyStart = next
                break
            }
            if bytes[position..<contentEnd].contains(0) { section.holdsNUL = true }
            let first = bytes[position]
            if first == 0x20 || first == 0x09 {
                if current != nil {
                    let room = maximumValueLength - current!.value.count
                    if room > 0 { current!.value.append(contentsOf: bytes[position..<min(contentEnd, position + room)]) }
                }
            } else if let colon = fieldNameEnd(bytes, from: position, end: contentEnd) {
                if let field = current { section.fields.append(field) }
                var nameEnd = colon
                while nameEnd > position, bytes[nameEnd - 1] == 0x20 || bytes[nameEnd - 1] == 0x09 { nameEnd -= 1 }
                let name = String(decoding: bytes[position..<nameEnd], as: UTF8.self).lowercased()
                let valueEnd = min(contentEnd, colon + 1 + maximumValueLength)
                current = HeaderField(name: name, value: Array(bytes[(colon + 1)..<valueEnd]))
            } else {
                // Not a header line: the body starts here (a part without headers, a broken message).
                section.bodyStart = position
                break
            }
            position = next
        }
        if let field = current { section.fields.append(field) }
        return section
    }

    /// The colon ending a field name (printable ASCII, blanks allowed before the colon).
    private static func fieldNameEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int? {
        var index = start
        while index < end, index - start < 128 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return index > start ? index : nil }
            if byte <= 0x20 || byte >= 0x7F {
                // "Subject :" (obsolete but seen): blanks, then the colon.
                var after = index
                while after < end, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
                return after < end && bytes[after] == UInt8(ascii: ":") && index > start ? after : nil
            }
            index += 1
        }
        return nil
    }
}

/// Line ends in raw message bytes: LF, CRLF or a lone CR.
enum MIMELine {
    /// Where the text of the line starting at `start` ends (before CR or LF).
    static func contentEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }

    /// Where the next line starts, given where this line's text ends.
    static func breakEnd(_ bytes: [UInt8], at contentEnd: Int, end: Int) -> Int {
        guard contentEnd < end else { return end }
        if bytes[contentEnd] == 0x0D, contentEnd + 1 < end, bytes[contentEnd + 1] == 0x0A { return contentEnd + 2 }
        return contentEnd + 1
    }

    static func next(_ bytes: [UInt8], after start: Int, end: Int) -> Int {
        breakEnd(bytes, at: contentEnd(bytes, from: start, end: end), end: end)
    }
}

extension String {
    /// Tabs and runs of blanks (left by unfolding) made one space, ends trimmed.
    var collapsingBlanks: String {
        var result = ""
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Without spaces, tabs and line breaks at either end.
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n") }),
              let last = scalars.lastIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n") }) else { return "" }
        return String(scalars[first...last])
    }
}
