// The word lists behind CustomerName and the customer-name rule (rules/names/names.yml),
// read the first time a customer's message is looked at, so a plain lint never loads them.

public struct NameLexicon: Sendable {
    /// Folded closing phrases, each as its words ("kind regards" → ["kind", "regards"]).
    let closings: [[String]]
    let introductions: [[String]]
    let notNames: Set<String>
    let titles: Set<String>
    let greetings: Set<String>
    let groups: Set<String>
    let generic: Set<String>
    /// Folded first name → the numbers of the nickname groups it belongs to.
    let nicknameGroups: [String: [Int]]

    static let path = "rules/names/names.yml"

    /// The embedded lexicon; the load is checked by the tests, so a failure here is a build defect.
    public static let embedded: Result<NameLexicon, DataError> = {
        guard let file = RuleSet.embeddedFiles.first(where: { $0.path == path }) else {
            return .failure(DataError(file: path, line: 1, column: 1, problem: "missing data file of the name finder"))
        }
        do throws(DataError) {
            return .success(try NameLexicon(file))
        } catch {
            return .failure(error)
        }
    }()

    init(_ file: DataFile) throws(DataError) {
        let node = try YAMLReader.read(file.contents, file: file.path)
        try node.rejectUnknownKeys(
            ["closings", "introductions", "not_names", "titles", "greetings", "groups", "generic", "nicknames"],
            what: "the name lexicon"
        )
        func words(_ key: String) throws(DataError) -> Set<String> {
            Set(try node.required(key).strings().map(Folding.fold))
        }
        func phrases(_ key: String) throws(DataError) -> [[String]] {
            try node.required(key).strings().map { NameText.words(Folding.fold($0)) }
        }
        closings = try phrases("closings").sorted { $0.count > $1.count }
        introductions = try phrases("introductions")
        notNames = try words("not_names")
        titles = try words("titles")
        greetings = try words("greetings")
        groups = try words("groups")
        generic = try words("generic")
        var groupsByName: [String: [Int]] = [:]
        for (number, group) in try node.required("nicknames").list().enumerated() {
            for name in try group.strings() { groupsByName[Folding.fold(name), default: []].append(number) }
        }
        nicknameGroups = groupsByName
    }

    /// Whether two first names are the same person's: equal, or short forms of one name.
    public func sameName(_ a: String, _ b: String) -> Bool {
        let a = Folding.fold(a)
        let b = Folding.fold(b)
        if a == b { return true }
        guard let groupsA = nicknameGroups[a], let groupsB = nicknameGroups[b] else { return false }
        return !Set(groupsA).isDisjoint(with: groupsB)
    }

    /// Whether a word can be a person's name: capitalised letters (with inner ' or -),
    /// 2 to 20 characters, not a word on the not-a-name list.
    func isNameWord(_ word: Substring) -> Bool {
        guard (2...20).contains(word.count), let first = word.first, first.isUppercase, first.isLetter else { return false }
        guard word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" || $0 == "’" }),
              word.last?.isLetter == true else { return false }
        return !notNames.contains(Folding.fold(String(word)))
    }
}

/// Splitting a line into words for name matching.
enum NameText {
    /// Words of a line, split at white space and the punctuation that sits between a
    /// closing and a name ("Cheers,Tom" → ["Cheers", "Tom"]).
    static func words(_ line: String) -> [String] {
        line.split(whereSeparator: { $0.isWhitespace || ",;:!.~–—()\"".contains($0) }).map(String.init)
    }
}
