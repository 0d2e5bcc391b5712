// A word, number or punctuation mark of a visible text, by byte range.

public enum TokenKind: UInt8, Sendable {
    /// Letters, possibly with digits, inner apostrophes and inner dots ("don't", "e.g", "5k").
    case word
    /// Digits, possibly with inner separators ("1,000.50", "12:30", "11/24/2026").
    case number
    /// One punctuation character ("," "!" "-" "’").
    case punctuation
    /// Currency signs, emoji and other symbols, one character each.
    case symbol
    case url
    case email
}

public struct TokenFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// White space (or the start of the text) comes right before this token.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 0)
    /// A line break comes before this token.
    public static let newlineBefore = TokenFlags(rawValue: 1 << 1)
    /// A blank line (a paragraph break) comes before this token.
    public static let blankLineBefore = TokenFlags(rawValue: 1 << 2)
    /// Every letter is upper case (ASCII letters only are judged).
    public static let allCaps = TokenFlags(rawValue: 1 << 3)
    /// The first letter is upper case.
    public static let capitalized = TokenFlags(rawValue: 1 << 4)
    public static let hasDigit = TokenFlags(rawValue: 1 << 5)
    /// Holds bytes outside ASCII.
    public static let nonASCII = TokenFlags(rawValue: 1 << 6)
    /// A word with an inner dot ("e.g", "file.txt").
    public static let dotted = TokenFlags(rawValue: 1 << 7)
    public static let hasLetter = TokenFlags(rawValue: 1 << 8)
}

public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var flags: TokenFlags

    public init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.flags = flags
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }
    public var isWord: Bool { kind == .word }
}
