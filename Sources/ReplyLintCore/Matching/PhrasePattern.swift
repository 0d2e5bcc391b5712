// The phrase syntax used by rule files, expanded into plain token sequences.
//
//   sorry for (any|the|your) inconvenience        alternatives in parentheses (or a|b for the whole phrase)
//   we (truly|sincerely)? apologi(s|z)e            NOT supported: alternatives are whole words
//   inconvenience (this may have)? caused          "?" makes the word or group before it optional
//   contact ... yourself                           "..." stands for up to 4 words of the same sentence
//   where is my order \?                           "\" makes ( ) | ? literal
//
// Words are matched case-insensitively on normalised tokens, so curly and straight
// apostrophes, dashes and runs of white space or line breaks need no variants.
// Punctuation inside a word is matched as its own token: "100%" is "100" then "%".

public struct PhraseSyntaxError: Error, CustomStringConvertible, Sendable {
    public let pattern: String
    public let problem: String
    public var description: String { "phrase \"\(pattern)\": \(problem)" }
}

/// One concrete form of a phrase: token sequences separated by gaps.
struct PhraseForm: Hashable {
    var segments: [[String]]
}

enum PhrasePattern {
    static let maximumForms = 2000
    static let gapLength = 4

    enum Element: Hashable {
        case word(String)
        case gap
    }

    private enum Lexeme: Equatable {
        case open, close, bar, optional, gap, text(String)
    }

    /// Every concrete form of `pattern`.
    static func forms(of pattern: String) throws(PhraseSyntaxError) -> [PhraseForm] {
        var lexemes = try lex(pattern)
        lexemes.reverse()
        let sequences = try parseSequence(&lexemes, pattern: pattern, depth: 0)
        if let leftover = lexemes.last {
            _ = leftover
            throw PhraseSyntaxError(pattern: pattern, problem: "unbalanced ')'")
        }
        var forms: [PhraseForm] = []
        var seen = Set<PhraseForm>()
        for sequence in sequences {
            var segments: [[String]] = [[]]
            for element in sequence {
                switch element {
                case .word(let word): segments[segments.count - 1].append(word)
                case .gap: segments.append([])
                }
            }
            if segments.contains(where: \.isEmpty) {
                if sequence.isEmpty { continue }
                throw PhraseSyntaxError(pattern: pattern, problem: "'...' needs words on both sides")
            }
            let form = PhraseForm(segments: segments)
            if seen.insert(form).inserted { forms.append(form) }
        }
        if forms.isEmpty { throw PhraseSyntaxError(pattern: pattern, problem: "matches nothing") }
        return forms
    }

    private static func lex(_ pattern: String) throws(PhraseSyntaxError) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var text = ""
        func flush() {
            if !text.isEmpty { lexemes.append(.text(text)) }
            text = ""
        }
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                guard index + 1 < characters.count else {
                    throw PhraseSyntaxError(pattern: pattern, problem: "'\\' at the end")
                }
                text.append(characters[index + 1])
                index += 2
                continue
            case "(":
                flush(); lexemes.append(.open)
            case ")":
                flush(); lexemes.append(.close)
            case "|":
                flush(); lexemes.append(.bar)
            case "?":
                flush(); lexemes.append(.optional)
            case " ", "\t", "\n":
                flush()
            case "." where text.isEmpty && index + 2 < characters.count + 0
                && characters[index + 1] == "." && characters[index + 2] == "."
                && (index + 3 == characters.count || characters[index + 3] == " "):
                lexemes.append(.gap)
                index += 3
                continue
            default:
                text.append(character)
            }
            index += 1
        }
        flush()
        return lexemes
    }

    /// Parses alternatives until ')' or the end; `lexemes` is reversed (next at the end).
    private static func parseSequence(_ lexemes: inout [Lexeme], pattern: String, depth: Int) throws(PhraseSyntaxError) -> [[Element]] {
        var alternatives: [[[Element]]] = []
        var current: [[Element]] = [[]]
        while let lexeme = lexemes.last {
            switch lexeme {
            case .close:
                if depth == 0 { return try finish(alternatives + [current], pattern) }
                lexemes.removeLast()
                return try finish(alternatives + [current], pattern)
            case .bar:
                lexemes.removeLast()
                alternatives.append(current)
                current = [[]]
            case .optional:
                throw PhraseSyntaxError(pattern: pattern, problem: "'?' must follow a word or a group")
            case .open:
                lexemes.removeLast()
                var group = try parseSequence(&lexemes, pattern: pattern, depth: depth + 1)
                if lexemes.last == .optional {
                    lexemes.removeLast()
                    group.append([])
                }
                current = try product(current, group, pattern)
            case .gap:
                lexemes.removeLast()
                current = try product(current, [[.gap]], pattern)
            case .text(let text):
                lexemes.removeLast()
                var options: [[Element]] = [words(of: text).map(Element.word)]
                if lexemes.last == .optional {
                    lexemes.removeLast()
                    options.append([])
                }
                current = try product(current, options, pattern)
            }
        }
        if depth > 0 { throw PhraseSyntaxError(pattern: pattern, problem: "unbalanced '('") }
        return try finish(alternatives + [current], pattern)
    }

    private static func finish(_ alternatives: [[[Element]]], _ pattern: String) throws(PhraseSyntaxError) -> [[Element]] {
        let all = alternatives.flatMap { $0 }
        if all.count > maximumForms {
            throw PhraseSyntaxError(pattern: pattern, problem: "expands to more than \(maximumForms) forms")
        }
        return all
    }

    private static func product(_ left: [[Element]], _ right: [[Element]], _ pattern: String) throws(PhraseSyntaxError) -> [[Element]] {
        guard left.count * right.count <= maximumForms else {
            throw PhraseSyntaxError(pattern: pattern, problem: "expands to more than \(maximumForms) forms")
        }
        var result: [[Element]] = []
        result.reserveCapacity(left.count * right.count)
        for prefix in left {
            for suffix in right { result.append(prefix + suffix) }
        }
        return result
    }

    /// The folded tokens of one word of a pattern, split as text would be.
    static func words(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { token in
            Folding.fold(String(decoding: bytes[token.range], as: UTF8.self))
        }
    }
}
