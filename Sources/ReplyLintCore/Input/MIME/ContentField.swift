// Content-Type and Content-Disposition values: the main token ("text/plain", "attachment")
// and the parameters (quoted strings, comments, RFC 2231 continuations "name*0*=").

struct ContentField {
    /// The main value, lower-cased ("multipart/alternative", "attachment"); empty when absent.
    var value: String
    /// Parameters by lower-cased name.
    var parameters: [String: String]

    init(value: String = "", parameters: [String: String] = [:]) {
        self.value = value
        self.parameters = parameters
    }

    static func parse(_ bytes: [UInt8]?) -> ContentField {
        guard let bytes else { return ContentField() }
        var scanner = FieldScanner(bytes: bytes)
        scanner.skipBlanksAndComments()
        let value = scanner.token(stoppingAt: [UInt8(ascii: ";")]).lowercased()
        var pieces: [String: [(Int, String, Bool)]] = [:]
        var plain: [String: String] = [:]
        while scanner.skip(UInt8(ascii: ";")) {
            scanner.skipBlanksAndComments()
            var name = scanner.token(stoppingAt: [UInt8(ascii: "="), UInt8(ascii: ";")]).lowercased()
            scanner.skipBlanksAndComments()
            guard !name.isEmpty, scanner.skip(UInt8(ascii: "=")) else { continue }
            scanner.skipBlanksAndComments()
            let text = scanner.peek == UInt8(ascii: "\"") ? scanner.quoted() : scanner.token(stoppingAt: [UInt8(ascii: ";")])
            scanner.skipBlanksAndComments()
            // RFC 2231: name*=charset'lang'%XX, name*0=, name*1*=
            let extended = name.hasSuffix("*")
            if extended { name.removeLast() }
            if let star = name.firstIndex(of: "*"), let number = Int(name[name.index(after: star)...]) {
                pieces[String(name[..<star]), default: []].append((number, text, extended))
            } else if extended {
                plain[name] = percentDecoded(text, hasCharset: true)
            } else if plain[name] == nil {
                plain[name] = text
            }
        }
        for (name, list) in pieces where plain[name] == nil {
            let sorted = list.sorted { $0.0 < $1.0 }
            plain[name] = sorted.map { $0.2 ? percentDecoded($0.1, hasCharset: $0.0 == 0) : $0.1 }.joined()
        }
        return ContentField(value: value, parameters: plain)
    }

    /// "utf-8''caf%C3%A9" → "café" (the charset is taken as UTF-8; the name only tells attachments apart).
    private static func percentDecoded(_ text: String, hasCharset: Bool) -> String {
        var bytes = Array(text.utf8)
        if hasCharset, let first = bytes.firstIndex(of: UInt8(ascii: "'")),
           let second = bytes[(first + 1)...].firstIndex(of: UInt8(ascii: "'")) {
            bytes = Array(bytes[(second + 1)...])
        }
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = Hex.value(bytes[index + 1]), let low = Hex.value(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return HeaderText.string(output)
    }
}

/// Reads the tokens of a structured header value.
private struct FieldScanner {
    let bytes: [UInt8]
    var index = 0

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func skipBlanksAndComments() {
        while let byte = peek {
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                index += 1
            } else if byte == UInt8(ascii: "(") {
                var depth = 0
                while let current = peek {
                    index += 1
                    if current == UInt8(ascii: "(") { depth += 1 }
                    if current == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                    // A backslash escapes the next byte, if there is one: at the very end of
                    // the field it must not step past it (found by FuzzReadMIME).
                    if current == UInt8(ascii: "\\"), peek != nil { index += 1 }
                }
            } else {
                return
            }
        }
    }

    mutating func token(stoppingAt stops: [UInt8]) -> String {
        let start = index
        while let byte = peek, !stops.contains(byte), byte != 0x20, byte != 0x09, byte != UInt8(ascii: "(") { index += 1 }
        return HeaderText.string(Array(bytes[start..<index]))
    }

    mutating func quoted() -> String {
        index += 1
        var output: [UInt8] = []
        while let byte = peek {
            index += 1
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\"), let escaped = peek {
                output.append(escaped)
                index += 1
                continue
            }
            output.append(byte)
        }
        return HeaderText.string(output)
    }
}
