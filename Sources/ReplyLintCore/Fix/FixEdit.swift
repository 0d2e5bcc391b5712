// Which suggestions `--fix` may apply to one file, as byte edits of the file on disk.
// Only rules marked `fix: true` (their suggestions are exact replacements, not guesses),
// only findings whose text maps one for one onto the file's bytes (never a decoded entity
// or an encoded e-mail body), and never two edits that overlap.

public struct FixEdit: Sendable, Equatable {
    /// Bytes of the file to replace.
    public var range: Range<Int>
    public var replacement: [UInt8]
}

public enum FixPlan {
    /// The edits for `findings` of `document`, whose source must be `fileBytes` unchanged.
    public static func edits(_ findings: [Finding], document: Document, fileBytes: [UInt8], fixable: (String) -> Bool) -> [FixEdit] {
        // A file transcoded from another charset or repaired on reading: positions are not the file's bytes.
        guard document.source.bytes == fileBytes else { return [] }
        var edits: [FixEdit] = []
        for finding in findings {
            guard fixable(finding.rule), let suggestion = finding.suggestion, let range = finding.bodyRange, !range.isEmpty,
                  range.upperBound <= document.body.bytes.count,
                  let source = sourceRange(of: range, in: document.body, fileBytes: fileBytes),
                  let replacement = replacementBytes(suggestion, format: document.format)
            else { continue }
            // Joining two lines ("the\nthe" → "the") changes the layout the writer chose: leave it to them.
            if fileBytes[source].contains(where: { $0 == 0x0A || $0 == 0x0D }), !replacement.contains(0x0A) { continue }
            edits.append(FixEdit(range: source, replacement: replacement))
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [FixEdit] = []
        for edit in edits where kept.last.map({ $0.range.upperBound <= edit.range.lowerBound }) ?? true {
            kept.append(edit)
        }
        return kept
    }

    /// The file with the edits applied (edits sorted, not overlapping).
    public static func apply(_ edits: [FixEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.reversed() {
            result.replaceSubrange(edit.range, with: edit.replacement)
        }
        return result
    }

    /// The file bytes a visible range stands for, when it is copied from them one for one.
    static func sourceRange(of range: Range<Int>, in text: VisibleText, fileBytes: [UInt8]) -> Range<Int>? {
        var start: Int?
        var next: Int?
        var contiguous = true
        text.map.forEachRun(in: range) { run, source, isContiguous in
            if !isContiguous || (next != nil && next != source) { contiguous = false }
            if start == nil { start = source }
            next = source + run.count
        }
        guard contiguous, let start, let end = next, end <= fileBytes.count,
              fileBytes[start..<end].elementsEqual(text.bytes[range]) else { return nil }
        return start..<end
    }

    /// The suggestion as it must be written in a file of this format; nil when it cannot be written safely.
    static func replacementBytes(_ suggestion: String, format: InputFormat) -> [UInt8]? {
        switch format {
        case .txt:
            return Array(suggestion.utf8)
        case .html:
            return Array(MarkupEscaping.text(suggestion).utf8)
        case .eml:
            // Plain ASCII only, and no "=": the part may be quoted-printable.
            let bytes = Array(suggestion.utf8)
            return bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "=") }) ? bytes : nil
        }
    }
}
