// Reads the attributes that decide how an element is treated: hidden content, and the
// classes and ids mail programs put on quoted messages, attributions and signatures.

/// What an element's attributes say about it.
struct HTMLMarks {
    var hidden = false
    /// Text about a quoted message that belongs with it: Gmail's div.gmail_quote and
    /// .gmail_attr, Thunderbird's .moz-cite-prefix, Yahoo's .yahoo_quoted, Outlook for Mac's
    /// #OLK_SRC_BODY_SECTION.
    var quoteZone = false
    /// From here to the end of the message everything is quoted (Outlook's #divRplyFwdMsg, #appendonsend).
    var separator = false
    /// A box with a top border, Outlook's separator when a header block ("From:") opens it.
    var borderTop = false
    var signature = false
    /// Outlook's p.MsoNormal: a paragraph without margins.
    var compact = false

    init(attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard let attributes else { return }
        var index = 0
        // A NULL-terminated list of name, value pairs.
        while let name = attributes[index] {
            let value = attributes[index + 1]
            index += 2
            switch HTMLMarks.lowered(name) {
            case "style":
                if let value { read(style: value) }
            case "class":
                if let value { read(classes: value) }
            case "id":
                guard let value else { continue }
                let id = HTMLMarks.lowered(value, limit: 40)
                if id == "divrplyfwdmsg" || id == "appendonsend" { separator = true }
                if id == "olk_src_body_section" { quoteZone = true }
            case "hidden":
                hidden = true
            case "data-smartmail":
                if let value, HTMLMarks.lowered(value, limit: 40) == "gmail_signature" { signature = true }
            default:
                break
            }
        }
    }

    private mutating func read(classes value: UnsafePointer<UInt8>) {
        let classes = HTMLMarks.lowered(value, limit: 200)
        for name in classes.split(separator: " ") {
            switch name {
            case "gmail_quote", "gmail_quote_container", "gmail_attr", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote":
                quoteZone = true
            case "msonormal":
                compact = true
            case "gmail_signature", "moz-signature":
                signature = true
            default:
                break
            }
        }
    }

    /// Hidden by inline CSS, as e-mail preheaders are: display:none, visibility:hidden,
    /// mso-hide:all, or shrunk to nothing with font-size / max-height / opacity 0.
    private mutating func read(style value: UnsafePointer<UInt8>) {
        var compact: [UInt8] = []
        var index = 0
        while value[index] != 0, index < 4096 {
            let byte = value[index]
            if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            }
            index += 1
        }
        if HTMLMarks.find("display:none", in: compact) != nil || HTMLMarks.find("visibility:hidden", in: compact) != nil
            || HTMLMarks.find("mso-hide:all", in: compact) != nil {
            hidden = true
        }
        for property in ["font-size:", "max-height:", "opacity:"] where HTMLMarks.isZero(property, in: compact) {
            hidden = true
        }
        if HTMLMarks.find("border-top:", in: compact) != nil || HTMLMarks.find("border-top-style:solid", in: compact) != nil {
            borderTop = true
        }
    }

    /// Whether `property` is set to zero ("0", "0px", "0pt", "0%"), not "0.8em".
    private static func isZero(_ property: String, in style: [UInt8]) -> Bool {
        var from = 0
        while let start = find(property, in: style, from: from) {
            from = start + 1
            // "font-size" also ends "mso-font-size": the property must start the declaration.
            if start > 0, style[start - 1] != UInt8(ascii: ";"), style[start - 1] != UInt8(ascii: "\"") { continue }
            var index = start + property.utf8.count
            guard index < style.count, style[index] == UInt8(ascii: "0") else { continue }
            index += 1
            while index < style.count, style[index] == UInt8(ascii: "0") { index += 1 }
            if index == style.count { return true }
            let next = style[index]
            if next == UInt8(ascii: ";") || next == UInt8(ascii: "!") || next == UInt8(ascii: "%") { return true }
            if next == UInt8(ascii: "p") || next == UInt8(ascii: "e") || next == UInt8(ascii: "r") { return true }
        }
        return false
    }

    private static func find(_ needle: String, in haystack: [UInt8], from: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count else { return nil }
        var start = from
        while start + pattern.count <= haystack.count {
            if haystack[start] == pattern[0] {
                var matched = 1
                while matched < pattern.count, haystack[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }

    static func lowered(_ value: UnsafePointer<UInt8>, limit: Int = 24) -> String {
        var bytes: [UInt8] = []
        var index = 0
        while value[index] != 0, index < limit {
            let byte = value[index]
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
