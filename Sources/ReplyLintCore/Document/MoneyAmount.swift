// Sums of money written in a message: "$84.99", "£120", "€ 35", "250 USD", "40 dollars".
// Token-level: a currency sign or code next to a number.

public struct MoneyAmount: Sendable, Equatable {
    /// As written in the message ("$84.99").
    public let text: String
    public let value: Double
    /// Byte range in the message's body.
    public let range: Range<Int>

    static let signs: Set<String> = ["$", "£", "€", "¥", "₹"]
    static let codes: Set<String> = ["usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "dollars", "dollar", "euros", "euro", "pounds", "quid", "bucks"]
    /// Longest amount text kept: copied text stays short.
    static let maximumLength = 24

    /// Every amount in a text, in order.
    public static func find(in analysis: TextAnalysis) -> [MoneyAmount] {
        let tokens = analysis.tokens
        var amounts: [MoneyAmount] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .symbol || token.kind == .word, signs.contains(analysis.string(token)) || isPrefixCode(analysis, token),
               index + 1 < tokens.count, tokens[index + 1].kind == .number,
               let value = number(analysis.string(tokens[index + 1])) {
                amounts.append(amount(analysis, index..<(index + 2), value))
                index += 2
                continue
            }
            if token.kind == .number, index + 1 < tokens.count, let value = number(analysis.string(token)) {
                let next = tokens[index + 1]
                if (next.kind == .word && codes.contains(analysis.folded(next))) || (next.kind == .symbol && signs.contains(analysis.string(next)) && !next.flags.contains(.spaceBefore)) {
                    amounts.append(amount(analysis, index..<(index + 2), value))
                    index += 2
                    continue
                }
            }
            index += 1
        }
        return amounts
    }

    /// "US$", "USD 40", "GBP 12".
    private static func isPrefixCode(_ analysis: TextAnalysis, _ token: Token) -> Bool {
        token.kind == .word && ["usd", "eur", "gbp", "cad", "aud"].contains(analysis.folded(token))
    }

    private static func amount(_ analysis: TextAnalysis, _ tokens: Range<Int>, _ value: Double) -> MoneyAmount {
        let range = analysis.byteRange(tokens)
        return MoneyAmount(text: String(analysis.text.string(range).prefix(maximumLength)), value: value, range: range)
    }

    /// "1,299.00" → 1299; "84,99" (a decimal comma) → 84.99.
    static func number(_ text: String) -> Double? {
        var digits = text
        if let comma = digits.lastIndex(of: ","), digits.distance(from: comma, to: digits.endIndex) == 3, !digits.contains(".") {
            digits.replaceSubrange(comma...comma, with: ".")
        }
        digits.removeAll { $0 == "," }
        guard !digits.contains(":"), !digits.contains("/") else { return nil }
        return Double(digits)
    }
}
