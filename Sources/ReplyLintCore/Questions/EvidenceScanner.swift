// Finds the pieces of an answer in one sentence of a draft from its tokens: numbers
// with time units ("3-5 business days"), dates and clock times, sums of money,
// tracking numbers and links, and the writer's own past acts ("I've emailed").
// Word lists and phrases come from rules/questions/*.yml through the shared automaton.

struct EvidenceScanner {
    let text: ClassifiedText

    func evidence(of tokens: [Int]) -> AnswerEvidence {
        var evidence: AnswerEvidence = []
        for (position, token) in tokens.enumerated() {
            let kind = text.tokens[token].kind
            switch kind {
            case .number:
                evidence.formUnion([.number, .measure])
                if isDateOrClock(token) { evidence.insert(.time) }
                if isMoney(tokens, position) { evidence.insert(.amount) }
                if unitFollows(tokens, position) { evidence.insert(.time) }
            case .word:
                if text.has(token, .numberWord) {
                    evidence.insert(.number)
                    if unitFollows(tokens, position) { evidence.insert(.time) }
                }
                if text.has(token, .sizeWord) { evidence.formUnion([.number, .measure]) }
                if text.has(token, [.modal, .negation]) { evidence.insert(.response) }
                if text.tokens[token].flags.contains(.hasDigit) { evidence.formUnion(codeEvidence(token)) }
                if text.has(token, .firstPerson), ownActFollows(tokens, position) { evidence.insert(.action) }
                if isPassiveVerb(token), !isPossibility(tokens, position), actFollows(tokens, position) { evidence.insert(.action) }
            case .url:
                evidence.insert(.location)
            case .email, .punctuation, .symbol:
                break
            }
        }
        return evidence
    }

    /// "11/24", "14:00".
    private func isDateOrClock(_ token: Int) -> Bool {
        let bytes = text.analysis.bytes[text.tokens[token].range]
        if bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: ":")) { return true }
        // A year: 1990-2099.
        guard bytes.count == 4 else { return false }
        let value = bytes.reduce(0) { $0 * 10 + Int($1) - 48 }
        return value >= 1990 && value <= 2099
    }

    /// "$18", "£42.50", "20%", "60 euros".
    private func isMoney(_ tokens: [Int], _ position: Int) -> Bool {
        if position > 0, isCurrencySign(tokens[position - 1]) { return true }
        guard position + 1 < tokens.count else { return false }
        let next = tokens[position + 1]
        return text.has(next, .currency) || isCurrencySign(next)
    }

    private func isCurrencySign(_ token: Int) -> Bool {
        guard text.tokens[token].kind == .symbol else { return false }
        let bytes = text.analysis.bytes[text.tokens[token].range]
        return bytes.elementsEqual("$".utf8) || bytes.elementsEqual("€".utf8) || bytes.elementsEqual("£".utf8)
            || bytes.elementsEqual("¥".utf8) || bytes.elementsEqual("₹".utf8)
    }

    /// A time unit within a few tokens: "2 hours", "3-5 business days", "two to three working days".
    private func unitFollows(_ tokens: [Int], _ position: Int) -> Bool {
        var ahead = position + 1
        var skipped = 0
        while ahead < tokens.count, skipped <= 3 {
            let token = tokens[ahead]
            if text.has(token, .timeUnit) { return true }
            let kind = text.tokens[token].kind
            let joins = kind == .number || text.has(token, .numberWord) || text.isWord(token, "to") || text.isWord(token, "or")
                || text.isWord(token, "and") || text.isWord(token, "a") || text.isWord(token, "of") || kind == .punctuation
            guard joins else { return false }
            ahead += 1
            skipped += 1
        }
        return false
    }

    /// "10am", "4pm", "14th", "2nd" are times; long letter-digit codes are tracking numbers.
    private func codeEvidence(_ token: Int) -> AnswerEvidence {
        let bytes = Array(text.analysis.bytes[text.tokens[token].range]).map { $0 | 0x20 }
        let digits = bytes.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        if bytes.count >= 8, digits >= 4 { return .location }
        guard digits > 0, bytes.count >= 2, bytes[0] >= 0x30, bytes[0] <= 0x39 else { return [] }
        let suffix = String(decoding: bytes[digits...], as: UTF8.self)
        switch suffix {
        case "am", "pm", "st", "nd", "rd", "th", "h", "hrs", "hr", "mins", "min": return .time
        default: return []
        }
    }

    /// "I've emailed", "we relabelled", "I have just put": the writer's own act, told
    /// in the past. ("I'll ..." and "I'm sending" are in answers.yml.)
    private func ownActFollows(_ tokens: [Int], _ position: Int) -> Bool {
        let subject = tokens[position]
        if text.isWord(subject, "i'm") || text.isWord(subject, "we're") || text.isWord(subject, "im")
            || text.isWord(subject, "i'll") || text.isWord(subject, "we'll") || text.isWord(subject, "ill") {
            return false
        }
        var ahead = position + 1
        while ahead < tokens.count, ahead <= position + 4 {
            let token = tokens[ahead]
            if text.has(token, .participle) { return true }
            if text.tokens[token].isWord, endsInEd(token) { return true }
            guard text.has(token, .adverb) || text.isWord(token, "have") || text.isWord(token, "has") || text.isWord(token, "had") else {
                return false
            }
            ahead += 1
        }
        return false
    }

    /// "has been", "was", "it's been", "you've been" before an act.
    private func isPassiveVerb(_ token: Int) -> Bool {
        if text.has(token, .auxiliary) || text.isWord(token, "been") || text.isWord(token, "be") { return true }
        let range = text.tokens[token].range
        guard range.count > 3 else { return false }
        let bytes = text.analysis.bytes
        // "it's", "you've", "they're"
        return bytes[range.upperBound - 2] == UInt8(ascii: "'") || bytes[range.upperBound - 3] == UInt8(ascii: "'")
    }

    /// "can be cancelled" says what is possible, not what was done ("will be sent" is a promise).
    private func isPossibility(_ tokens: [Int], _ position: Int) -> Bool {
        guard position > 0, text.isWord(tokens[position], "be") else { return false }
        let before = tokens[position - 1]
        let modals: [StaticString] = ["can", "could", "may", "might", "should", "must", "would"]
        return modals.contains { text.isWord(before, $0) }
    }

    /// "has been refunded", "was sent", "is now cancelled": something done for the customer.
    private func actFollows(_ tokens: [Int], _ position: Int) -> Bool {
        var ahead = position + 1
        while ahead < tokens.count, ahead <= position + 3 {
            let token = tokens[ahead]
            if text.has(token, .act) { return true }
            guard text.has(token, .adverb) || text.isWord(token, "been") else { return false }
            ahead += 1
        }
        return false
    }

    private func endsInEd(_ token: Int) -> Bool {
        let range = text.tokens[token].range
        guard range.count > 4 else { return false }
        let bytes = text.analysis.bytes
        return bytes[range.upperBound - 2] | 0x20 == UInt8(ascii: "e") && bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "d")
    }
}
