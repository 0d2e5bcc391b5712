// The `repeated-word` kind: the same word twice in a row ("the the"), also across a
// line break, which is how it usually slips past the writer.
//
//   allowed: [had, that, ...]     words that may stand twice on purpose ("had had")

struct RepeatedWordCheck: Check {
    let definition: RuleDefinition
    /// Folded words that may be doubled.
    let allowed: Set<String>

    static let kind = RuleKind(name: "repeated-word", keys: ["allowed"]) { definition, node, _ throws(DataError) in
        RepeatedWordCheck(definition: definition, allowed: Set(try node.required("allowed").strings().map(Folding.fold)))
    }

    func run(_ context: LintContext) -> [Finding] {
        let analysis = context.analysis
        let tokens = analysis.tokens
        let bytes = analysis.bytes
        let end = analysis.firstToken(atOrAfter: context.document.replyRange.upperBound)
        var findings = FindingList(definition, context)
        var second = 1
        while second < end {
            let firstToken = tokens[second - 1]
            let secondToken = tokens[second]
            // Only words (not numbers: "10 10" is a list of values), with white space between.
            // Cheap tests first: this runs for every pair of neighbouring tokens.
            guard firstToken.kind == .word, secondToken.kind == .word, secondToken.flags.contains(.spaceBefore),
                  firstToken.length == secondToken.length || firstToken.flags.contains(.nonASCII) || secondToken.flags.contains(.nonASCII),
                  bytes[Int(firstToken.start)] | 0x20 == bytes[Int(secondToken.start)] | 0x20,
                  // "72.0pt 72.0pt", "v2 v2": values and codes, not words.
                  !firstToken.flags.contains(.hasDigit), !firstToken.flags.contains(.dotted),
                  !secondToken.flags.contains(.blankLineBefore), sameFolded(firstToken, secondToken, bytes),
                  // "Bora Bora", "Duran Duran": a capital on the second word makes it a name,
                  // and one inside a word ("bucketResponse") makes it code.
                  !secondToken.flags.contains(.capitalized) || secondToken.flags.contains(.allCaps),
                  !hasInnerCapital(secondToken, bytes),
                  // Glued to something on either side ("an X-ray ray"): part of a larger word.
                  !isGlued(before: second - 1, tokens, bytes), !isGlued(after: second, tokens, bytes),
                  !allowed.contains(analysis.folded(firstToken))
            else {
                second += 1
                continue
            }
            let word = analysis.string(firstToken)
            guard findings.append(context.finding(
                definition, range: Int(firstToken.start)..<Int(secondToken.end), values: ["word": word], suggestion: word
            )) else { break }
            second += 2
        }
        return findings.findings
    }

    private func sameFolded(_ a: Token, _ b: Token, _ bytes: [UInt8]) -> Bool {
        if a.flags.contains(.nonASCII) || b.flags.contains(.nonASCII) {
            return bytes.withUnsafeBufferPointer { buffer in
                var left: [UInt8] = []
                var right: [UInt8] = []
                Folding.fold(buffer, a.range, into: &left)
                Folding.fold(buffer, b.range, into: &right)
                return left == right
            }
        }
        guard a.length == b.length else { return false }
        for offset in 0..<a.length where bytes[Int(a.start) + offset] | 0x20 != bytes[Int(b.start) + offset] | 0x20 {
            return false
        }
        return true
    }

    private func hasInnerCapital(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard !token.flags.contains(.allCaps), token.length > 1 else { return false }
        return bytes[Int(token.start) + 1..<Int(token.end)].contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    private func isGlued(before index: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        index > 0 && !tokens[index].flags.contains(.spaceBefore) && Self.joins(tokens[index - 1], bytes)
    }

    private func isGlued(after index: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        index + 1 < tokens.count && !tokens[index + 1].flags.contains(.spaceBefore) && Self.joins(tokens[index + 1], bytes)
    }

    /// A joiner that makes a word part of something larger ("x-ray", "R&D", "file_name").
    private static func joins(_ token: Token, _ bytes: [UInt8]) -> Bool {
        (token.kind == .punctuation || token.kind == .symbol) && token.length == 1 && PhraseIndex.isJoiner(bytes[Int(token.start)])
    }
}
