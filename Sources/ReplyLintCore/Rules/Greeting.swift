// The greeting that opens a draft ("Hi Priya,", "Dear Ms Nair", "Hello team"), and whom it names.

enum Greeting {
    /// "Hi team", "Hello all": a group, never a wrong name.
    case group
    /// "Hi,", "Hello there", or no greeting at all.
    case nameless
    /// The capitalised words after the greeting word, and their byte range.
    case named([String], Range<Int>)

    init(_ analysis: TextAnalysis, line: Range<Int>, lexicon: NameLexicon) {
        let tokens = analysis.tokens
        var index = analysis.firstToken(atOrAfter: line.lowerBound)
        func word(_ at: Int) -> String? {
            guard at < tokens.count, Int(tokens[at].end) <= line.upperBound, tokens[at].kind == .word else { return nil }
            return analysis.folded(tokens[at])
        }
        guard let opener = word(index), lexicon.greetings.contains(opener) || opener == "good" else {
            self = .nameless
            return
        }
        index += opener == "good" && word(index + 1).map(lexicon.greetings.contains) == true ? 2 : 1
        var names: [String] = []
        var start = index
        while names.count < 3, let next = word(index) {
            let written = analysis.string(tokens[index])
            if names.isEmpty {
                if lexicon.groups.contains(next) { self = .group; return }
                if lexicon.generic.contains(next) { break }
                start = index
            }
            guard written.first?.isUppercase == true else { break }
            names.append(written)
            index += 1
        }
        if names.isEmpty {
            self = .nameless
        } else {
            self = .named(names, Int(tokens[start].start)..<Int(tokens[index - 1].end))
        }
    }
}
