// The classes of words the question analyser tells apart (rules/questions/words.yml),
// as bits per token, found by the shared phrase automaton.

public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let wh = WordClass(rawValue: 1 << 0)
    public static let degree = WordClass(rawValue: 1 << 1)
    public static let auxiliary = WordClass(rawValue: 1 << 2)
    public static let pronoun = WordClass(rawValue: 1 << 3)
    public static let determiner = WordClass(rawValue: 1 << 4)
    public static let opener = WordClass(rawValue: 1 << 5)
    public static let join = WordClass(rawValue: 1 << 6)
    public static let requestVerb = WordClass(rawValue: 1 << 7)
    public static let requestObject = WordClass(rawValue: 1 << 8)
    public static let object = WordClass(rawValue: 1 << 9)
    public static let firstPerson = WordClass(rawValue: 1 << 10)
    public static let participle = WordClass(rawValue: 1 << 11)
    public static let adverb = WordClass(rawValue: 1 << 12)
    public static let negation = WordClass(rawValue: 1 << 13)
    public static let timeUnit = WordClass(rawValue: 1 << 14)
    public static let numberWord = WordClass(rawValue: 1 << 15)
    public static let sizeWord = WordClass(rawValue: 1 << 16)
    public static let stopword = WordClass(rawValue: 1 << 17)
    public static let generic = WordClass(rawValue: 1 << 18)
    public static let currency = WordClass(rawValue: 1 << 19)
    public static let act = WordClass(rawValue: 1 << 20)
    public static let modal = WordClass(rawValue: 1 << 21)

    /// The keys of words.yml, in bit order.
    static let keys: [(String, WordClass)] = [
        ("wh", .wh), ("degree", .degree), ("auxiliaries", .auxiliary), ("pronouns", .pronoun),
        ("determiners", .determiner), ("openers", .opener), ("joins", .join), ("request_verbs", .requestVerb),
        ("request_objects", .requestObject), ("objects", .object), ("first_person", .firstPerson),
        ("participles", .participle), ("adverbs", .adverb), ("negations", .negation), ("time_units", .timeUnit),
        ("number_words", .numberWord), ("size_words", .sizeWord), ("stopwords", .stopword), ("generic", .generic),
        ("currencies", .currency), ("acts", .act), ("modals", .modal),
    ]

    /// Words that carry no content of their own in a question.
    static let function: WordClass = [.stopword, .wh, .auxiliary, .pronoun, .determiner]
}
