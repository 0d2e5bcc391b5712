// Reads the template syntax of a draft in template mode, byte by byte: Mustache and
// Handlebars `{{name}}`/`{{#section}}…{{/section}}`, Liquid `{{ x | default: "y" }}` and
// `{% if %}…{% endif %}`, Help Scout `{%customer.firstName,fallback=there%}` and Mailchimp
// `*|FNAME|*`/`*|IF:X|*…*|END:IF|*`. It finds the variables (with their fallbacks and the
// conditions guarding them), malformed tags and unbalanced blocks, and the byte ranges of
// every tag, so other rules can leave them alone.

public struct TemplateVariable: Sendable {
    public var range: Range<Int>
    /// The variable as written ("customer.first_name", "FNAME").
    public var name: String
    public var hasFallback: Bool
    /// Inside a block that only renders when this variable is set ({{#if name}}, *|IF:FNAME|*).
    public var isGuarded: Bool
    /// Names bound by enclosing loops ("item" in {% for item in order.items %}).
    public var locals: [String]
}

public struct TemplateProblem: Sendable {
    public var range: Range<Int>
    public var message: String
}

public struct TemplateScan: Sendable {
    public var variables: [TemplateVariable] = []
    public var problems: [TemplateProblem] = []
    /// Every tag, well formed or not: other rules skip findings inside them.
    public var tagRanges: [Range<Int>] = []

    public func covers(_ offset: Int) -> Bool {
        var low = 0
        var high = tagRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = tagRanges[middle]
            if offset < range.lowerBound { high = middle - 1 } else if offset >= range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}

public struct TemplateScanner {
    /// Syntaxes to read (nil: all of them).
    let syntaxes: Set<PlaceholderSyntax>?

    private struct Block {
        var keyword: String
        var shown: String
        var range: Range<Int>
        var guardName: String?
        var local: String?
    }

    private var bytes: [UInt8] = []
    private var scan = TemplateScan()
    private var blocks: [Block] = []

    public init(syntaxes: Set<PlaceholderSyntax>?) {
        self.syntaxes = syntaxes
    }

    static let liquidBlocks: Set<String> = ["if", "unless", "for", "case", "capture", "comment", "raw", "tablerow"]
    static let liquidInner: Set<String> = [
        "else", "elsif", "when", "break", "continue", "assign", "increment", "decrement", "include", "render",
        "echo", "liquid", "cycle", "layout", "section",
    ]

    public mutating func scan(_ text: [UInt8]) -> TemplateScan {
        bytes = text
        scan = TemplateScan()
        blocks = []
        let braces = allows(.doubleBraces)
        let percent = allows(.bracePercent)
        let star = allows(.starPipe)
        var index = 0
        while index + 1 < bytes.count {
            let byte = bytes[index]
            let next = bytes[index + 1]
            if byte == UInt8(ascii: "{"), next == UInt8(ascii: "{"), braces {
                index = doubleBraces(at: index)
            } else if byte == UInt8(ascii: "{"), next == UInt8(ascii: "%"), percent {
                index = percentTag(at: index)
            } else if byte == UInt8(ascii: "*"), next == UInt8(ascii: "|"), star {
                index = starPipe(at: index)
            } else {
                index += 1
            }
        }
        for block in blocks {
            scan.problems.append(TemplateProblem(range: block.range, message: "'\(block.shown)' is never closed"))
        }
        scan.tagRanges.sort { $0.lowerBound < $1.lowerBound }
        scan.problems.sort { $0.range.lowerBound < $1.range.lowerBound }
        return scan
    }

    private func allows(_ syntax: PlaceholderSyntax) -> Bool { syntaxes?.contains(syntax) ?? true }

    // MARK: Tags

    /// Index of `closer` from `start` on the same line within 200 bytes; stops at `opener`.
    private func find(_ closer: (UInt8, UInt8), from start: Int, opener: (UInt8, UInt8)) -> Int? {
        var index = start
        let end = min(bytes.count - 1, start + 200)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { return nil }
            if byte == closer.0, bytes[index + 1] == closer.1 { return index }
            if byte == opener.0, bytes[index + 1] == opener.1 { return nil }
            index += 1
        }
        return nil
    }

    /// The end of a broken tag, for the finding's range: through a lone closer, else the name's end.
    private func brokenEnd(from start: Int) -> Int {
        var index = start
        var seenName = false
        while index < bytes.count, index < start + 60 {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "%") { return index + 1 }
            if byte == 0x20, seenName { break }
            if isNameByte(byte) { seenName = true }
            index += 1
        }
        return index
    }

    private mutating func problem(_ range: Range<Int>, _ message: String) {
        scan.problems.append(TemplateProblem(range: range, message: message))
        scan.tagRanges.append(range)
    }

    private mutating func doubleBraces(at start: Int) -> Int {
        let triple = start + 2 < bytes.count && bytes[start + 2] == UInt8(ascii: "{")
        guard let close = find((0x7D, 0x7D), from: start + 2, opener: (0x7B, 0x7B)) else {
            let end = brokenEnd(from: start + 2)
            problem(start..<end, "'\(text(start..<end))' is not closed with '}}'")
            return end
        }
        var end = close + 2
        if triple, end < bytes.count, bytes[end] == UInt8(ascii: "}") { end += 1 }
        let range = start..<end
        scan.tagRanges.append(range)
        let inner = trimmed(text((start + (triple ? 3 : 2))..<close), marks: "-~")
        guard let first = inner.first else {
            problem(range, "empty template tag '\(text(range))'")
            return end
        }
        let rest = String(inner.dropFirst()).trimmingSpaces
        switch first {
        case "#", "^":
            let words = rest.split(separator: " ").map(String.init)
            guard let keyword = words.first, isName(keyword) else {
                problem(range, "section '\(text(range))' needs a name")
                return end
            }
            let isHelper = ["if", "unless", "with", "each"].contains(keyword)
            let subject = isHelper ? words.dropFirst().first : keyword
            blocks.append(Block(
                keyword: keyword, shown: text(range), range: range,
                guardName: keyword == "each" ? nil : subject, local: keyword == "each" ? "this" : nil
            ))
        case "/":
            closeBlock(rest, range: range)
        case "!", ">":
            break
        default:
            if inner == "else" || inner.hasPrefix("else ") { break }
            expression(inner, range: range, fallbackFilters: ["default", "fallback"])
        }
        return end
    }

    private mutating func percentTag(at start: Int) -> Int {
        guard let close = find((0x25, 0x7D), from: start + 2, opener: (0x7B, 0x25)) else {
            let end = brokenEnd(from: start + 2)
            problem(start..<end, "'\(text(start..<end))' is not closed with '%}'")
            return end
        }
        let range = start..<close + 2
        scan.tagRanges.append(range)
        let inner = trimmed(text(start + 2..<close), marks: "-")
        let words = inner.split(separator: " ").map(String.init)
        guard let keyword = words.first else {
            problem(range, "empty template tag '\(text(range))'")
            return range.upperBound
        }
        if Self.liquidBlocks.contains(keyword) {
            let local = keyword == "for" && words.count > 1 ? words[1] : nil
            let subject = keyword == "if" || keyword == "unless" ? words.dropFirst().first : nil
            blocks.append(Block(keyword: keyword, shown: text(range), range: range, guardName: subject, local: local))
        } else if keyword.hasPrefix("end"), Self.liquidBlocks.contains(String(keyword.dropFirst(3))) {
            closeBlock(String(keyword.dropFirst(3)), range: range)
        } else if Self.liquidInner.contains(keyword) {
            return range.upperBound
        } else if words.count == 1 {
            // Help Scout: {%customer.firstName,fallback=there%}
            let parts = inner.split(separator: ",", maxSplits: 1).map(String.init)
            let hasFallback = parts.count == 2 && parts[1].hasPrefix("fallback=")
            guard isName(parts[0]), parts.count == 1 || hasFallback else {
                problem(range, "'\(text(range))' is neither a Liquid tag nor a variable")
                return range.upperBound
            }
            variable(parts[0], range: range, hasFallback: hasFallback)
        } else {
            problem(range, "unknown template tag '\(keyword)' in '\(text(range))'")
        }
        return range.upperBound
    }

    private mutating func starPipe(at start: Int) -> Int {
        guard let close = find((0x7C, 0x2A), from: start + 2, opener: (0x2A, 0x7C)) else {
            let end = brokenEnd(from: start + 2)
            problem(start..<end, "'\(text(start..<end))' is not closed with '|*'")
            return end
        }
        let range = start..<close + 2
        scan.tagRanges.append(range)
        let inner = text(start + 2..<close).trimmingSpaces
        let upper = inner.uppercased()
        if upper.hasPrefix("IF:") || upper.hasPrefix("IFNOT:") {
            let subject = String(inner.split(separator: ":", maxSplits: 1).last ?? "")
            blocks.append(Block(keyword: "IF", shown: text(range), range: range, guardName: subject, local: nil))
        } else if upper == "END:IF" {
            closeBlock("IF", range: range)
        } else if upper.hasPrefix("ELSE") {
            return range.upperBound
        } else if !inner.isEmpty, inner.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == ":" }) {
            variable(inner, range: range, hasFallback: false)
        } else {
            problem(range, "malformed merge tag '\(text(range))'")
        }
        return range.upperBound
    }

    private mutating func closeBlock(_ keyword: String, range: Range<Int>) {
        let name = keyword.trimmingSpaces
        guard let last = blocks.last else {
            problem(range, "'\(text(range))' closes a block that was never opened")
            return
        }
        if last.keyword == name {
            blocks.removeLast()
        } else {
            problem(range, "'\(text(range))' does not close '\(last.shown)'")
            if blocks.contains(where: { $0.keyword == name }) {
                while let top = blocks.last, top.keyword != name { blocks.removeLast() }
                blocks.removeLast()
            }
        }
    }

    /// `name | filter: "x"` (Liquid, Intercom) or `helper arg` (Handlebars).
    private mutating func expression(_ inner: String, range: Range<Int>, fallbackFilters: Set<String>) {
        let parts = inner.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let head = parts[0]
        guard !head.isEmpty else {
            problem(range, "template tag '\(text(range))' has no variable")
            return
        }
        let words = head.split(separator: " ").map(String.init)
        for word in words where !isName(word) && !isLiteral(word) {
            problem(range, "'\(word)' is not a variable name in '\(text(range))'")
            return
        }
        let filters = parts.dropFirst().map { String($0.prefix { $0 != ":" && $0 != " " }) }
        if filters.contains(where: { $0.isEmpty }) {
            problem(range, "empty filter in '\(text(range))'")
            return
        }
        // A Handlebars helper call ("formatDate order.date") names no single variable.
        guard words.count == 1 else { return }
        variable(head, range: range, hasFallback: filters.contains { fallbackFilters.contains($0) })
    }

    private mutating func variable(_ name: String, range: Range<Int>, hasFallback: Bool) {
        let guarded = blocks.contains { $0.guardName == name }
        scan.variables.append(TemplateVariable(
            range: range, name: name, hasFallback: hasFallback, isGuarded: guarded, locals: blocks.compactMap(\.local)
        ))
    }

    // MARK: Text

    private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private func trimmed(_ text: String, marks: String) -> String {
        var inner = Substring(text.trimmingSpaces)
        if let first = inner.first, marks.contains(first) { inner = inner.dropFirst() }
        if let last = inner.last, marks.contains(last) { inner = inner.dropLast() }
        return String(inner).trimmingSpaces
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_")
    }

    /// "first_name", "ticket.requester.first_name", "@index", "items.[0]", "this".
    private func isName(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter || first == "_" || first == "@" else { return false }
        return word.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "_.-@[]".contains($0) }
            && !word.hasSuffix(".") && !word.contains("..")
    }

    /// A quoted string, a number, or a Handlebars hash argument (key="value").
    private func isLiteral(_ word: String) -> Bool {
        if word.hasPrefix("\"") || word.hasPrefix("'") || word.hasSuffix("\"") || word.hasSuffix("'") { return true }
        if Double(word) != nil { return true }
        if let equals = word.firstIndex(of: "=") { return isName(String(word[..<equals])) }
        return false
    }
}
