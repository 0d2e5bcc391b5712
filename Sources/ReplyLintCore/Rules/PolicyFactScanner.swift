// Finds statements of policy facts in a draft ("returns within 14 days", "refunds take
// 3-5 business days", "free returns"), from the patterns in rules/policy/facts.yml. Amounts
// are read from the tokens around phrase hits of the shared automaton: no regexes.

public enum PolicyValue: Sendable, Hashable, CustomStringConvertible {
    case days(DayCount)
    case flag(Bool)

    public var description: String {
        switch self {
        case .days(let days): return "\(days) days"
        case .flag(let value): return value ? "yes" : "no"
        }
    }

    /// Whether a stated value contradicts another: day counts by their upper bound
    /// ("3-5 business days" agrees with 5), flags by value.
    public func contradicts(_ other: PolicyValue) -> Bool {
        switch (self, other) {
        case (.days(let a), .days(let b)): return a.high != b.high
        case (.flag(let a), .flag(let b)): return a != b
        default: return false
        }
    }
}

public struct PolicyStatement: Sendable {
    /// "return_window_days", "shipping_days.standard", "free_returns".
    public var fact: String
    public var value: PolicyValue
    /// Byte range in the draft's body.
    public var range: Range<Int>
    public var location: SourceLocation
    /// Exclusive end in the file.
    public var end: SourceLocation
    public var excerpt: String
}

/// A class: both policy rules read it for every draft, and as a struct each read copied its
/// tables.
final class PolicyFactScanner: Sendable {
    struct Pattern: Sendable {
        var fact: String
        var hasLeft: Bool
        var hasRight: Bool
    }

    let patterns: [Pattern]
    let left: PhraseListID
    let right: PhraseListID
    let flagLists: [(fact: String, yes: PhraseListID, no: PhraseListID)]
    let numbers: [String: Int]
    let units: [String: Int]
    let qualifiers: Set<String>
    let rangeWords: Set<String>
    let negations: Set<String>

    static let file = "policy/facts.yml"

    init(
        patterns: [Pattern], left: PhraseListID, right: PhraseListID, flagLists: [(fact: String, yes: PhraseListID, no: PhraseListID)],
        numbers: [String: Int], units: [String: Int], qualifiers: Set<String>, rangeWords: Set<String>, negations: Set<String>
    ) {
        self.patterns = patterns
        self.left = left
        self.right = right
        self.flagLists = flagLists
        self.numbers = numbers
        self.units = units
        self.qualifiers = qualifiers
        self.rangeWords = rangeWords
        self.negations = negations
    }

    /// Reads rules/policy/facts.yml and adds its phrases to the shared index.
    static func load(into index: inout PhraseIndex, owner: String) throws(DataError) -> PolicyFactScanner {
        guard let file = RuleSet.embeddedFiles(under: Self.file).first else {
            throw DataError(file: "rules/" + Self.file, line: 1, column: 1, problem: "missing data file")
        }
        let node = try YAMLReader.read(file.contents, file: file.path)
        try node.rejectUnknownKeys(["numbers", "units", "qualifiers", "range_words", "facts", "flags", "negations"], what: "policy facts")
        func table(_ key: String) throws(DataError) -> [String: Int] {
            var result: [String: Int] = [:]
            for (word, value) in try node.required(key).map() { result[Folding.fold(word)] = Int(try value.number()) }
            return result
        }
        let left = index.addList(named: owner + ":left")
        let right = index.addList(named: owner + ":right")
        var patterns: [Pattern] = []
        for (fact, list) in try node.required("facts").map() {
            for item in try list.list() {
                let text = try item.string()
                let parts = text.split(separator: "#", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
                guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty) else {
                    throw item.error("a fact pattern needs exactly one '#' and words around it")
                }
                do throws(PhraseSyntaxError) {
                    if !parts[0].isEmpty { try index.add(parts[0], to: left, item: patterns.count) }
                    if !parts[1].isEmpty { try index.add(parts[1], to: right, item: patterns.count) }
                } catch {
                    throw item.error(error.description)
                }
                patterns.append(Pattern(fact: fact, hasLeft: !parts[0].isEmpty, hasRight: !parts[1].isEmpty))
            }
        }
        var flagLists: [(fact: String, yes: PhraseListID, no: PhraseListID)] = []
        for (fact, sides) in try node.required("flags").map() {
            try sides.rejectUnknownKeys(["yes", "no"], what: "a flag")
            let yes = index.addList(named: owner + ":" + fact + ":yes")
            let no = index.addList(named: owner + ":" + fact + ":no")
            for (list, key) in [(yes, "yes"), (no, "no")] {
                for (number, item) in try sides.required(key).list().enumerated() {
                    let text = try item.string()
                    do throws(PhraseSyntaxError) { try index.add(text, to: list, item: number) } catch {
                        throw item.error(error.description)
                    }
                }
            }
            flagLists.append((fact, yes, no))
        }
        return PolicyFactScanner(
            patterns: patterns, left: left, right: right, flagLists: flagLists,
            numbers: try table("numbers"), units: try table("units"),
            qualifiers: Set(try node.required("qualifiers").strings().map(Folding.fold)),
            rangeWords: Set(try node.required("range_words").strings().map(Folding.fold)),
            negations: Set(try node.required("negations").strings().map(Folding.fold))
        )
    }

    func statements(_ context: LintContext) -> [PolicyStatement] {
        let analysis = context.analysis
        var found: [PolicyStatement] = []
        let leftHits = analysis.hits(left)
        let rightHits = analysis.hits(right)
        if !leftHits.isEmpty || !rightHits.isEmpty {
            let tokens = analysis.tokens
            // Hits by the token they end before (left of an amount) or start at (right of it).
            let leftByEnd = Dictionary(grouping: leftHits, by: { Int($0.end) })
            let rightByStart = Dictionary(grouping: rightHits, by: { Int($0.start) })
            var index = 0
            for candidate in candidates(leftHits, rightHits, tokenCount: tokens.count) where candidate >= index {
                index = candidate
                guard let amount = amount(at: index, analysis) else {
                    index += 1
                    continue
                }
                for (number, pattern) in patterns.enumerated() {
                    let leftHit = leftByEnd[index]?.first { Int($0.item) == number }
                    let rightHit = rightByStart[amount.end]?.first { Int($0.item) == number }
                    guard !pattern.hasLeft || leftHit != nil, !pattern.hasRight || rightHit != nil else { continue }
                    let start = leftHit.map { Int($0.start) } ?? index
                    let end = rightHit.map { Int($0.end) } ?? amount.end
                    found.append(statement(pattern.fact, .days(amount.days), tokens: start..<end, context))
                    break
                }
                index = amount.end
            }
        }
        for (fact, yes, no) in flagLists {
            for (list, value) in [(yes, true), (no, false)] {
                for hit in analysis.hits(list) {
                    let negated = value && isNegated(Int(hit.start), analysis)
                    found.append(statement(fact, .flag(negated ? false : value), tokens: hit.tokenRange, context))
                }
            }
        }
        // One statement per place: the longest of overlapping ones.
        found.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        var result: [PolicyStatement] = []
        for statement in found {
            if let last = result.last, last.range.overlaps(statement.range) { continue }
            result.append(statement)
        }
        return result
    }

    /// Where an amount can start, in order: right after a left part, or up to six tokens
    /// (the longest amount, "3 to 5 business days") before a right part. Every token when
    /// some pattern is a bare "#".
    private func candidates(_ leftHits: ArraySlice<PhraseHit>, _ rightHits: ArraySlice<PhraseHit>, tokenCount: Int) -> [Int] {
        guard patterns.allSatisfy({ $0.hasLeft || $0.hasRight }) else { return Array(0..<tokenCount) }
        var starts = Set(leftHits.map { Int($0.end) })
        for hit in rightHits {
            let end = Int(hit.start)
            starts.formUnion(max(0, end - 6)..<end)
        }
        return starts.filter { $0 < tokenCount }.sorted()
    }

    private func statement(_ fact: String, _ value: PolicyValue, tokens: Range<Int>, _ context: LintContext) -> PolicyStatement {
        let range = context.analysis.byteRange(tokens)
        let document = context.document
        let start = document.location(of: range.lowerBound, in: document.body)
        let end = range.isEmpty ? start : document.source.location(of: document.body.map.sourceOffset(for: range.upperBound - 1) + 1)
        return PolicyStatement(
            fact: fact, value: value, range: range, location: start, end: max(start, end),
            excerpt: Message.excerpt(document.body.string(range))
        )
    }

    /// "14 days", "3-5 business days", "3 to 5 working days", "two weeks", "30-day": the days
    /// and the token after the unit.
    private func amount(at start: Int, _ analysis: TextAnalysis) -> (days: DayCount, end: Int)? {
        let tokens = analysis.tokens
        guard var (low, high) = number(tokens[start], analysis) else { return nil }
        var index = start + 1
        if index + 1 < tokens.count, rangeWords.contains(analysis.folded(tokens[index])),
           let (upper, _) = number(tokens[index + 1], analysis) {
            high = upper
            index += 2
        }
        if index < tokens.count, analysis.folded(tokens[index]) == "-" { index += 1 }   // "30-day"
        if index < tokens.count, qualifiers.contains(analysis.folded(tokens[index])) { index += 1 }
        guard index < tokens.count, let unit = units[analysis.folded(tokens[index])] else { return nil }
        if low > high { (low, high) = (high, low) }
        return (DayCount(low * unit, high * unit), index + 1)
    }

    /// A number token ("14", "3-5") or a number word ("thirty"), as a low and high value.
    private func number(_ token: Token, _ analysis: TextAnalysis) -> (Int, Int)? {
        if token.kind == .word {
            guard token.length <= 12, let value = numbers[analysis.folded(token)] else { return nil }
            return (value, value)
        }
        guard token.kind == .number, token.length <= 9 else { return nil }
        let parts = analysis.string(token).split(whereSeparator: { $0 == "-" || $0 == "–" })
        let values = parts.compactMap { Int($0) }
        guard values.count == parts.count, (1...2).contains(values.count) else { return nil }
        return (values[0], values.last!)
    }

    private func isNegated(_ start: Int, _ analysis: TextAnalysis) -> Bool {
        var index = start - 1
        while index >= 0, index >= start - 3 {
            let word = analysis.folded(analysis.tokens[index])
            if negations.contains(word) || word.hasSuffix("n't") { return true }
            if word == "." || word == "!" || word == "?" { return false }
            index -= 1
        }
        return false
    }
}

extension LintContext {
    /// The policy facts the draft states, read once (by whichever policy rule runs first).
    func policyStatements(_ scanner: PolicyFactScanner) -> [PolicyStatement] {
        cached("policy-statements") { scanner.statements(self) }
    }

    /// The statements found by a policy rule, or none if no policy rule ran on this draft.
    public var statedPolicy: [PolicyStatement] {
        cached("policy-statements") { [] }
    }
}
