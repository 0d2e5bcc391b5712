// The `shouting` kind: runs of words in capitals and repeated ! and ? marks, found
// on tokens. Acronyms, order codes and headings are not shouting.
//
//   acronyms: [UPS, PDF, ...]          words that are written in capitals anyway
//   single_word_letters: 5             one capitalised word this long shouts in a lower-case sentence
//   punctuation_message: "..."         message for "!!" and "?!"

struct ShoutingCheck: Check {
    let definition: RuleDefinition
    /// Upper-case forms of the acronyms, compared with the token's bytes.
    let acronyms: Set<[UInt8]>
    let singleWordLetters: Int
    let punctuationMessage: String?

    static let kind = RuleKind(name: "shouting", keys: ["acronyms", "single_word_letters", "punctuation_message"]) { definition, node, _ throws(DataError) in
        let letters = try node["single_word_letters"]?.number() ?? 5
        return ShoutingCheck(
            definition: definition,
            acronyms: Set(try node.required("acronyms").strings().map { Array($0.uppercased().utf8) }),
            singleWordLetters: Int(letters),
            punctuationMessage: try node["punctuation_message"]?.string()
        )
    }

    func run(_ context: LintContext) -> [Finding] {
        let analysis = context.analysis
        let tokens = analysis.tokens
        let end = analysis.firstToken(atOrAfter: context.document.replyRange.upperBound)
        var findings = FindingList(definition, context)
        var index = 0
        while index < end {
            let token = tokens[index]
            if token.kind == .punctuation, let marks = markRun(from: index, end: end, analysis) {
                guard findings.append(context.finding(
                    definition, range: analysis.byteRange(index..<marks.end), message: punctuationMessage,
                    suggestion: marks.question ? "?" : "!"
                )) else { break }
                index = marks.end
                continue
            }
            if isCapitalWord(index, analysis) {
                let run = capsRun(from: index, end: end, analysis)
                if isShouting(run, analysis) {
                    guard findings.append(context.finding(definition, range: analysis.byteRange(run.tokens))) else { break }
                }
                index = run.tokens.upperBound
                continue
            }
            index += 1
        }
        return findings.findings
    }

    // MARK: Repeated marks

    /// "!!", "??", "?!", "!?!" (two or more marks glued together), or one of ‼ ⁇ ⁈ ⁉.
    private func markRun(from start: Int, end: Int, _ analysis: TextAnalysis) -> (end: Int, question: Bool)? {
        var index = start
        var count = 0
        var question = false
        while index < end, index == start || !analysis.tokens[index].flags.contains(.spaceBefore) {
            let token = analysis.tokens[index]
            guard token.kind == .punctuation, let mark = Self.mark(token, analysis.bytes) else { break }
            count += mark.count
            question = question || mark.question
            index += 1
        }
        return count >= 2 ? (index, question) : nil
    }

    /// How many marks a punctuation token stands for, and whether one is a question mark.
    private static func mark(_ token: Token, _ bytes: [UInt8]) -> (count: Int, question: Bool)? {
        let first = bytes[Int(token.start)]
        if token.length == 1 {
            if first == UInt8(ascii: "!") { return (1, false) }
            if first == UInt8(ascii: "?") { return (1, true) }
            return nil
        }
        guard token.length == 3, first == 0xE2 || first == 0xEF else { return nil }
        switch (bytes[Int(token.start) + 1], bytes[Int(token.start) + 2]) {
        case (0x80, 0xBC): return (2, false) // ‼
        case (0x81, 0x87), (0x81, 0x88), (0x81, 0x89): return (2, true) // ⁇ ⁈ ⁉
        case (0xBC, 0x81) where first == 0xEF: return (1, false) // fullwidth !
        default: return nil
        }
    }

    // MARK: Capitals

    private struct Run {
        var tokens: Range<Int>
        /// Words that count: two or more letters, not acronyms.
        var loud: Int
        var longest: Int
    }

    /// A word in capitals that is neither a code ("A10492", "XJ-9") nor dotted ("U.S").
    private func isCapitalWord(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        guard token.kind == .word, token.flags.contains(.allCaps), !token.flags.contains(.hasDigit),
              !token.flags.contains(.dotted) else { return false }
        return !isGluedToDigits(index, analysis)
    }

    /// Part of a code like "XJ-9" or "SKU-2231-B" (glued, through - / # or nothing, to a
    /// number), or a colour or reference after "#" ("#FFFFFF").
    private func isGluedToDigits(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if index > 0, !tokens[index].flags.contains(.spaceBefore), tokens[index - 1].kind == .symbol,
           analysis.bytes[Int(tokens[index - 1].start)] == UInt8(ascii: "#") { return true }
        var left = index
        while left > 0, index - left < 4, !tokens[left].flags.contains(.spaceBefore) {
            left -= 1
            if tokens[left].kind == .number || tokens[left].flags.contains(.hasDigit) { return true }
        }
        var right = index + 1
        while right < tokens.count, right - index <= 4, !tokens[right].flags.contains(.spaceBefore) {
            if tokens[right].kind == .number || tokens[right].flags.contains(.hasDigit) { return true }
            right += 1
        }
        return false
    }

    /// Words in capitals with only numbers, codes, acronyms and light punctuation between
    /// them, on one line.
    private func capsRun(from start: Int, end: Int, _ analysis: TextAnalysis) -> Run {
        let tokens = analysis.tokens
        var run = Run(tokens: start..<start + 1, loud: 0, longest: 0)
        var index = start
        while index < end {
            let token = tokens[index]
            if index > start, token.flags.contains(.newlineBefore) { break }
            if isCapitalWord(index, analysis) {
                let letters = token.length
                // The second part of a hyphenated pair ("EN-GB", "T-SHIRT") is not a word of its own.
                let continues = index > start + 1 && !token.flags.contains(.spaceBefore)
                    && !tokens[index - 1].flags.contains(.spaceBefore) && analysis.bytes[Int(tokens[index - 1].start)] == UInt8(ascii: "-")
                if letters >= 2, !continues, !acronyms.contains(Array(analysis.bytes[token.range])) {
                    run.loud += 1
                    run.longest = max(run.longest, letters)
                }
                run.tokens = start..<index + 1
            } else if token.kind == .number || (token.kind == .word && token.flags.contains(.hasDigit))
                        || (token.kind == .word && token.flags.contains(.dotted) && token.flags.contains(.allCaps)) {
                // Numbers, codes and dotted abbreviations neither shout nor end the run.
            } else if token.kind == .punctuation, token.length == 1, Self.joins(analysis.bytes[Int(token.start)]) {
                // Light punctuation inside a run: "DO NOT, UNDER ANY CIRCUMSTANCES".
            } else {
                break
            }
            index += 1
        }
        return run
    }

    private static func joins(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    private func isShouting(_ run: Run, _ analysis: TextAnalysis) -> Bool {
        if isHeading(run, analysis) || isTag(run, analysis) { return false }
        if run.loud >= 2 { return true }
        guard run.loud == 1, run.longest >= singleWordLetters else { return false }
        // One long word shouts only inside an otherwise ordinary sentence.
        let first = run.tokens.lowerBound
        if isLabel(first, analysis) { return false }
        guard let sentence = analysis.sentenceIndex(ofToken: first) else { return false }
        let quiet = analysis.sentences[sentence].filter { index in
            let token = analysis.tokens[index]
            return token.kind == .word && !token.flags.contains(.allCaps) && !run.tokens.contains(index)
        }
        return quiet.count >= 3
    }

    /// "IMPORTANT: ..." or "NOTE - ..." at the start of a line: a label, not a raised voice.
    private func isLabel(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard index == 0 || tokens[index].flags.contains(.newlineBefore), index + 1 < tokens.count else { return false }
        let next = analysis.bytes[Int(tokens[index + 1].start)]
        return tokens[index + 1].kind == .punctuation && (next == UInt8(ascii: ":") || next == UInt8(ascii: "-"))
    }

    /// "[EXTERNAL]", "[URGENT]": a tag in square brackets, as mail systems add to subjects.
    private func isTag(_ run: Run, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let before = run.tokens.lowerBound - 1
        let after = run.tokens.upperBound
        guard before >= 0, after < tokens.count else { return false }
        return analysis.bytes[Int(tokens[before].start)] == UInt8(ascii: "[") && tokens[before].kind == .punctuation
            && analysis.bytes[Int(tokens[after].start)] == UInt8(ascii: "]") && tokens[after].kind == .punctuation
    }

    /// A short line that is nothing but the run ("ORDER SUMMARY", "RETURNS:", "2. BILLING"):
    /// a heading.
    private func isHeading(_ run: Run, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        var first = run.tokens.lowerBound
        // A heading's number or bullet ("1.", "2)", "-", "#").
        while first > 0, !tokens[first].flags.contains(.newlineBefore), tokens[first - 1].kind != .word,
              tokens[first - 1].kind != .url, tokens[first - 1].kind != .email {
            first -= 1
        }
        guard first == 0 || tokens[first].flags.contains(.newlineBefore), run.loud <= 5 else { return false }
        var after = run.tokens.upperBound
        if after < tokens.count, tokens[after].kind == .punctuation, !tokens[after].flags.contains(.newlineBefore),
           analysis.bytes[Int(tokens[after].start)] == UInt8(ascii: ":") {
            after += 1
        }
        return after == tokens.count || tokens[after].flags.contains(.newlineBefore)
    }
}
