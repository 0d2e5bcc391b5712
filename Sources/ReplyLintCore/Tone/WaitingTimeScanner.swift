// Finds waits the customer complains about: "3 weeks", "over a month", "since May",
// "for days", "two weeks ago". Works on tokens around the anchors the automaton
// found (units, "since", "for days"), reading numbers and the words around them;
// a duration counts only when something marks it as a wait ("been 3 weeks",
// "3 weeks ago"), not as a plan ("in 3 days", "away for two weeks").

struct WaitingTimeScanner {
    let words: WaitingWords
    let analysis: TextAnalysis
    /// Tokens of the message (the reply without its signature).
    let scope: Range<Int>

    struct Wait {
        var tokens: Range<Int>
        var days: Double
        var weight: Double
    }

    func scan() -> [Wait] {
        var waits: [Wait] = []
        for hit in analysis.hits(words.list) where scope.contains(Int(hit.start)) && Int(hit.end) <= scope.upperBound {
            let wait: Wait?
            switch words.anchors[Int(hit.item)] {
            case .unit(let days): wait = amountWait(unit: Int(hit.start), unitDays: days)
            case .plural(let days): wait = pluralWait(hit.tokenRange, days: days)
            case .since: wait = sinceWait(Int(hit.start))
            }
            // Anchors come in text order, so an overlap can only be with a recent wait.
            if let wait, !waits.suffix(4).contains(where: { $0.tokens.overlaps(wait.tokens) }) { waits.append(wait) }
        }
        return waits
    }

    // MARK: The three shapes of a wait

    /// "[lead] 3 [business] days [ago]", or "weeks ago" with no number.
    private func amountWait(unit: Int, unitDays: Double) -> Wait? {
        var position = unit - 1
        var skipped = 0
        while position >= scope.lowerBound, skipped < 2, words.between.contains(folded(position)) {
            position -= 1
            skipped += 1
        }
        // "a couple of weeks"
        if position > scope.lowerBound, folded(position) == "of" { position -= 1 }
        guard position >= scope.lowerBound, let amount = amount(at: position) else {
            return pluralAgo(unit)
        }
        var start = position
        if start > scope.lowerBound, ["a", "an"].contains(folded(start - 1)), amount > 1 { start -= 1 }
        let days = amount * unitDays
        guard let weight = words.weight(days: days) else { return nil }
        var end = unit + 1
        var marked = false
        if let afterEnd = sequence(words.after, startingAt: end) {
            end = afterEnd
            marked = true
        }
        if sequence(words.notAfter, endingWithin: start) != nil, !marked { return nil }
        if let lead = sequence(words.leads, endingWithin: start) {
            start = lead
        } else if let lead = sequence(words.weakLeads, endingWithin: start), sentenceSaysWaiting(start) {
            start = lead
        } else if !marked {
            return nil
        }
        return Wait(tokens: start..<end, days: days, weight: weight)
    }

    /// "weeks ago": a plural unit with no number, marked as past.
    private func pluralAgo(_ unit: Int) -> Wait? {
        guard let days = words.plurals[folded(unit)], let end = sequence(words.after, startingAt: unit + 1),
              let weight = words.weight(days: days) else { return nil }
        return Wait(tokens: unit..<end, days: days, weight: weight)
    }

    /// "for days", "in weeks", "for ages".
    private func pluralWait(_ tokens: Range<Int>, days: Double) -> Wait? {
        guard sequence(words.notAfter, endingWithin: tokens.lowerBound) == nil,
              let weight = words.weight(days: days) else { return nil }
        return Wait(tokens: tokens, days: days, weight: weight)
    }

    /// "since May", "since last Tuesday", "since the 3rd", "since last week".
    private func sinceWait(_ since: Int) -> Wait? {
        var position = since + 1
        while position < scope.upperBound, position - since <= 4, words.sinceSkip.contains(folded(position)) {
            position += 1
        }
        guard position < scope.upperBound else { return nil }
        let token = analysis.tokens[position]
        let word = folded(position)
        var end = position + 1
        let days: Double
        if token.kind == .number || (token.kind == .word && token.flags.contains(.hasDigit)) {
            days = words.sinceDays.date
        } else if words.weekdays.contains(word) {
            days = words.sinceDays.weekday
        } else if let monthEnd = sequence(words.months, startingAt: position) {
            days = words.sinceDays.month
            end = monthEnd
        } else if let unit = words.units[word] {
            days = unit
        } else {
            return nil
        }
        guard let weight = words.weight(days: days) else { return nil }
        return Wait(tokens: since..<end, days: days, weight: weight)
    }

    // MARK: Reading tokens

    private func folded(_ index: Int) -> String {
        analysis.folded(analysis.tokens[index])
    }

    /// A number ("3", "5-7" reads as 5) or an amount word ("two", "a", "few").
    private func amount(at index: Int) -> Double? {
        let token = analysis.tokens[index]
        if token.kind == .number {
            var value = 0.0
            var digits = 0
            for byte in analysis.bytes[token.range] {
                guard byte >= 0x30, byte <= 0x39 else { break }
                value = value * 10 + Double(byte - 0x30)
                digits += 1
            }
            return digits > 0 && digits <= 4 ? value : nil
        }
        guard token.kind == .word else { return nil }
        return words.amounts[folded(index)]
    }

    /// The folded words of `range` (clamped to the scope), each folded once.
    private func foldedWords(_ range: Range<Int>) -> [String] {
        range.clamped(to: scope).map(folded)
    }

    /// End (exclusive) of the first of `sequences` that starts at `start`.
    private func sequence(_ sequences: [[String]], startingAt start: Int) -> Int? {
        let longest = sequences.reduce(0) { max($0, $1.count) }
        let ahead = foldedWords(start..<start + longest)
        for words in sequences where words.count <= ahead.count && ahead.starts(with: words) {
            return start + words.count
        }
        return nil
    }

    /// Start of one of `sequences` that ends in the 3 tokens before `position`, in the
    /// same clause (a comma or a sentence end stops the search).
    private func sequence(_ sequences: [[String]], endingWithin position: Int) -> Int? {
        let longest = sequences.reduce(0) { max($0, $1.count) }
        let first = max(scope.lowerBound, position - 3 - longest + 1)
        let behind = foldedWords(first..<position)
        var end = position
        while end > scope.lowerBound, position - end < 3 {
            let previous = analysis.tokens[end - 1]
            if previous.kind == .punctuation, !isJoiner(previous) { return nil }
            for words in sequences where end - words.count >= first {
                let start = end - words.count
                if behind[(start - first)..<(end - first)].elementsEqual(words) { return start }
            }
            end -= 1
        }
        return nil
    }

    private func isJoiner(_ token: Token) -> Bool {
        let byte = analysis.bytes[Int(token.start)]
        return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
    }

    /// Whether the sentence holding `token` says it is about waiting ("still", "no reply").
    private func sentenceSaysWaiting(_ token: Int) -> Bool {
        guard let sentence = analysis.sentenceIndex(ofToken: token) else { return false }
        // Near the duration only, so a run-on "sentence" cannot make this slow.
        let near = max(scope.lowerBound, token - 40)..<min(scope.upperBound, token + 40)
        let range = analysis.sentences[sentence].clamped(to: near)
        return range.contains { sequence(words.waitingWords, startingAt: $0) != nil }
    }
}
