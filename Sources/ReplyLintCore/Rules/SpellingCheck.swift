// The `spelling` kind: words no Hunspell dictionary accepts (American and British
// spellings both pass). Names, codes, acronyms, links and the rule's own word list are
// skipped. Without libhunspell or its dictionaries the rule is off and says why once.
//
//   languages: [en_US, en_GB]                 Hunspell dictionaries; any one accepting a word is enough
//   dictionary_paths: [/usr/share/hunspell]   where LANG.aff and LANG.dic are looked for (after $DICPATH)
//   libraries: [libhunspell-1.7.so.0, ...]    shared library names, tried in order
//   words: [checkout, Shopify, ...]           accepted without asking Hunspell (any case)
//   suggested_message: "..."                  message when there is a suggestion
//   suggestions_per_draft: 25                 Hunspell suggestions (slow) for at most this many findings
//   unknown_share_limit: 0.3                  a draft with more unknown words than this is not judged

struct SpellingCheck: Check {
    let definition: RuleDefinition
    var costPerWord: Int { 3 }
    let speller: Speller
    /// Folded words accepted as they are.
    let words: Set<String>
    let suggestedMessage: String?
    /// Findings per draft that get a suggestion: Hunspell takes milliseconds for each.
    let suggestionsPerDraft: Int
    /// Share of unknown words above which a draft is taken for another language (or not
    /// prose) and left alone, rather than buried in warnings.
    let unknownShareLimit: Double
    /// Checked words a draft needs before its share of unknown words is judged.
    static let judgedFrom = 20
    /// Longest word checked: longer tokens are not words a dictionary could know.
    static let longestWord = 40
    /// Verdicts of this run, shared by every draft.
    let verdicts = VerdictCache()
    /// Shortest word at a sentence start that is checked (shorter ones are too often names).
    static let shortestSentenceStart = 5
    /// Tokens in a draft from which it keeps verdicts of its own.
    static let localCacheFrom = 4000

    static let kind = RuleKind(
        name: "spelling",
        keys: ["languages", "dictionary_paths", "libraries", "words", "suggested_message", "suggestions_per_draft", "unknown_share_limit"]
    ) { definition, node, _ throws(DataError) in
        let configuration = SpellerConfiguration(
            libraries: try node.required("libraries").strings(),
            languages: try node.required("languages").strings(),
            directories: try node.required("dictionary_paths").strings()
        )
        return SpellingCheck(
            definition: definition, speller: Speller.shared(configuration),
            words: Set(try node["words"]?.strings().map(Folding.fold) ?? []),
            suggestedMessage: try node["suggested_message"]?.string(),
            suggestionsPerDraft: Int(try node["suggestions_per_draft"]?.number() ?? 25),
            unknownShareLimit: try node["unknown_share_limit"]?.number() ?? 0.3
        )
    }

    var unavailableReason: String? { speller.unavailableReason }

    func run(_ context: LintContext) -> [Finding] {
        if speller.unavailableReason != nil { return [] }
        let analysis = context.analysis
        let tokens = analysis.tokens
        let end = analysis.firstToken(atOrAfter: context.document.replyRange.upperBound)
        var reported: [Int] = []
        var compounds: [Int] = []
        var sentenceStarts: [Int] = []
        var checked = 0
        // Verdicts by the word's bytes: the run's, behind a lock; a long draft also keeps its
        // own, so its thousands of repeated words skip the lock.
        var local = ByteKeyTable()
        let keepsOwn = end > Self.localCacheFrom
        SpellingCandidates.scan(analysis, end: end) { index, candidate, bytes in
            switch candidate {
            case .plain:
                checked += 1
                if !isKnown(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]), &local, keepsOwn) { reported.append(index) }
            case .compound:
                compounds.append(index)
            case .sentenceStart:
                sentenceStarts.append(index)
            }
        }
        for index in compounds where !isCorrect(hyphenated(index, analysis) ?? analysis.string(tokens[index])) {
            reported.append(index)
        }
        // At a sentence start, report only a word that is clearly a typo of a common word
        // ("Unfortunatly"), not a name ("Kwame asked ...").
        var judge = SentenceStartJudge(analysis: analysis, speller: speller)
        analysis.bytes.withUnsafeBufferPointer { bytes in
            for index in sentenceStarts where mayBeTypo(index, analysis) {
                let word = UnsafeBufferPointer(rebasing: bytes[tokens[index].range])
                if !isKnown(word, &local, keepsOwn), judge.isLikelyTypo(analysis.string(tokens[index])) { reported.append(index) }
            }
        }
        if checked >= Self.judgedFrom, Double(reported.count) > Double(checked) * unknownShareLimit { return [] }
        // The first findings get Hunspell's suggestion; the count is per draft, so what a
        // draft shows never depends on the drafts linted beside it.
        return context.capped(definition, reported.sorted().enumerated()) { number, index in
            finding(at: index, context, suggest: number < suggestionsPerDraft)
        }
    }

    @inline(__always)
    private func isKnown(_ word: UnsafeBufferPointer<UInt8>, _ local: inout ByteKeyTable, _ keepsOwn: Bool) -> Bool {
        if keepsOwn {
            let known = local.value(for: word)
            if known >= 0 { return known == 0 }
        }
        var verdict = verdicts.value(for: word)
        if verdict < 0 {
            verdict = isCorrect(String(decoding: word, as: UTF8.self)) ? 0 : 1
            verdicts.insert(word, value: verdict)
        }
        if keepsOwn { local.insert(Array(word), value: verdict) }
        return verdict == 0
    }

    private func finding(at index: Int, _ context: LintContext, suggest: Bool) -> Finding {
        let analysis = context.analysis
        let token = analysis.tokens[index]
        let word = analysis.string(token)
        let suggestion = suggest ? speller.suggestion(for: Self.plainApostrophes(word)) : nil
        return context.finding(
            definition, range: token.range, message: suggestion != nil ? suggestedMessage : nil,
            values: ["word": word, "languages": speller.languages.joined(separator: " or ")], suggestion: suggestion
        )
    }

    private func isCorrect(_ word: String) -> Bool {
        if words.contains(Folding.fold(word)) { return true }
        let plain = Self.plainApostrophes(word)
        // Right but for capitals ("bluetooth", "monday", "url"): a matter of style, not spelling.
        var forms = [plain]
        if let first = plain.first, first.isLowercase {
            forms += [first.uppercased() + plain.dropFirst(), plain.uppercased()]
        }
        // Every form against the common-word lists first: a dictionary is loaded only for a
        // word no list knows in any form.
        return forms.contains(where: speller.isCommon) || forms.contains(where: speller.isCorrect)
    }

    /// "don’t" → "don't": the dictionaries are written with straight apostrophes.
    static func plainApostrophes(_ word: String) -> String {
        guard word.utf8.contains(0xE2) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }

    /// The hyphenated compound a word belongs to ("pre" in "pre-order"), when that
    /// compound is correct as a whole; nil otherwise, so each part is judged alone.
    private func hyphenated(_ index: Int, _ analysis: TextAnalysis) -> String? {
        let tokens = analysis.tokens
        func isHyphen(_ at: Int) -> Bool {
            at > 0 && at < tokens.count && tokens[at].kind == .punctuation && tokens[at].length == 1
                && analysis.bytes[Int(tokens[at].start)] == UInt8(ascii: "-") && !tokens[at].flags.contains(.spaceBefore)
        }
        var first = index
        while first >= 2, isHyphen(first - 1), tokens[first - 2].kind == .word, !tokens[first - 1].flags.contains(.spaceBefore) {
            first -= 2
        }
        var last = index
        while last + 2 < tokens.count, isHyphen(last + 1), tokens[last + 2].kind == .word, !tokens[last + 2].flags.contains(.spaceBefore) {
            last += 2
        }
        guard first < last else { return nil }
        let compound = analysis.string(tokens: first..<last + 1)
        return isCorrect(compound) ? compound : nil
    }

    /// A capitalised word at a sentence start that could be a typo rather than a name:
    /// long enough, not addressed ("Priya, ..."), not the first of several capitalised
    /// words ("Royal Mail ..."), not alone on its line (a sign-off).
    private func mayBeTypo(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard tokens[index].length >= Self.shortestSentenceStart else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.flags.contains(.newlineBefore) { return false }
        if next.kind == .punctuation, !next.flags.contains(.spaceBefore) {
            let byte = analysis.bytes[Int(next.start)]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") { return false }
        }
        return !(next.kind == .word && next.flags.contains(.capitalized))
    }
}

/// Tells a typo at a sentence start ("Unfortunatly") from a name ("Kwame asked ..."): a
/// word no dictionary knows is a typo when it is not used as a name elsewhere in the draft
/// and is one typing slip from a lower-case word. Each distinct word is judged once, and
/// the draft's capitalised words inside sentences are collected once, so a long draft
/// costs one pass, not one per sentence.
private struct SentenceStartJudge {
    let analysis: TextAnalysis
    let speller: Speller
    private var verdicts: [String: Bool] = [:]
    private var namesInSentences: Set<String>?

    init(analysis: TextAnalysis, speller: Speller) {
        self.analysis = analysis
        self.speller = speller
    }

    mutating func isLikelyTypo(_ word: String) -> Bool {
        if let known = verdicts[word] { return known }
        let verdict = !isUsedAsName(word) && speller.isTypingSlip(word)
        verdicts[word] = verdict
        return verdict
    }

    /// The same word with a capital somewhere other than a sentence start.
    private mutating func isUsedAsName(_ word: String) -> Bool {
        if namesInSentences == nil {
            var names = Set<String>()
            for (index, token) in analysis.tokens.enumerated()
            where token.kind == .word && index > 0 && LineText.isUpper(analysis.bytes[Int(token.start)]) {
                if let sentence = analysis.sentenceIndex(ofToken: index), analysis.sentences[sentence].lowerBound != index {
                    names.insert(analysis.string(token))
                }
            }
            namesInSentences = names
        }
        return namesInSentences?.contains(word) ?? false
    }
}
