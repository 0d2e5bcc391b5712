// The phrase syntax used by rule files and lexicons, parsed into a small tree.
//
//   sorry for (any|the|your) inconvenience        alternatives in parentheses (or a|b for the whole phrase)
//   inconvenience (this may have)? caused          "?" makes the word or group before it optional
//   contact ... yourself                           "..." stands for up to 4 words of the same sentence
//   where is my order \?                           "\" makes ( ) | ? literal
//
// Words are matched case-insensitively on normalised tokens, so curly and straight
// apostrophes, dashes and runs of white space or line breaks need no variants.
// Punctuation inside a word is matched as its own token: "100%" is "100" then "%".
// Alternatives are whole words: "apologi(s|z)e" is not supported.

public struct PhraseSyntaxError: Error, CustomStringConvertible, Sendable {
    public let pattern: String
    public let problem: String
    public var description: String { "phrase \"\(pattern)\": \(problem)" }
}

enum PhrasePattern {
    /// Most token sequences one pattern may stand for.
    static let maximumForms = 5000
    static let gapLength = 4

    indirect enum Item {
        /// The folded tokens of one written word ("100%" → ["100", "%"]).
        case words([String])
        case group([[Item]], optional: Bool)
        case gap
    }

    private enum Lexeme: Equatable {
        case open, close, bar, optional, gap, text(String)
    }

    /// The pattern's segments (the parts between gaps), each a sequence of items.
    static func segments(of pattern: String) throws(PhraseSyntaxError) -> [[Item]] {
        var lexemes = try lex(pattern)
        lexemes.reverse()
        let alternatives = try parseAlternatives(&lexemes, pattern: pattern, depth: 0)
        if !lexemes.isEmpty { throw PhraseSyntaxError(pattern: pattern, problem: "unbalanced ')'") }
        let items: [Item] = alternatives.count == 1 ? alternatives[0] : [.group(alternatives, optional: false)]
        var segments: [[Item]] = [[]]
        for item in items {
            if case .gap = item {
                segments.append([])
            } else {
                segments[segments.count - 1].append(item)
            }
        }
        if segments.contains(where: \.isEmpty) {
            throw PhraseSyntaxError(pattern: pattern, problem: segments.count == 1 ? "matches nothing" : "'...' needs words on both sides")
        }
        return segments
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
            case "." where text.isEmpty && index + 2 < characters.count
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

    /// Alternatives up to ')' or the end; `lexemes` is reversed (next at the end).
    private static func parseAlternatives(_ lexemes: inout [Lexeme], pattern: String, depth: Int) throws(PhraseSyntaxError) -> [[Item]] {
        var alternatives: [[Item]] = []
        var current: [Item] = []
        while let lexeme = lexemes.last {
            switch lexeme {
            case .close:
                guard depth > 0 else { return alternatives + [current] }
                lexemes.removeLast()
                return alternatives + [current]
            case .bar:
                lexemes.removeLast()
                alternatives.append(current)
                current = []
            case .optional:
                throw PhraseSyntaxError(pattern: pattern, problem: "'?' must follow a word or a group")
            case .open:
                lexemes.removeLast()
                let inner = try parseAlternatives(&lexemes, pattern: pattern, depth: depth + 1)
                if inner.contains(where: { $0.contains { if case .gap = $0 { return true } else { return false } } }) {
                    throw PhraseSyntaxError(pattern: pattern, problem: "'...' cannot stand inside parentheses")
                }
                let optional = lexemes.last == .optional
                if optional { lexemes.removeLast() }
                current.append(.group(inner, optional: optional))
            case .gap:
                lexemes.removeLast()
                current.append(.gap)
            case .text(let text):
                lexemes.removeLast()
                let words = Item.words(words(of: text))
                if lexemes.last == .optional {
                    lexemes.removeLast()
                    current.append(.group([[words]], optional: true))
                } else {
                    current.append(words)
                }
            }
        }
        if depth > 0 { throw PhraseSyntaxError(pattern: pattern, problem: "unbalanced '('") }
        return alternatives + [current]
    }

    /// The folded tokens of one word of a pattern, split as text would be.
    static func words(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { token in
            Folding.fold(String(decoding: bytes[token.range], as: UTF8.self))
        }
    }
}
