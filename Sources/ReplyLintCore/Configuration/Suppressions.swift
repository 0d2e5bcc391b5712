// Inline suppressions, read from the file's raw bytes so they work the same in .txt,
// .html and .eml: on a line of their own in plain text, or inside an HTML comment.
//
//   replylint-disable-next-line slang, shouting     the next line, those rules (none named: all)
//   replylint-disable-line slang                     this line (for a comment at the end of a line)
//   replylint-disable slang  …  replylint-enable slang   a region (to the end of the file if not enabled)
//   replylint-disable-file [rules]                   the whole file
//   anything after " -- " is a reason and is ignored

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct SuppressionDirective: Sendable {
    public enum Kind: String, Sendable {
        case nextLine = "replylint-disable-next-line"
        case line = "replylint-disable-line"
        case disable = "replylint-disable"
        case enable = "replylint-enable"
        case file = "replylint-disable-file"
    }

    public var kind: Kind
    /// Rule ids named; empty means every rule.
    public var rules: [String]
    /// Where the directive (or the comment holding it) starts and ends in the file.
    public var start: SourceLocation
    public var end: SourceLocation
    public var text: String
}

/// The lines a disable directive covers.
public struct SuppressedRegion: Sendable {
    public var directive: Int
    public var rules: [String]
    public var lines: ClosedRange<Int>

    func covers(_ finding: Finding) -> Bool {
        lines.contains(finding.start.line) && (rules.isEmpty || rules.contains(finding.rule))
    }
}

public struct Suppressions: Sendable {
    public private(set) var directives: [SuppressionDirective] = []
    public private(set) var regions: [SuppressedRegion] = []

    public var isEmpty: Bool { directives.isEmpty }

    public init(_ source: SourceText) {
        let bytes = source.bytes
        let marker = Array("replylint-".utf8)
        var offsets: [Int] = []
        // Every directive has "replylint-": memchr jumps from hyphen to hyphen (rare in prose),
        // and only then are the nine bytes before one compared.
        bytes.withUnsafeBufferPointer { buffer in
            marker.withUnsafeBufferPointer { name in
                guard let base = buffer.baseAddress, let nameBase = name.baseAddress else { return }
                let before = name.count - 1
                var index = before
                while index < buffer.count, let found = memchr(base + index, 0x2D, buffer.count - index) {
                    let dash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + dash - before, nameBase, before) == 0 { offsets.append(dash - before) }
                    index = dash + 1
                }
            }
        }
        guard !offsets.isEmpty else { return }
        for offset in offsets {
            if let directive = Self.directive(at: offset, in: source) { directives.append(directive) }
        }
        regions = Self.regions(directives, lineCount: source.lineCount)
    }

    private static func directive(at offset: Int, in source: SourceText) -> SuppressionDirective? {
        let bytes = source.bytes
        let lineIndex = source.lineIndex(containing: offset)
        let lineStart = source.lineStarts[lineIndex]
        var before = offset
        while before > lineStart, bytes[before - 1] == 0x20 || bytes[before - 1] == 0x09 { before -= 1 }
        let spanStart: Int
        var textEnd: Int
        var spanEnd: Int
        if before >= 4, Array(bytes[(before - 4)..<before]) == Array("<!--".utf8) {
            guard let close = find(Array("-->".utf8), in: bytes, from: offset, limit: 1000) else { return nil }
            spanStart = before - 4
            textEnd = close
            spanEnd = close + 3
        } else {
            // Plain text: alone on its line, after at most a comment mark ("#", "//").
            let lead = bytes[lineStart..<before].filter { $0 != 0x20 && $0 != 0x09 }
            guard lead.isEmpty || lead == Array("#".utf8) || lead == Array("//".utf8) || lead == Array("--".utf8) else { return nil }
            spanStart = lineStart
            var end = offset
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            textEnd = end
            spanEnd = end
        }
        var text = String(decoding: bytes[offset..<textEnd], as: UTF8.self)
        if let reason = text.firstRange(of: " -- ") { text = String(text[..<reason.lowerBound]) }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\n" || $0 == "\r" })
        guard let head = words.first, let kind = SuppressionDirective.Kind(rawValue: String(head)) else { return nil }
        while textEnd > offset, bytes[textEnd - 1] == 0x20 || bytes[textEnd - 1] == 0x09 { textEnd -= 1 }
        return SuppressionDirective(
            kind: kind, rules: words.dropFirst().map(String.init).filter { $0 != "all" },
            start: source.location(of: spanStart), end: source.location(of: spanEnd),
            text: String(decoding: bytes[offset..<textEnd], as: UTF8.self).trimmingSpaces
        )
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var index = start
        let end = min(bytes.count - needle.count, start + limit)
        while index <= end {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func regions(_ directives: [SuppressionDirective], lineCount: Int) -> [SuppressedRegion] {
        var regions: [SuppressedRegion] = []
        /// Open `replylint-disable` regions: (directive, rules, first line).
        var open: [(directive: Int, rules: [String], from: Int)] = []
        let lastLine = max(1, lineCount)
        for (number, directive) in directives.enumerated() {
            switch directive.kind {
            case .nextLine:
                let line = directive.end.line + 1
                regions.append(SuppressedRegion(directive: number, rules: directive.rules, lines: line...line))
            case .line:
                regions.append(SuppressedRegion(directive: number, rules: directive.rules, lines: directive.start.line...directive.end.line))
            case .file:
                regions.append(SuppressedRegion(directive: number, rules: directive.rules, lines: 1...lastLine))
            case .disable:
                open.append((number, directive.rules, directive.end.line))
            case .enable:
                let line = max(1, directive.start.line)
                open.removeAll { region in
                    let closes = directive.rules.isEmpty || region.rules.contains { directive.rules.contains($0) }
                    if closes {
                        regions.append(SuppressedRegion(directive: region.directive, rules: region.rules, lines: region.from...max(region.from, line)))
                    }
                    return closes
                }
            }
        }
        for region in open {
            regions.append(SuppressedRegion(directive: region.directive, rules: region.rules, lines: region.from...lastLine))
        }
        return regions
    }

    /// Whether a finding starts inside a directive's own text (which no rule should judge).
    public func isInsideDirective(_ finding: Finding) -> Bool {
        directives.contains { finding.start >= $0.start && finding.start < $0.end }
    }
}
