// Where the reply of a draft starts: its first line that is not quoted, for findings about
// the draft as a whole (unanswered-question, escalate, customer-name).

/// The first line of a draft's reply.
enum FirstReplyLine {
    /// The first line of the reply that is not quoted ("> ..."), as a byte range.
    static func first(_ analysis: TextAnalysis, before end: Int) -> Range<Int>? {
        let tokens = analysis.tokens
        var first = 0
        while first < tokens.count, Int(tokens[first].start) < end {
            var last = first
            while last + 1 < tokens.count, !tokens[last + 1].flags.contains(.newlineBefore), Int(tokens[last + 1].end) <= end {
                last += 1
            }
            let token = tokens[first]
            let quoted = token.kind == .symbol && analysis.bytes[Int(token.start)] == UInt8(ascii: ">")
            if !quoted { return Int(token.start)..<Int(tokens[last].end) }
            first = last + 1
        }
        return nil
    }
}
