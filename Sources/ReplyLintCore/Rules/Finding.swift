// One problem found in a draft, with its place in the file as on disk.

public struct RelatedLocation: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String?

    public init(path: String, line: Int, column: Int, message: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }
}

public struct Finding: Sendable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var start: SourceLocation
    /// Exclusive end.
    public var end: SourceLocation
    public var excerpt: String
    /// Replacement text for the excerpt, applied by `--fix`.
    public var suggestion: String?
    public var related: RelatedLocation?
    /// Byte range in the document's body, or nil when the finding is about the whole draft.
    public var bodyRange: Range<Int>?

    public init(
        rule: String, severity: Severity, message: String, start: SourceLocation, end: SourceLocation,
        excerpt: String, suggestion: String? = nil, related: RelatedLocation? = nil, bodyRange: Range<Int>? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.suggestion = suggestion
        self.related = related
        self.bodyRange = bodyRange
    }
}

public enum Message {
    /// Fills `{name}` slots of a rule's message.
    public static func render(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A short, single-line form of a piece of text for messages and excerpts.
    public static func excerpt(_ text: String, limit: Int = 80) -> String {
        var text = text
        if let ascii = text.withUTF8({ asciiExcerpt($0, limit: limit) }) { return ascii }
        var collapsed = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace, !collapsed.isEmpty { collapsed.append(" ") }
                lastWasSpace = true
            } else {
                collapsed.append(character)
                lastWasSpace = false
            }
        }
        while collapsed.last == " " { collapsed.removeLast() }
        if collapsed.count > limit { collapsed = String(collapsed.prefix(limit - 1)) + "…" }
        return collapsed
    }

    /// `excerpt` of an ASCII text, byte by byte (nil when the text is not ASCII): the same
    /// result without the cost of breaking the text into characters.
    private static func asciiExcerpt(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(bytes.count)
        var lastWasSpace = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if !lastWasSpace, !collapsed.isEmpty { collapsed.append(0x20) }
                lastWasSpace = true
            } else {
                collapsed.append(byte)
                lastWasSpace = false
            }
        }
        while collapsed.last == 0x20 { collapsed.removeLast() }
        if collapsed.count > limit { return String(decoding: collapsed[..<(limit - 1)], as: UTF8.self) + "…" }
        return String(decoding: collapsed, as: UTF8.self)
    }
}
