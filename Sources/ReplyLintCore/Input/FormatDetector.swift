// Which reader a file needs: by extension first, then by its first bytes.

public enum FormatDetector {
    public static let draftExtensions: [String: InputFormat] = [
        "txt": .txt, "md": .txt, "mustache": .txt, "hbs": .txt, "liquid": .txt,
        "html": .html, "htm": .html, "eml": .eml,
    ]

    public static func format(path: String, bytes: [UInt8]) -> InputFormat {
        if let dot = path.lastIndex(of: "."), !path[dot...].contains(where: { $0 == "/" }),
           let format = draftExtensions[path[path.index(after: dot)...].lowercased()] {
            return format
        }
        return sniff(bytes)
    }

    /// A guess from the content, for standard input and files without a known extension.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        let lower = head.lowercased()
        let trimmed = lower.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") && lower.contains("<html") {
            return .html
        }
        if looksLikeHeaders(head) { return .eml }
        let tags = ["<body", "<div", "<p>", "<p ", "<br", "<table", "<span", "<blockquote"]
        if trimmed.hasPrefix("<"), tags.contains(where: { lower.contains($0) }) { return .html }
        return .txt
    }

    /// The first lines are RFC 5322 header fields, one of them a usual mail header.
    private static func looksLikeHeaders(_ head: String) -> Bool {
        let known: Set<String> = ["from", "to", "subject", "date", "received", "return-path", "mime-version",
                                  "message-id", "delivered-to", "content-type", "reply-to", "x-mailer", "cc"]
        var sawKnown = 0
        // "\r\n" is one Character in Swift: split on every line end, not only on "\n".
        for line in head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix(12) {
            if line.isEmpty { return sawKnown >= 2 }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":") else { return false }
            let name = line[..<colon]
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
            if known.contains(name.lowercased()) { sawKnown += 1 }
        }
        return sawKnown >= 2
    }
}
