// Reads the facts of a customer's message: name (ReplyLintCore's CustomerName), order and
// tracking numbers, amounts, dates, and the product mentioned. Token-level scanning; every
// fact copied from the message is cut to a short length, since it is the customer's text.
import ReplyLintCore

public struct FactExtractor: Sendable {
    let names: NameLexicon
    let products: PhraseIndex

    /// Longest identifier kept (order or tracking number).
    static let maximumIdentifier = 32
    static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]
    /// Words between "order" and its number ("order no. 12-345", "order number: 558201").
    static let orderFillers: Set<String> = ["no", "number", "num", "nr", "id", "ref", "reference", "#", ":", ".", "is", "was", "-"]
    static let trackingFillers: Set<String> = ["number", "no", "code", "id", "ref", "#", ":", ".", "is", "was", "-", "reference"]

    public init() throws(DataError) {
        switch NameLexicon.embedded {
        case .success(let lexicon): names = lexicon
        case .failure(let error): throw error
        }
        let node = try ComposeData.yaml("compose/products.yml")
        try node.rejectUnknownKeys(["products"], what: "the product list")
        var index = PhraseIndex()
        let list = index.addList(named: "products")
        for (number, item) in try node.required("products").list().enumerated() {
            try ComposeData.add(item, to: list, number: number, in: &index)
        }
        index.compile()
        products = index
    }

    public func facts(of document: Document, _ analysis: TextAnalysis) -> Facts {
        var facts = Facts()
        facts.name = CustomerName.find(in: document, lexicon: names)
        let tokens = analysis.tokens
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .punctuation || tokens[index].kind == .symbol {
            let word = analysis.folded(tokens[index])
            if facts.order == nil, word == "order" {
                facts.order = identifier(analysis, after: index + 1, fillers: Self.orderFillers)
            }
            // "#A-10492" on its own: the number glued to the sign.
            if facts.order == nil, word == "#", index + 1 < tokens.count, !tokens[index + 1].flags.contains(.spaceBefore) {
                facts.order = identifier(analysis, after: index + 1, fillers: [])
            }
            if facts.tracking == nil, word == "tracking" {
                facts.tracking = identifier(analysis, after: index + 1, fillers: Self.trackingFillers, minimum: 8)
            }
            if Self.months.contains(word), let date = date(analysis, month: index) { facts.dates.append(date) }
        }
        for token in tokens where token.kind == .number && analysis.string(token).filter({ $0 == "/" }).count == 2 {
            facts.dates.append(analysis.string(token))
        }
        facts.amounts = MoneyAmount.find(in: analysis).map(\.text)
        if let hit = products.match(tokens, in: analysis.bytes).min(by: { $0.start < $1.start }) {
            facts.product = analysis.string(tokens: hit.tokenRange).lowercased()
        }
        return facts
    }

    /// The identifier after a cue: tokens glued together ("A-10492", "12-345") holding a digit.
    private func identifier(_ analysis: TextAnalysis, after start: Int, fillers: Set<String>, minimum: Int = 3) -> String? {
        let tokens = analysis.tokens
        var index = start
        var skipped = 0
        while index < tokens.count, skipped < 3, fillers.contains(analysis.folded(tokens[index])) {
            index += 1
            skipped += 1
        }
        guard index < tokens.count, tokens[index].kind == .word || tokens[index].kind == .number else { return nil }
        if index > start, tokens[index].flags.contains(.newlineBefore) { return nil }
        var end = index + 1
        while end < tokens.count, !tokens[end].flags.contains(.spaceBefore) {
            let text = analysis.string(tokens[end])
            let isJoiner = tokens[end].kind == .punctuation && (text == "-" || text == "/")
            guard tokens[end].kind == .word || tokens[end].kind == .number || isJoiner else { break }
            end += 1
        }
        while end > index + 1, tokens[end - 1].kind == .punctuation { end -= 1 }
        let text = analysis.string(tokens: index..<end)
        guard text.count >= minimum, text.count <= Self.maximumIdentifier, text.contains(where: \.isNumber) else { return nil }
        return text
    }

    /// "12 March", "March 12", "March 12th".
    private func date(_ analysis: TextAnalysis, month index: Int) -> String? {
        let tokens = analysis.tokens
        func day(_ at: Int) -> Bool {
            guard at >= 0, at < tokens.count else { return false }
            let text = analysis.string(tokens[at])
            let digits = text.prefix { $0.isNumber }
            guard let value = Int(digits), (1...31).contains(value) else { return false }
            return ["", "st", "nd", "rd", "th"].contains(text.dropFirst(digits.count).lowercased())
        }
        // "may" alone is a verb far more often than a month.
        if day(index + 1) { return analysis.string(tokens: index..<(index + 2)) }
        if day(index - 1) { return analysis.string(tokens: (index - 1)..<(index + 1)) }
        return nil
    }
}
